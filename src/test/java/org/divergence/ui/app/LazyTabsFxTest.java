package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.divergence.figure.Charts;
import org.divergence.model.Parameter;

/**
 * The detail tabs other than the first are built when first chosen, so the first window has fewer
 * nodes to style and lay out (docs/BENCHMARKS.md, "First window"); once built they show the scenario
 * of that moment and follow it like the others.
 */
class LazyTabsFxTest {

    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();

    @Test
    void aTabsViewIsBuiltWhenFirstChosenAndShowsTheScenarioOfThatMoment() {
        TestWindow window = TestWindow.openWithTabsNotYetChosen(folder.resolve("data"));
        try {
            WindowDriver driver = new WindowDriver(robot, window.viewModel());
            assertThat(exists("#chart-" + Charts.HEADLINE.id())).isTrue();
            assertThat(exists("#chart-" + Charts.NAKAMOTO.id())).isTrue();
            for (String notYet : new String[] {"#chart-" + Charts.INFERENCE_SHARES.id(), "#why-panel", "#sensitivity-outcome", "#regime-map-canvas"}) {
                assertThat(exists(notYet)).as(notYet).isFalse();
            }

            // A change made before the tab is opened is what its charts show when it is.
            robot.interact(() -> window.viewModel().set(Parameter.NPU_THROUGHPUT, Parameter.NPU_THROUGHPUT.max()));
            driver.awaitFrame();
            window.user.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            driver.awaitFrame();
            assertThat(exists("#chart-" + Charts.INFERENCE_SHARES.id())).isTrue();
            driver.assertChartsShow(window.viewModel().getScenario());

            // And a change after it, too.
            robot.interact(() -> window.viewModel().set(Parameter.ELECTRICITY_PRICE, Parameter.ELECTRICITY_PRICE.min()));
            driver.awaitFrame();
            driver.assertChartsShow(window.viewModel().getScenario());

            window.user.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
            driver.awaitFrame();
            assertThat(exists("#why-panel")).isTrue();
        } finally {
            window.close();
        }
    }

    private boolean exists(String query) {
        return TestWindow.onFx(() -> robot.lookup(query).tryQuery().isPresent());
    }
}
