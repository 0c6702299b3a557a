package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.divergence.figure.ChartData;
import org.divergence.figure.ChartSpec;
import org.divergence.figure.Charts;
import org.divergence.model.Projection;
import org.divergence.ui.explorer.DetailTab;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * All charts, live: the headline decentralization chart on top, mining and edge-AI detail below in
 * tabs, each drawn from its description in {@link Charts}. Each projection is drawn in the frame it
 * was computed in; charts in the hidden tab wait until it is shown. Axes only grow while a lever is
 * dragged and fit the data again when it is released.
 */
public final class ChartsPane extends SplitPane {

    private final ExplorerViewModel viewModel;
    private final ChartView headline = new ChartView(Charts.HEADLINE, false);
    private final ChartRow mining = row(Charts.MINING_DETAIL);
    private final ChartRow edge = row(Charts.EDGE_DETAIL);
    private final TabPane details = new TabPane();

    public ChartsPane(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("charts-pane");
        getStylesheets().add(ChartsPane.class.getResource("charts.css").toExternalForm());
        setOrientation(Orientation.VERTICAL);
        headline.getStyleClass().add("headline-card");

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
        followDetailTab(miningTab, edgeTab);

        var window = viewModel.window();
        viewModel.projectionProperty().addListener((obs, old, now) -> show());
        viewModel.baselineProjectionProperty().addListener((obs, old, now) -> show());
        viewModel.adjustingProperty().addListener((obs, was, dragging) -> all().forEach(c -> c.setAdjusting(dragging)));
        window.themeProperty().addListener((obs, old, now) -> all().forEach(c -> c.setTheme(now)));
        window.summaryYearProperty().addListener((obs, old, now) -> readAt(now));
        window.sameAxesProperty().addListener((obs, old, now) -> all().forEach(c -> c.setFitBaseline(now)));
        window.zoomIndexProperty().addListener((obs, old, now) -> headline.setZoom(now));
        all().forEach(c -> {
            c.setTheme(window.themeProperty().get());
            c.setFitBaseline(window.sameAxesProperty().get());
        });
        headline.setZoom(window.zoomIndexProperty().get());
        readAt(window.getSummaryYear());
        show();
    }

    /** What a chart's export button does: the app opens the export dialog on that chart. */
    public void setOnExport(java.util.function.Consumer<ChartSpec> action) {
        all().forEach(c -> c.setOnExport(() -> action.accept(c.spec())));
    }

    /** Every chart, headline first. */
    List<ChartView> charts() {
        return all().toList();
    }

    private Stream<ChartView> all() {
        return Stream.concat(Stream.of(headline), Stream.concat(mining.charts().stream(), edge.charts().stream()));
    }

    /**
     * The latest projection, with the baseline's beside it when there is one and it differs: a baseline
     * equal to the scenario on screen would only draw dashes under every line.
     */
    private void show() {
        Projection projection = viewModel.getProjection();
        Optional<Projection> baseline = viewModel.baselineProjection()
                .filter(b -> !b.scenario().equals(projection.scenario()));
        String name = viewModel.window().baseline().map(b -> b.name()).orElse("");
        all().forEach(c -> c.show(baseline.isPresent()
                ? ChartData.of(c.spec(), projection, name, baseline.get())
                : ChartData.of(c.spec(), projection)));
    }

    /** Legends give the change from the baseline in the summary's year. */
    private void readAt(Integer year) {
        OptionalDouble reading = year == null ? OptionalDouble.empty() : OptionalDouble.of(year);
        all().forEach(c -> c.setReadingYear(reading));
    }

    /** The tab shown is the window state's detail tab, whichever side changes it (a click, Ctrl+2, a file). */
    private void followDetailTab(Tab miningTab, Tab edgeTab) {
        var chosen = viewModel.window().detailTabProperty();
        details.getSelectionModel().select(chosen.get() == DetailTab.MINING ? miningTab : edgeTab);
        chosen.addListener((obs, old, now) -> details.getSelectionModel().select(now == DetailTab.MINING ? miningTab : edgeTab));
        details.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            chosen.set(now == miningTab ? DetailTab.MINING : DetailTab.EDGE_AI);
            showTab(now == miningTab);
        });
        showTab(chosen.get() == DetailTab.MINING);
    }

    private void showTab(boolean miningShown) {
        mining.charts().forEach(c -> c.setShown(miningShown));
        edge.charts().forEach(c -> c.setShown(!miningShown));
    }

    private static ChartRow row(List<ChartSpec> specs) {
        List<ChartView> views = new ArrayList<>();
        for (ChartSpec spec : specs) {
            views.add(new ChartView(spec, true));
        }
        return new ChartRow(views);
    }
}
