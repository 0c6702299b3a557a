package org.divergence.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioReader;
import org.divergence.scenario.ScenarioWriter;
import org.divergence.scenario.ViewSettings;
import org.divergence.ui.app.TestWindow;
import org.divergence.ui.app.UserInput;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Notices;

/**
 * The File and Presets menus as a user meets them: title mark, the unsaved-changes question, errors,
 * notices, recovery after a crash. Each test gets a fresh window (the document's state is the point),
 * on the one stage TestFX keeps.
 */
class FileMenuFxTest {

    @TempDir
    static Path folder;

    private final FxRobot robot = new FxRobot();
    private TestWindow window;
    private UserInput user;
    private ExplorerViewModel viewModel;

    @BeforeEach
    void openAFreshWindow() {
        window = TestWindow.open(folder.resolve("data-" + System.nanoTime()));
        viewModel = window.viewModel();
        user = window.user;
    }

    @AfterEach
    void noDialogIsLeftOpen() {
        // Notices fade by themselves; a dialog left open would be a question nobody answered.
        List<String> dialogs = TestWindow.onFx(() -> Window.getWindows().stream()
                .filter(w -> w != window.stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> ((DialogPane) w.getScene().getRoot()).getHeaderText()).toList());
        window.closeDialogs();
        window.dispose();
        assertThat(dialogs).as("dialogs the test left open").isEmpty();
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String title() {
        return onFx(window.stage::getTitle);
    }

    private void changeALever() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> viewModel.set(Parameter.NPU_THROUGHPUT, 150));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void menu(String menu, String item) {
        user.clickOn(menu).clickOn(item);
        window.awaitBackgroundWork();
    }

    private void click(String button) {
        user.clickOn(button);
        window.awaitBackgroundWork();
    }

    private boolean dialogShowing(String id) {
        return robot.lookup("#" + id).tryQueryAs(DialogPane.class).isPresent();
    }

    @Test
    void aChangeMarksTheTitleAndNewAsksCancelKeepsTheChange() {
        assertThat(title()).isEqualTo("Divergence");
        changeALever();
        assertThat(title()).isEqualTo("*Untitled — Divergence");

        menu("File", "New");
        assertThat(dialogShowing("unsaved-changes-dialog")).isTrue();
        click("Cancel");

        assertThat(dialogShowing("unsaved-changes-dialog")).isFalse();
        assertThat(onFx(() -> viewModel.getScenario().get(Parameter.NPU_THROUGHPUT))).isEqualTo(150);
        assertThat(title()).startsWith("*");
    }

    @Test
    void dontSaveDiscardsTheChange() {
        changeALever();

        menu("File", "New");
        click("Don't Save");

        assertThat(onFx(viewModel::getScenario)).isEqualTo(Scenario.defaults());
        assertThat(title()).isEqualTo("Divergence");
    }

    @Test
    void workDiscardedByNewComesBackWithUndoStillMarkedUnsaved() {
        changeALever();
        menu("File", "New");
        click("Don't Save");

        menu("Edit", "Undo new scenario");

        assertThat(onFx(() -> viewModel.getScenario().get(Parameter.NPU_THROUGHPUT))).isEqualTo(150);
        assertThat(title()).isEqualTo("*Untitled — Divergence");
    }

