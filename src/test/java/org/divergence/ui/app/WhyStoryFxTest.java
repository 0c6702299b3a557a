package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.divergence.model.Parameter;
import org.divergence.scenario.Presets;

/** Opening a preset shows its story in the "Why?" tab (a window of its own: it opens a document). */
class WhyStoryFxTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private TestWindow window;

    @BeforeEach
    void openAWindow() {
        window = TestWindow.open(folder.resolve("data"));
    }

    /** Back to an unchanged document of today's world first, so closing asks nothing. */
    @AfterEach
    void closeTheWindow() {
        robot.interact(() -> {
            while (window.documents().isModified() && window.viewModel().history().nextUndoProperty().get().isPresent()) {
                window.viewModel().history().undo();
            }
            window.documents().openPreset(Presets.find(Presets.BASELINE).orElseThrow());
        });
        window.close();
    }

    @Test
    void openingAPresetPointsToItsStoryAndTheNoticeShowsIt() {
        Presets.Preset crypto = Presets.find("crypto-winter").orElseThrow();
        robot.interact(() -> window.documents().openPreset(crypto));
        WaitForAsyncUtils.waitForFxEvents();
        var notice = window.notices.shown().stream().filter(n -> n.title().equals(crypto.name())).findFirst().orElseThrow();
        assertThat(notice.text()).contains("Why? (Ctrl+3)");
        robot.interact(() -> notice.action().orElseThrow().run().run());
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        assertThat(TestWindow.onFx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-why");
        assertThat(TestWindow.onFx(() -> robot.lookup("#why-story").queryAs(Label.class).getText()))
                .isEqualTo(crypto.description().strip());

        // In German the story is the preset's German one; the scenario's notes stay as its file writes them.
        robot.interact(() -> window.viewModel().window().text().languageProperty().set(org.divergence.text.Language.GERMAN));
        assertThat(TestWindow.onFx(() -> robot.lookup("#why-story").queryAs(Label.class).getText()))
                .isEqualTo(org.divergence.text.Text.GERMAN.shipped("preset.crypto-winter.description", "")).startsWith("Der Bitcoin-Preis");
        assertThat(TestWindow.onFx(() -> window.viewModel().window().documentNotesProperty().get())).isEqualTo(crypto.description());
    }

    @Test
    void aPresetsStoryIsShownAndSaidToBeOutOfDateOnceChanged() {
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> "tab-why".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        Label story = robot.lookup("#why-story").queryAs(Label.class);
        javafx.scene.Node box = robot.lookup("#why-story-box").query();
        assertThat(TestWindow.onFx(box::isVisible)).as("an untitled scenario has no story").isFalse();

        Presets.Preset npuLeap = Presets.find("npu-leap").orElseThrow();
        robot.interact(() -> window.documents().openPreset(npuLeap));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(TestWindow.onFx(box::isVisible)).isTrue();
        assertThat(TestWindow.onFx(story::getText)).isEqualTo(npuLeap.description().strip());
        assertThat(TestWindow.onFx(() -> robot.lookup("#why-story-title").queryAs(Label.class).getText()))
                .isEqualTo("About this scenario");

        robot.interact(() -> window.viewModel().set(Parameter.NPU_THROUGHPUT, 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(TestWindow.onFx(() -> robot.lookup("#why-story-title").queryAs(Label.class).getText()))
                .contains("changed since");
    }
}
