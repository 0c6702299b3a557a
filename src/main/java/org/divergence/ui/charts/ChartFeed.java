package org.divergence.ui.charts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.divergence.figure.ChartData;
import org.divergence.figure.Charts;
import org.divergence.model.Bands;
import org.divergence.model.Projection;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.WindowState;

/**
 * Keeps charts showing the view-model: each new projection (with the baseline's beside it and the
 * recorded points when history is shown), the drag state, the theme, the summary year legends read
 * at, the same-axes and zoom choices.
 */
final class ChartFeed {

    private final ExplorerViewModel viewModel;
    private final List<ChartView> charts;

    private ChartFeed(ExplorerViewModel viewModel, List<ChartView> charts) {
        this.viewModel = viewModel;
        this.charts = List.copyOf(charts);
    }

    static void connect(ExplorerViewModel viewModel, List<ChartView> charts) {
        new ChartFeed(viewModel, charts).listen();
    }

    private void listen() {
        WindowState window = viewModel.window();
        viewModel.projectionProperty().addListener((obs, old, now) -> show());
        viewModel.baselineProjectionProperty().addListener((obs, old, now) -> show());
        viewModel.bands().bandsProperty().addListener((obs, old, now) -> show());
        window.bandsShownProperty().addListener((obs, old, now) -> show());
        viewModel.adjustingProperty().addListener((obs, was, dragging) -> charts.forEach(c -> c.setAdjusting(dragging)));
        window.themeProperty().addListener((obs, old, now) -> charts.forEach(c -> c.setTheme(now)));
        window.summaryYearProperty().addListener((obs, old, now) -> readAt(now));
        window.sameAxesProperty().addListener((obs, old, now) -> charts.forEach(c -> c.setFitBaseline(now)));
        window.zoomIndexProperty().addListener((obs, old, now) -> zoom(now));
        window.chartsAsTablesProperty().addListener((obs, old, now) -> charts.forEach(c -> c.setAsTable(now)));
        window.text().onChange(() -> {
            charts.forEach(c -> c.speak(window.text().now()));
            show();
        });
        window.showHistoryProperty().addListener((obs, old, now) -> show());
        charts.forEach(c -> {
            c.speak(window.text().now());
            c.setTheme(window.themeProperty().get());
            c.setFitBaseline(window.sameAxesProperty().get());
            c.setAsTable(window.chartsAsTablesProperty().get());
        });
        zoom(window.zoomIndexProperty().get());
        readAt(window.getSummaryYear());
        show();
    }

    /**
     * The latest projection, with the baseline's beside it when there is one and it differs: a baseline
     * equal to the scenario on screen would only draw dashes under every line.
     */
    private void show() {
        Projection projection = viewModel.getProjection();
        Optional<Projection> baseline = viewModel.baselineProjection()
                .filter(b -> !b.scenario().equals(projection.scenario()));
        String name = viewModel.window().baseline().map(b -> viewModel.window().text().name(b.name())).orElse("");
        boolean history = viewModel.window().showHistoryProperty().get();
        charts.forEach(c -> c.show(withBands((baseline.isPresent()
                ? ChartData.of(c.spec(), projection, name, baseline.get())
                : ChartData.of(c.spec(), projection)).withHistory(history))));
    }

    /**
     * The bands when they are shown: the latest computed, if they fit the horizon on screen (while the
     * scenario's own are computed, the previous ones stand in, one step behind). The window does not
     * explain the shading under the title (View > Uncertainty bands turns it on and off): that line
     * would move the plot whenever the bands were turned on.
     */
    private ChartData withBands(ChartData data) {
        if (!viewModel.window().bandsShownProperty().get()) {
            return data;
        }
        Bands bands = viewModel.bands().bandsProperty().get();
        return bands != null && bands.hasYearsOf(viewModel.getProjection()) ? data.withBands(bands, false) : data;
    }

    /** Legends give the change from the baseline in the summary's year. */
    private void readAt(Integer year) {
        OptionalDouble reading = year == null ? OptionalDouble.empty() : OptionalDouble.of(year);
        charts.forEach(c -> c.setReadingYear(reading));
    }

    /** The zoom choice is the headline's (the only chart with a fixed 0-100 axis to zoom). */
    private void zoom(boolean now) {
        charts.stream().filter(c -> c.spec().id().equals(Charts.HEADLINE.id())).forEach(c -> c.setZoom(now));
    }
}
