package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

import javafx.scene.control.Slider;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.divergence.figure.ChartData;
import org.divergence.model.DivergenceModel;
import org.divergence.ui.charts.ChartView;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;

/** What the window tests share: waiting for the frame that recomputes, and reading the charts back. */
final class WindowDriver {

    private final FxRobot robot;
    private final ExplorerViewModel viewModel;

    WindowDriver(FxRobot robot, ExplorerViewModel viewModel) {
        this.robot = robot;
        this.viewModel = viewModel;
    }

    /** Waits until the frame that recomputes the latest change has run, then for pending FX events. */
    void awaitFrame() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> !viewModel.isRecomputePending()));
        } catch (TimeoutException e) {
            throw new AssertionError("no frame recomputed the projection within 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The id of the focused control, or of its nearest ancestor that has one (a spinner's editor). */
    static String focusedId(javafx.stage.Stage stage) {
        return onFx(() -> {
            for (javafx.scene.Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return "(none)";
        });
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    Slider slider(Parameter p) {
        return robot.lookup("#slider-" + p.key()).queryAs(Slider.class);
    }

    double value(Parameter p) {
        return onFx(() -> viewModel.getScenario().get(p));
    }

    ChartView chart(String id) {
        return robot.lookup("#" + id).queryAs(ChartView.class);
    }

    /**
     * Makes a detail chart the one drawn, as a user would: its tab, then (where the charts are shown one
     * at a time) its button above the charts. Returns the chart.
     */
    ChartView reveal(String chartId) {
        boolean edge = org.divergence.figure.Charts.EDGE_DETAIL.stream().anyMatch(spec -> spec.id().equals(chartId));
        ChartView chart = onFx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) robot.lookup("#detail-tabs").query();
            // The tab a person clicks; the edge-AI charts are built when their tab is first chosen.
            String tabId = edge ? "tab-edge" : "tab-mining";
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow());
            return chart("chart-" + chartId);
        });
        onFx(() -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) robot.lookup("#detail-tabs").query();
            // CSS first: the chooser's buttons exist once its skin does (a person sees them after a pulse).
            tabs.getScene().getRoot().applyCss();
            tabs.getScene().getRoot().layout();
            javafx.scene.Node button = tabs.lookup("#show-" + chartId);
            if (button != null && button.isVisible()) {
                ((javafx.scene.control.ToggleButton) button).fire();
                tabs.getScene().getRoot().layout();
            }
            return null;
        });
        // A tab just chosen gets its size at the next pulse: the chart is drawn then.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> chart.isShown() && chart.isVisible()
                    && chart.rendering().isPresent()));
        } catch (TimeoutException e) {
            throw new AssertionError(chartId + " not drawn within 5 s of being revealed: " + onFx(() -> {
                StringBuilder b = new StringBuilder();
                for (javafx.scene.Node n = chart; n != null; n = n.getParent()) {
                    b.append(n.getClass().getSimpleName()).append(' ').append(n.isVisible()).append(' ')
                            .append(n.getLayoutBounds().getWidth()).append('x').append(n.getLayoutBounds().getHeight()).append("; ");
                }
                return b + " shown=" + chart.isShown();
            }), e);
        }
        return chart;
    }

    /** Every series of every chart equals a fresh model run of {@code scenario}, point by point. */
    void assertChartsShow(Scenario scenario) {
        Projection expected = DivergenceModel.run(scenario);
        assertSeries("chart-headline", expected,
                (p, k) -> p.value(Output.MINING_DECENTRALIZATION, k),
                (p, k) -> p.value(Output.EDGE_DECENTRALIZATION, k));
        assertSeries("chart-mining-shares", expected,
                share(OperatorClass.HOME), share(OperatorClass.SMALL_FARM),
                share(OperatorClass.INDUSTRIAL), share(OperatorClass.HYPERSCALE));
        assertSeries("chart-nakamoto", expected, (p, k) -> p.value(Output.MINING_NAKAMOTO, k));
        assertSeries("chart-breakeven", expected,
                breakEven(OperatorClass.HOME), breakEven(OperatorClass.SMALL_FARM),
                breakEven(OperatorClass.INDUSTRIAL), breakEven(OperatorClass.HYPERSCALE),
                (p, k) -> scenario.electricityPrice());
        assertSeries("chart-inference-shares", expected,
                (p, k) -> 100 * p.value(Output.EDGE_SHARE, k), (p, k) -> 100 * p.value(Output.CLOUD_SHARE, k));
        assertSeries("chart-token-cost", expected,
                (p, k) -> p.value(Output.EDGE_COST, k), (p, k) -> p.value(Output.CLOUD_COST, k));
    }

    @SafeVarargs
    private void assertSeries(String chartId, Projection expected, BiFunction<Projection, Integer, Double>... values) {
        ChartView chart = chart(chartId);
        ChartData shown = onFx(chart::data);
        assertThat(shown.seriesCount()).as(chartId + " series").isEqualTo(values.length);
        assertThat(shown.steps()).as(chartId + " steps").isEqualTo(expected.steps());
        for (int s = 0; s < values.length; s++) {
            for (int k = 0; k < expected.steps(); k++) {
                assertThat(shown.year(k)).as(chartId + " year at step " + k).isEqualTo(expected.year(k));
                assertThat(shown.value(s, k)).as(chartId + " series " + s + " at step " + k)
                        .isEqualTo(values[s].apply(expected, k));
            }
        }
        // What is drawn is what is held: a shown chart was drawn from these numbers, on a plot of its horizon.
        if (onFx(chart::isShown)) {
            assertThat(onFx(() -> chart.rendering().map(r -> r.plot().years().upper()).orElse(Double.NaN)))
                    .as(chartId + " drawn up to the horizon").isEqualTo(expected.year(expected.steps() - 1));
        }
    }

    private static BiFunction<Projection, Integer, Double> share(OperatorClass c) {
        return (p, k) -> 100 * p.value(c.shareOutput(), k);
    }

    private static BiFunction<Projection, Integer, Double> breakEven(OperatorClass c) {
        return (p, k) -> p.value(c.breakevenOutput(), k);
    }
}
