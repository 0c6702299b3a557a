package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.divergence.model.Parameter;
import org.divergence.ui.charts.ChartView;

/** Presentation mode: F5 in, Esc out, only the levers, the headline and the summary, in very large type. */
class PresentationFxTest extends SharedWindowTest {

    @AfterEach
    void leave() {
        robot.interact(() -> shared.state().presentingProperty().set(false));
    }

    private Parent root() {
        return WindowDriver.onFx(() -> stage.getScene().getRoot());
    }

    private double em(ChartView chart) {
        return WindowDriver.onFx(() -> chart.rendering().orElseThrow().of(org.divergence.figure.Rendering.Kind.TITLE)
                .get(0).height());
    }

    @Test
    void f5ShowsOnlyTheLeversTheHeadlineAndTheSummaryInLargeTypeAndEscComesBack() {
        Parent window = root();
        double windowTitle = em(robot.lookup("#chart-headline").queryAs(ChartView.class));

        user.type(KeyCode.F5);
        new WindowDriver(robot, viewModel).awaitFrame();

        assertThat(root().getId()).isEqualTo("presentation");
        assertThat(shared.state().presentingProperty().get()).isTrue();
        Parent shown = root();
        assertThat(WindowDriver.onFx(() -> shown.lookupAll(".menu-bar"))).isEmpty();
        assertThat(WindowDriver.onFx(() -> shown.lookupAll("#detail-tabs"))).isEmpty();
        assertThat(WindowDriver.onFx(() -> shown.lookupAll("#advanced-assumptions"))).isEmpty();
        assertThat(WindowDriver.onFx(() -> shown.lookupAll(".slider"))).hasSize(Parameter.levers().size());
        assertThat(WindowDriver.onFx(() -> shown.lookup("#presentation-summary"))).isNotNull();
        ChartView chart = (ChartView) WindowDriver.onFx(() -> shown.lookup("#presentation-headline"));
        assertThat(em(chart)).as("title height").isGreaterThan(1.3 * windowTitle);

        user.type(KeyCode.ESCAPE);

        assertThat(root()).isSameAs(window);
        assertThat(shared.state().presentingProperty().get()).isFalse();
    }

    @Test
    void aLeverMovedWhilePresentingMovesTheScenarioTheChartAndTheWindowAndCanBeUndone() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        user.clickOn("View").clickOn("#menu-presentation");
        assertThat(root().getId()).isEqualTo("presentation");

        robot.interact(() -> root().lookup("#slider-npuThroughput").requestFocus());
        user.type(KeyCode.END);
        driver.awaitFrame();
        assertThat(driver.value(Parameter.NPU_THROUGHPUT)).isEqualTo(Parameter.NPU_THROUGHPUT.max());
        ChartView chart = (ChartView) WindowDriver.onFx(() -> root().lookup("#presentation-headline"));
        assertThat(WindowDriver.onFx(() -> chart.data().value(1, chart.data().steps() - 1)))
                .isEqualTo(WindowDriver.onFx(() -> viewModel.getProjection().last(org.divergence.model.Output.EDGE_DECENTRALIZATION)));

        user.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        driver.awaitFrame();
        assertThat(driver.value(Parameter.NPU_THROUGHPUT)).isEqualTo(Parameter.NPU_THROUGHPUT.defaultValue());

        user.type(KeyCode.F5);
        assertThat(root().getId()).isNotEqualTo("presentation");
        assertThat(WindowDriver.onFx(() -> driver.slider(Parameter.NPU_THROUGHPUT).getValue()))
                .isEqualTo(Parameter.NPU_THROUGHPUT.defaultValue());
    }

    @Test
    void theTypeGrowsWithTheScreen() {
        assertThat(PresentationView.sizeClass(720)).isEqualTo("presentation-size-s");
        assertThat(PresentationView.sizeClass(768)).isEqualTo("presentation-size-s");
        assertThat(PresentationView.sizeClass(1080)).isEqualTo("presentation-size-m");
        assertThat(PresentationView.sizeClass(1440)).isEqualTo("presentation-size-l");
        assertThat(PresentationView.sizeClass(2160)).isEqualTo("presentation-size-xl");
    }
}
