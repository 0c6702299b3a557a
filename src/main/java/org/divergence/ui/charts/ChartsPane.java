package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

import org.divergence.model.Halving;
import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Projection;
import org.divergence.ui.ExplorerViewModel;

/**
 * All charts, live: the headline decentralization chart on top, mining and edge-AI detail below in
 * tabs. Each projection is drawn in the frame it was computed in. Axes stay still while a lever is
 * dragged (open-ended ones rescale when it is released), so any motion is a change in the data.
 */
public final class ChartsPane extends SplitPane {

    private static final double FIRST_YEAR = Halving.START_YEAR;
    private static final double LAST_HALVING_SHOWN = 2050;

    private final ExplorerViewModel viewModel;
    private final ProjectionSeries series = new ProjectionSeries();
    private final List<NumberAxis> yearAxes = new ArrayList<>();
    private final List<Runnable> rescalers = new ArrayList<>();
    private final List<HoverReadout> readouts = new ArrayList<>();
    private final TabPane details = new TabPane();

    public ChartsPane(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("charts-pane");
        getStylesheets().add(ChartsPane.class.getResource("charts.css").toExternalForm());
        setOrientation(Orientation.VERTICAL);

        StackPane headline = headlineChart();

        GridPane mining = grid(miningShares(), nakamoto(), breakEven());
        GridPane edge = grid(inferenceShares(), tokenCost());
        Tab miningTab = new Tab("Mining detail", mining);
        Tab edgeTab = new Tab("Edge-AI detail", edge);
        miningTab.setId("tab-mining");
        edgeTab.setId("tab-edge");
        details.getTabs().addAll(miningTab, edgeTab);
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.getStyleClass().add("detail-tabs");
        details.setId("detail-tabs");

        getItems().addAll(headline, details);
        setDividerPositions(0.48);

        viewModel.projectionProperty().addListener((obs, old, now) -> show(now));
        viewModel.adjustingProperty().addListener((obs, was, dragging) -> {
            if (!dragging) {
                rescale();
            }
        });
        show(viewModel.getProjection());
    }

    public void showMiningDetail() { details.getSelectionModel().select(0); }

    public void showEdgeDetail() { details.getSelectionModel().select(1); }

    private void show(Projection projection) {
        series.show(projection);
        double lastYear = projection.year(projection.steps() - 1);
        for (NumberAxis years : yearAxes) {
            if (years.getUpperBound() != justAbove(lastYear)) {
                years.setUpperBound(justAbove(lastYear));
                years.setTickUnit(yearTickUnit(lastYear - FIRST_YEAR));
            }
        }
        if (!viewModel.adjustingProperty().get()) {
            rescale();
        }
        readouts.forEach(HoverReadout::refresh);
    }

    private void rescale() {
        rescalers.forEach(Runnable::run);
    }

    // --- the charts -------------------------------------------------------------------------

    private StackPane headlineChart() {
        NumberAxis y = fixedAxis("Index (0-100)", 100, 20);
        LineChart<Number, Number> chart = lineChart("chart-headline", "Decentralization: Bitcoin mining vs edge AI", y);
        chart.getData().add(series.series("Bitcoin mining", ProjectionSeries.of(Output.MINING_DECENTRALIZATION)));
        chart.getData().add(series.series("Edge AI", ProjectionSeries.of(Output.EDGE_DECENTRALIZATION)));
        return card(chart, "headline", v -> fmt("%.1f", v)).view();
    }

    private StackPane miningShares() {
        NumberAxis y = fixedAxis("Share (%)", 100, 20);
        StackedAreaChart<Number, Number> chart = new StackedAreaChart<>(yearAxis(), y);
        configure(chart, "chart-mining-shares", "Hashrate share by class");
        chart.setCreateSymbols(false);
        for (OperatorClass c : OperatorClass.values()) {
            chart.getData().add(series.series(c.label(), ProjectionSeries.percent(c.shareOutput())));
        }
        return halvings(card(chart, "mining-shares", v -> fmt("%.1f %%", v)));
    }

    private StackPane nakamoto() {
        NumberAxis y = openAxis("Operators");
        LineChart<Number, Number> chart = lineChart("chart-nakamoto", "Nakamoto coefficient", y);
        chart.getData().add(series.series("Nakamoto coefficient", ProjectionSeries.of(Output.MINING_NAKAMOTO)));
        rescalers.add(() -> fitLinear(chart, y, true));
        return halvings(card(chart, "nakamoto", v -> fmt("%.0f operators", v)));
    }

    private StackPane breakEven() {
        NumberAxis y = openAxis("USD/kWh");
        LineChart<Number, Number> chart = lineChart("chart-breakeven", "Break-even power price", y);
        for (OperatorClass c : OperatorClass.values()) {
            chart.getData().add(series.series(c.label(), ProjectionSeries.of(c.breakevenOutput())));
        }
        chart.getData().add(series.series("Headline price", (p, k) -> p.scenario().electricityPrice()));
        rescalers.add(() -> fitLinear(chart, y, false));
        return halvings(card(chart, "breakeven", v -> fmt("%.3f USD/kWh", v)));
    }

