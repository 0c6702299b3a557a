package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.StringConverter;

import org.divergence.model.Halving;
import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Projection;
import org.divergence.ui.explorer.DetailTab;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * All charts, live: the headline decentralization chart on top, mining and edge-AI detail below in
 * tabs. Each projection is drawn in the frame it was computed in. Axes stay still while a lever is
 * dragged (open-ended ones rescale when it is released), so any motion is a change in the data.
 */
public final class ChartsPane extends SplitPane {

    private static final double FIRST_YEAR = Halving.START_YEAR;
    private static final double LAST_HALVING_SHOWN = 2050;
    static final String HEADLINE_TITLE = "Decentralization: Bitcoin mining vs edge AI";
    /** What the index means (Concentration.decentralizationIndex, docs/MODEL.md section 5). */
    static final String HEADLINE_CAPTION = "Index = 25 × log10(effective number of independent operators): "
            + "0 = one operator, 25 = 10, 50 = 100, 75 = 1,000 equal operators";

    private final ExplorerViewModel viewModel;
    private final ProjectionSeries series = new ProjectionSeries();
    private final List<LinearAxis> yearAxes = new ArrayList<>();
    private final List<Runnable> rescalers = new ArrayList<>();
    private final List<HoverReadout> readouts = new ArrayList<>();
    private final TabPane details = new TabPane();

    public ChartsPane(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("charts-pane");
        getStylesheets().add(ChartsPane.class.getResource("charts.css").toExternalForm());
        setOrientation(Orientation.VERTICAL);

        VBox headline = headlineChart();

        ChartRow mining = row(miningShares(), nakamoto(), breakEven());
        ChartRow edge = row(inferenceShares(), tokenCost());
        Tab miningTab = new Tab(DetailTab.MINING.label(), mining);
        Tab edgeTab = new Tab(DetailTab.EDGE_AI.label(), edge);
        miningTab.setId("tab-mining");
        edgeTab.setId("tab-edge");
        details.getTabs().addAll(miningTab, edgeTab);
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.getStyleClass().add("detail-tabs");
        details.setId("detail-tabs");

        getItems().addAll(headline, details);
        setDividerPositions(0.48);
        followDetailTab(viewModel, miningTab, edgeTab);

        viewModel.projectionProperty().addListener((obs, old, now) -> show(now));
        viewModel.adjustingProperty().addListener((obs, was, dragging) -> {
            if (!dragging) {
                rescale();
            }
        });
        show(viewModel.getProjection());
    }

