package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.divergence.scenario.SettingsFile;
import org.divergence.ui.tour.GuidedTour;

/** The tour starts by itself on a first run only: skipping or finishing it is remembered for the next run. */
class TourFirstRunFxTest {

    @TempDir
    Path folder;

    private static boolean showing(TestWindow window) {
        return TestWindow.onFx(() -> window.tour().isShowing());
    }

    @Test
    void theTourStartsOnAFirstRunEscSkipsItAndTheNextWindowDoesNotShowIt() {
        Path data = folder.resolve("data");
        TestWindow first = TestWindow.openAsFirstRun(data);
        try {
            assertThat(showing(first)).as("first run").isTrue();
            assertThat(TestWindow.onFx(() -> first.tour().stepProperty().get())).isZero();

            first.user.type(KeyCode.ESCAPE);

            assertThat(showing(first)).isFalse();
            first.awaitBackgroundWork();
        } finally {
            first.close();
        }
        assertThat(new SettingsFile(data.resolve("settings.json")).read()).containsEntry(GuidedTour.SEEN_SETTING, "true");

        TestWindow second = TestWindow.openAsFirstRun(data);
        try {
            assertThat(showing(second)).as("the next run remembers the skip").isFalse();
        } finally {
            second.close();
        }
    }

    @Test
    void finishingTheTourIsRememberedAsWell() {
        Path data = folder.resolve("data");
        TestWindow window = TestWindow.openAsFirstRun(data);
        try {
            for (int i = 0; i < TestWindow.onFx(() -> window.tour().size()); i++) {
                assertThat(showing(window)).isTrue();
                window.user.type(KeyCode.ENTER);
            }
            assertThat(showing(window)).isFalse();
            window.awaitBackgroundWork();
        } finally {
            window.close();
        }
        assertThat(new SettingsFile(data.resolve("settings.json")).read()).containsEntry(GuidedTour.SEEN_SETTING, "true");
    }
}