    private StackPane inferenceShares() {
        NumberAxis y = fixedAxis("Share (%)", 100, 20);
        StackedAreaChart<Number, Number> chart = new StackedAreaChart<>(yearAxis(), y);
        configure(chart, "chart-inference-shares", "Where AI inference runs");
        chart.setCreateSymbols(false);
        chart.getData().add(series.series("On devices", ProjectionSeries.percent(Output.EDGE_SHARE)));
        chart.getData().add(series.series("In the cloud", ProjectionSeries.percent(Output.CLOUD_SHARE)));
        return card(chart, "inference-shares", v -> fmt("%.1f %%", v)).view();
    }

    private StackPane tokenCost() {
        LogAxis y = new LogAxis("USD/Mtok (log scale)", -3, 0);
        LineChart<Number, Number> chart = lineChart("chart-token-cost", "Cost per million tokens", y);
        chart.getData().add(series.series("On devices", ProjectionSeries.of(Output.EDGE_COST)));
        chart.getData().add(series.series("In the cloud", ProjectionSeries.of(Output.CLOUD_COST)));
        rescalers.add(() -> fitLog(chart, y));
        return card(chart, "token-cost", v -> fmt("%.3g USD/Mtok", v)).view();
    }

    // --- building blocks -----------------------------------------------------------------------

    private LineChart<Number, Number> lineChart(String id, String title, ValueAxis<Number> y) {
        LineChart<Number, Number> chart = new LineChart<>(yearAxis(), y);
        configure(chart, id, title);
        chart.setCreateSymbols(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        return chart;
    }

    private static void configure(XYChart<Number, Number> chart, String id, String title) {
        chart.setId(id);
        chart.setTitle(title);
        chart.setAccessibleText(title);
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setMinSize(0, 0);
    }

    private NumberAxis yearAxis() {
        NumberAxis years = new NumberAxis("Year", FIRST_YEAR, justAbove(FIRST_YEAR + 15), 5);
        years.setAutoRanging(false);
        years.setMinorTickCount(5);
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number year) { return String.format(Locale.ROOT, "%.0f", year.doubleValue()); }
            @Override public Number fromString(String text) { return Double.valueOf(text); }
        });
        yearAxes.add(years);
        return years;
    }

    private static NumberAxis fixedAxis(String label, double upper, double tick) {
        NumberAxis axis = new NumberAxis(label, 0, justAbove(upper), tick);
        axis.setAutoRanging(false);
        return axis;
    }

    private static NumberAxis openAxis(String label) {
        NumberAxis axis = new NumberAxis(label, 0, 1, 0.2);
        axis.setAutoRanging(false);
        axis.setForceZeroInRange(true);
        return axis;
    }

    /** The chart with its hover read-out; {@code styleClass} picks the chart's colours in charts.css. */
    private HoverReadout card(XYChart<Number, Number> chart, String styleClass, DoubleFunction<String> format) {
        HoverReadout readout = new HoverReadout(chart, format);
        readouts.add(readout);
        readout.view().getStyleClass().add(styleClass);
        return readout;
    }

    /** Faint lines at the Bitcoin halvings inside the horizon. */
    private static StackPane halvings(HoverReadout readout) {
        for (long height = Halving.HALVING_INTERVAL; ; height += Halving.HALVING_INTERVAL) {
            double year = Halving.yearOfHeight(height);
            if (year > LAST_HALVING_SHOWN) {
                break;
            }
            if (year > FIRST_YEAR) {
                readout.addMarker(year, "halving");
            }
        }
        return readout.view();
    }

    private static GridPane grid(StackPane... cards) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("chart-grid");
        for (int i = 0; i < cards.length; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / cards.length);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            grid.add(cards[i], i, 0);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(row);
        return grid;
    }

    private static void fitLinear(XYChart<Number, Number> chart, NumberAxis y, boolean whole) {
        double max = 0;
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                max = Math.max(max, d.getYValue().doubleValue());
            }
        }
        double upper = AxisScaling.upper(whole ? Math.max(max, 4) : max, y.getUpperBound());
        if (upper != y.getUpperBound()) {
            y.setUpperBound(justAbove(upper));
            double tick = AxisScaling.tickUnit(upper);
            y.setTickUnit(whole ? Math.max(1, Math.ceil(tick)) : tick);
        }
    }

    private static void fitLog(XYChart<Number, Number> chart, LogAxis y) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                double v = d.getYValue().doubleValue();
                if (v > 0) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        int[] decades = AxisScaling.decades(min, max);
        y.setDecades(decades[0], decades[1]);
    }

    /**
     * A hair above an axis end. NumberAxis drops a tick whose position rounds to just outside the axis
     * (25 landed at -2.8e-14 px), which lost the top or last label on some chart sizes.
     */
    private static double justAbove(double end) {
        return end + Math.max(1, Math.abs(end)) * 1e-9;
    }

    private static double yearTickUnit(double span) {
        return span <= 6 ? 1 : span <= 12 ? 2 : 5;
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