    /** The tab shown is the window state's detail tab, whichever side changes it (a click, Ctrl+2, a file). */
    private void followDetailTab(ExplorerViewModel viewModel, Tab miningTab, Tab edgeTab) {
        var chosen = viewModel.window().detailTabProperty();
        details.getSelectionModel().select(chosen.get() == DetailTab.MINING ? miningTab : edgeTab);
        chosen.addListener((obs, old, now) -> details.getSelectionModel().select(now == DetailTab.MINING ? miningTab : edgeTab));
        details.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                chosen.set(now == miningTab ? DetailTab.MINING : DetailTab.EDGE_AI));
    }

    private void show(Projection projection) {
        series.show(projection);
        double lastYear = projection.year(projection.steps() - 1);
        for (LinearAxis years : yearAxes) {
            if (years.getUpperBound() != lastYear) {
                years.setRange(FIRST_YEAR, lastYear, yearTickUnit(lastYear - FIRST_YEAR));
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

    /**
     * The headline chart, with a caption under its title that says what the index means: a student
     * sees 30 and needs to know that is about 16 equal operators, not 30 %.
     */
    private VBox headlineChart() {
        LinearAxis y = fixedAxis("Index (0-100)", 100, 20);
        LineChart<Number, Number> chart = lineChart("chart-headline", null, y);
        chart.getData().add(series.series("Bitcoin mining", ProjectionSeries.of(Output.MINING_DECENTRALIZATION)));
        chart.getData().add(series.series("Edge AI", ProjectionSeries.of(Output.EDGE_DECENTRALIZATION)));
        chart.setAccessibleText(HEADLINE_TITLE + ". " + HEADLINE_CAPTION);

        Label title = new Label(HEADLINE_TITLE);
        title.getStyleClass().add("chart-heading-title");
        Label caption = new Label(HEADLINE_CAPTION);
        caption.setId("headline-caption");
        caption.getStyleClass().add("chart-caption");
        caption.setWrapText(true);
        caption.setTextAlignment(TextAlignment.CENTER);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        VBox heading = new VBox(title, caption);
        heading.getStyleClass().add("chart-heading");
        heading.setAlignment(Pos.CENTER);

        ChartRow chartAndLegend = row(card(chart, "headline", v -> fmt("%.1f", v)));
        VBox headline = new VBox(heading, chartAndLegend);
        headline.getStyleClass().add("headline-card");
        headline.setMinHeight(0);
        VBox.setVgrow(chartAndLegend, Priority.ALWAYS);
        return headline;
    }

    private Card miningShares() {
        LinearAxis y = fixedAxis("Share (%)", 100, 20);
        StackedAreaChart<Number, Number> chart = new StackedAreaChart<>(yearAxis(), y);
        configure(chart, "chart-mining-shares", "Hashrate share by class");
        chart.setCreateSymbols(false);
        for (OperatorClass c : OperatorClass.values()) {
            chart.getData().add(series.series(c.label(), ProjectionSeries.percent(c.shareOutput())));
        }
        return halvings(card(chart, "mining-shares", v -> fmt("%.1f %%", v)));
    }

    private Card nakamoto() {
        LinearAxis y = openAxis("Operators");
        LineChart<Number, Number> chart = lineChart("chart-nakamoto", "Nakamoto coefficient", y);
        chart.getData().add(series.series("Nakamoto coefficient", ProjectionSeries.of(Output.MINING_NAKAMOTO)));
        rescalers.add(() -> fitLinear(chart, y, true));
        return halvings(card(chart, "nakamoto", v -> fmt("%.0f operators", v)));
    }

    private Card breakEven() {
        LinearAxis y = openAxis("USD/kWh");
        LineChart<Number, Number> chart = lineChart("chart-breakeven", "Break-even power price", y);
        for (OperatorClass c : OperatorClass.values()) {
            chart.getData().add(series.series(c.label(), ProjectionSeries.of(c.breakevenOutput())));
        }
        chart.getData().add(series.series("Headline price", (p, k) -> p.scenario().electricityPrice()));
        rescalers.add(() -> fitLinear(chart, y, false));
        return halvings(card(chart, "breakeven", v -> fmt("%.3f USD/kWh", v)));
    }

    private Card inferenceShares() {
        LinearAxis y = fixedAxis("Share (%)", 100, 20);
        StackedAreaChart<Number, Number> chart = new StackedAreaChart<>(yearAxis(), y);
        configure(chart, "chart-inference-shares", "Where AI inference runs");
        chart.setCreateSymbols(false);
        chart.getData().add(series.series("On devices", ProjectionSeries.percent(Output.EDGE_SHARE)));
        chart.getData().add(series.series("In the cloud", ProjectionSeries.percent(Output.CLOUD_SHARE)));
        return card(chart, "inference-shares", v -> fmt("%.1f %%", v));
    }

    private Card tokenCost() {
        // "log scale" in the title: on the axis it made the label too long for a 720-pixel window.
        LogAxis y = new LogAxis("USD/Mtok", -3, 0);
        LineChart<Number, Number> chart = lineChart("chart-token-cost", "Cost per million tokens (log scale)", y);
        chart.getData().add(series.series("On devices", ProjectionSeries.of(Output.EDGE_COST)));
        chart.getData().add(series.series("In the cloud", ProjectionSeries.of(Output.CLOUD_COST)));
        rescalers.add(() -> fitLog(chart, y));
        return card(chart, "token-cost", v -> fmt("%.3g USD/Mtok", v));
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

    private LinearAxis yearAxis() {
        LinearAxis years = new LinearAxis("Year", FIRST_YEAR, FIRST_YEAR + 15, 5);
        years.setMinorTickCount(5);
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number year) { return String.format(Locale.ROOT, "%.0f", year.doubleValue()); }
            @Override public Number fromString(String text) { return Double.valueOf(text); }
        });
        yearAxes.add(years);
        return years;
    }

    private static LinearAxis fixedAxis(String label, double upper, double tick) {
        return new LinearAxis(label, 0, upper, tick);
    }

    private static LinearAxis openAxis(String label) {
        return new LinearAxis(label, 0, 1, 0.2);
    }

    /** A chart with its hover read-out, and its legend, which the layout puts under it. */
    private record Card(HoverReadout readout, SeriesLegend legend) {
        StackPane view() { return readout.view(); }
    }

    /** The chart with its hover read-out and legend; {@code palette} picks the chart's colours in charts.css. */
    private Card card(XYChart<Number, Number> chart, String palette, DoubleFunction<String> format) {
        HoverReadout readout = new HoverReadout(chart, format);
        readouts.add(readout);
        readout.view().getStyleClass().add(palette);
        return new Card(readout, new SeriesLegend(chart, palette));
    }

    /** Faint lines at the Bitcoin halvings inside the horizon. */
    private static Card halvings(Card card) {
        HoverReadout readout = card.readout();
        for (long height = Halving.HALVING_INTERVAL; ; height += Halving.HALVING_INTERVAL) {
            double year = Halving.yearOfHeight(height);
            if (year > LAST_HALVING_SHOWN) {
                break;
            }
            if (year > FIRST_YEAR) {
                readout.addMarker(year, "halving");
            }
        }
        return card;
    }

    /** Charts side by side (or one alone), their legends in a band underneath, so the plots are all one size. */
    private static ChartRow row(Card... cards) {
        List<Region> charts = new ArrayList<>();
        List<SeriesLegend> legends = new ArrayList<>();
        for (Card card : cards) {
            charts.add(card.view());
            legends.add(card.legend());
        }
        return new ChartRow(charts, legends);
    }

    private static void fitLinear(XYChart<Number, Number> chart, LinearAxis y, boolean whole) {
        double max = 0;
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                max = Math.max(max, d.getYValue().doubleValue());
            }
        }
        double upper = AxisScaling.upper(whole ? Math.max(max, 4) : max, y.getUpperBound());
        if (upper != y.getUpperBound()) {
            double tick = AxisScaling.tickUnit(upper);
            y.setRange(0, upper, whole ? Math.max(1, Math.ceil(tick)) : tick);
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

    private static double yearTickUnit(double span) {
        return span <= 6 ? 1 : span <= 12 ? 2 : 5;
    }

    private static String fmt(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
