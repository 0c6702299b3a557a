package org.divergence.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.Presets;
import org.divergence.scenario.RecentFiles;
import org.divergence.scenario.ScenarioReader;
import org.divergence.ui.ExplorerViewModel;
import org.divergence.ui.MainWindow;
import org.divergence.ui.PulseFrameScheduler;

/** The File and Presets menus as a user meets them: title mark, the unsaved-changes question, errors. */
@ExtendWith(ApplicationExtension.class)
class FileMenuFxTest {

    @TempDir
    static Path folder;

    private final Deque<Path> chosenFiles = new ArrayDeque<>();
    private ExplorerViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new ExplorerViewModel(new PulseFrameScheduler());
        MainWindow window = new MainWindow(stage, viewModel);
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> toOpen(Optional<Path> start) {
                return Optional.ofNullable(chosenFiles.poll());
            }

            @Override
            public Optional<Path> toSave(String suggestedFileName, Optional<Path> start) {
                return Optional.ofNullable(chosenFiles.poll());
            }
        };
        Path data = folder.resolve("data-" + System.nanoTime());
        DocumentFeature.install(window, new DocumentFeature.Services(picker,
                new RecentFiles(data.resolve("recent-files.json")), new AutosaveStore(data.resolve("autosave")),
                Runnable::run, Clock.systemUTC()));
        window.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String title() {
        return onFx(stage::getTitle);
    }

    private void changeALever() {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> viewModel.set(Parameter.NPU_THROUGHPUT, 150));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void menu(FxRobot robot, String menu, String item) {
        robot.clickOn(menu).clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean dialogShowing(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQueryAs(DialogPane.class).isPresent();
    }

    @Test
    void aChangeMarksTheTitleAndNewAsksCancelKeepsTheChange(FxRobot robot) {
        assertThat(title()).isEqualTo("Divergence");
        changeALever();
        assertThat(title()).isEqualTo("*Untitled — Divergence");

        menu(robot, "File", "New");
        assertThat(dialogShowing(robot, "unsaved-changes-dialog")).isTrue();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogShowing(robot, "unsaved-changes-dialog")).isFalse();
        assertThat(onFx(() -> viewModel.getScenario().get(Parameter.NPU_THROUGHPUT))).isEqualTo(150);
        assertThat(title()).startsWith("*");
    }

    @Test
    void dontSaveDiscardsTheChange(FxRobot robot) {
        changeALever();

        menu(robot, "File", "New");
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(viewModel::getScenario)).isEqualTo(Scenario.defaults());
        assertThat(title()).isEqualTo("Divergence");
    }

    @Test
    void saveWritesTheFileAndTheTitleShowsItsName(FxRobot robot) throws Exception {
        changeALever();
        Path file = folder.resolve("saved-from-dialog.divergence.json");
        chosenFiles.add(file);

        menu(robot, "File", "New");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ScenarioReader.read(file).document().scenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(150);
        assertThat(onFx(viewModel::getScenario)).isEqualTo(Scenario.defaults());
    }

    @Test
    void saveFromTheMenuClearsTheMark(FxRobot robot) throws Exception {
        changeALever();
        Path file = folder.resolve("menu-save.divergence.json");
        chosenFiles.add(file);

        menu(robot, "File", "Save");

        assertThat(title()).isEqualTo("menu-save.divergence.json — Divergence");
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void aBrokenFileGivesAnErrorAndLeavesTheScenarioExactlyAsItWas(FxRobot robot) throws Exception {
        changeALever();
        Scenario before = onFx(viewModel::getScenario);
        String titleBefore = title();
        Path broken = Files.writeString(folder.resolve("broken.divergence.json"),
                "{\"formatVersion\": 2, \"levers\": {\"electricityPrice\": NaN}}");
        chosenFiles.add(broken);

        menu(robot, "File", "Open…");

        assertThat(dialogShowing(robot, "open-error-dialog")).isTrue();
        DialogPane pane = robot.lookup("#open-error-dialog").queryAs(DialogPane.class);
        assertThat(onFx(pane::getHeaderText)).contains("broken.divergence.json");
        assertThat(onFx(pane::getContentText)).contains("levers.electricityPrice: must be a finite number",
                "The scenario on screen has not changed.");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(viewModel::getScenario)).isSameAs(before);
        assertThat(title()).isEqualTo(titleBefore);
    }

    @Test
    void openingAFileRestoresItsLongerHorizonAndItsSummaryYear(FxRobot robot) throws Exception {
        Path file = folder.resolve("long.divergence.json");
        org.divergence.scenario.ScenarioWriter.save(file, org.divergence.scenario.ScenarioDocument
                .untitled(Scenario.defaults().with(Parameter.END_YEAR, 2050))
                .withView(org.divergence.scenario.ViewSettings.NONE.withSummaryYear(java.util.OptionalInt.of(2047))));
        chosenFiles.add(file);

        menu(robot, "File", "Open…");

        javafx.scene.control.Spinner<?> year = robot.lookup("#summary-year").queryAs(javafx.scene.control.Spinner.class);
        assertThat(onFx(year::getValue)).isEqualTo(2047);
        assertThat(title()).isEqualTo("long.divergence.json — Divergence");
    }

    @Test
    void aPresetOpensFromThePresetsMenu(FxRobot robot) {
        Presets.Preset preset = Presets.find("npu-leap").orElseThrow();

        menu(robot, "Presets", preset.name());

        assertThat(onFx(viewModel::getScenario)).isEqualTo(preset.document().scenario());
        assertThat(title()).isEqualTo(preset.name() + " — Divergence");
    }
}