    @Test
    void saveInTheUnsavedChangesQuestionWritesTheFileThenStartsTheNewScenario() throws Exception {
        changeALever();
        Path file = folder.resolve("saved-from-dialog.divergence.json");
        window.chosenFiles.add(file);

        menu("File", "New");
        click("Save");

        assertThat(ScenarioReader.read(file).document().scenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(150);
        assertThat(onFx(viewModel::getScenario)).isEqualTo(Scenario.defaults());
        assertThat(title()).as("the new scenario is untitled and unchanged").isEqualTo("Divergence");
        assertThat(onFx(() -> window.documents().recentFiles())).containsExactly(file.toAbsolutePath());
    }

    @Test
    void saveFromTheMenuClearsTheMark() throws Exception {
        changeALever();
        Path file = folder.resolve("menu-save.divergence.json");
        window.chosenFiles.add(file);

        menu("File", "Save");

        assertThat(title()).isEqualTo("menu-save.divergence.json — Divergence");
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void aBrokenFileGivesAnErrorAndLeavesTheScenarioExactlyAsItWas() throws Exception {
        changeALever();
        Scenario before = onFx(viewModel::getScenario);
        String titleBefore = title();
        Path broken = Files.writeString(folder.resolve("broken.divergence.json"),
                "{\"formatVersion\": 2, \"levers\": {\"electricityPrice\": NaN}}");
        window.chosenFiles.add(broken);

        menu("File", "Open…");

        assertThat(dialogShowing("open-error-dialog")).isTrue();
        DialogPane pane = robot.lookup("#open-error-dialog").queryAs(DialogPane.class);
        assertThat(onFx(pane::getHeaderText)).contains("broken.divergence.json");
        assertThat(onFx(pane::getContentText)).isEqualTo("Some values in the file are missing or not allowed:\n"
                + "• Electricity price (levers.electricityPrice) must be a finite number between 0.01 and 0.3 USD/kWh, got NaN"
                + "\n\nThe scenario on screen has not changed.");
        click("OK");

        assertThat(onFx(viewModel::getScenario)).isSameAs(before);
        assertThat(title()).isEqualTo(titleBefore);
    }

    @Test
    void openingAFileRestoresItsLongerHorizonAndItsSummaryYear() throws Exception {
        Path file = folder.resolve("long.divergence.json");
        ScenarioWriter.save(file, ScenarioDocument.untitled(Scenario.defaults().with(Parameter.END_YEAR, 2050))
                .withView(ViewSettings.NONE.withSummaryYear(OptionalInt.of(2047))));
        window.chosenFiles.add(file);

        menu("File", "Open…");

        Spinner<?> year = robot.lookup("#summary-year").queryAs(Spinner.class);
        assertThat(onFx(year::getValue)).isEqualTo(2047);
        assertThat(title()).isEqualTo("long.divergence.json — Divergence");
    }

    @Test
    void aPresetOpensFromThePresetsMenu() {
        Presets.Preset preset = Presets.find("npu-leap").orElseThrow();

        menu("Presets", preset.name());

        assertThat(onFx(viewModel::getScenario)).isEqualTo(preset.document().scenario());
        assertThat(title()).isEqualTo(preset.name() + " — Divergence");
    }

    @Test
    void theNameAndNotesDialogShowsItsLabelsWhole() {
        menu("File", "Name and Notes…");

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        var labels = onFx(() -> pane.lookupAll(".name-and-notes > .label").stream().map(n -> (Label) n).toList());
        assertThat(labels).hasSize(2);
        for (Label label : labels) {
            assertThat(onFx(() -> ((Text) label.lookup(".text")).getText())).as("shown, not cut to …")
                    .isEqualTo(onFx(label::getText).replace("_", ""));
        }
        click("Cancel");
    }

    @Test
    void savingShowsANoticeThatAsksNothing() throws Exception {
        changeALever();
        window.chosenFiles.add(folder.resolve("noticed.divergence.json"));

        menu("File", "Save");

        assertThat(window.notices.of(Notices.Kind.INFO)).extracting(n -> n.title()).containsExactly("Saved");
        assertThat(onFx(() -> Window.getWindows().stream().filter(w -> w != window.stage)
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup(".notification-bar") != null)))
                .as("a notification pop-up, not a dialog").isTrue();
        assertThat(dialogShowing("save-error-dialog")).isFalse();
    }

    @Test
    void workLeftByACrashIsOfferedAtStartAndComesBack() throws Exception {
        Path data = folder.resolve("crashed-" + System.nanoTime());
        Path file = folder.resolve("thesis.divergence.json");
        ScenarioWriter.save(file, ScenarioDocument.untitled(Scenario.defaults()).withName("Thesis"));
        ScenarioDocument unsaved = ScenarioReader.read(file).document()
                .withScenario(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 321));
        new AutosaveStore(data.resolve("autosave"), Long.MAX_VALUE).save(unsaved, Optional.of(file), Instant.now());

        window = TestWindow.open(data);
        viewModel = window.viewModel();
        user = window.user;
        assertThat(dialogShowing("recovery-dialog")).isTrue();
        click("Recover");

        assertThat(onFx(() -> viewModel.getScenario().get(Parameter.NPU_THROUGHPUT))).isEqualTo(321);
        assertThat(title()).isEqualTo("*thesis.divergence.json — Divergence");
    }

    @Test
    void closingWithUnsavedWorkAsksAndCancelKeepsTheWindowOpen() {
        changeALever();

        javafx.application.Platform.runLater(() -> window.stage.fireEvent(new javafx.stage.WindowEvent(window.stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShowing("unsaved-changes-dialog")).isTrue();
        click("Cancel");

        assertThat(onFx(window.stage::isShowing)).isTrue();
        assertThat(title()).startsWith("*");
    }
}
