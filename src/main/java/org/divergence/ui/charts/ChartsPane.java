package org.divergence.ui.charts;

import org.divergence.ui.explorer.WindowText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.divergence.figure.ChartRenderer;
import org.divergence.figure.ChartSpec;
import org.divergence.figure.Charts;
import org.divergence.figure.Drawing;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.ui.explorer.DetailTab;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * All charts, live: the headline decentralization chart on top, mining and edge-AI detail below in
 * tabs, each drawn from its description in {@link Charts}; a tab's view is built when it is first
 * chosen ({@link LazyTab}). Each projection is drawn in the frame it
 * was computed in; charts in the hidden tab wait until it is shown. Axes only grow while a lever is
 * dragged and fit the data again when it is released.
 *
 * <p>Every chart shown keeps a readable plot, the headline's at least {@value #HEADLINE_PLOT} px tall.
 * Where the window is too short for the headline and the detail charts one above the other (a small
 * window, large text), the headline becomes the first tab, "Overview", beside the detail tabs.
 */
public final class ChartsPane extends SplitPane {

    /** The headline's plot never gets shorter than this (px), so the back row can read it. */
    static final double HEADLINE_PLOT = 200;

    private final ExplorerViewModel viewModel;
    private final ChartView headline = new ChartView(Charts.HEADLINE, false);
    private final ChartRow mining;
    private final TabPane details = new TabPane();
    private final Tab overviewTab = new Tab();
    private final Tab miningTab;
    // Every tab but the one shown first is built when first chosen (LazyTab).
    private final LazyTab<ChartRow> edgeTab;
    private final LazyTab<TornadoView> sensitivityTab;
    private final LazyTab<RegimeMapView> regimeMapTab;
    private final List<LazyTab<?>> lazyTabs = new ArrayList<>();
    private Consumer<ChartSpec> exportChart;
    private Consumer<Function<ScenarioDocument, Drawing>> exportAnalysis;
    /** True while the headline is a tab of its own (no room for it above the detail charts). */
    private boolean tabbed;

    public ChartsPane(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        WindowText text = viewModel.window().text();
        mining = row(Charts.MINING_DETAIL, text);
        miningTab = new Tab(null, mining);
        edgeTab = lazy("tab-edge", () -> {
            ChartRow edge = row(Charts.EDGE_DETAIL, text);
            ChartFeed.connect(viewModel, edge.charts());
            edge.charts().forEach(this::exportFrom);
            return edge;
        }, ChartRow::setActive);
        sensitivityTab = lazy("tab-sensitivity", () -> analysis(new TornadoView(viewModel)), TornadoView::setActive);
        regimeMapTab = lazy("tab-regime-map", () -> analysis(new RegimeMapView(viewModel)), RegimeMapView::setActive);
        overviewTab.textProperty().bind(text.get("charts.overview"));
        miningTab.textProperty().bind(text.get(DetailTab.MINING.textKey()));
        edgeTab.textProperty().bind(text.get(DetailTab.EDGE_AI.textKey()));
        getStyleClass().add("charts-pane");
        getStylesheets().add(ChartsPane.class.getResource("charts.css").toExternalForm());
        setOrientation(Orientation.VERTICAL);
        headline.getStyleClass().add("headline-card");

        sensitivityTab.textProperty().bind(text.get("charts.sensitivityTab"));
        regimeMapTab.textProperty().bind(text.get("charts.regimeMapTab"));
        overviewTab.setId("tab-overview");
        miningTab.setId("tab-mining");
        details.getTabs().addAll(miningTab, edgeTab, sensitivityTab, regimeMapTab);
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.getStyleClass().add("detail-tabs");
        details.setId("detail-tabs");
        details.accessibleHelpProperty().bind(text.get("charts.detailsHelp"));

        getItems().addAll(headline, details);
        setDividerPositions(0.48);
        ChartFeed.connect(viewModel, all().toList());
        followDetailTab();
    }

    private <T extends Node> LazyTab<T> lazy(String id, Supplier<T> build, BiConsumer<T, Boolean> shownChanged) {
        LazyTab<T> tab = new LazyTab<>(id, build, shownChanged);
        lazyTabs.add(tab);
        return tab;
    }

    private <T extends AnalysisView> T analysis(T view) {
        if (exportAnalysis != null) {
            view.setOnExport(exportAnalysis);
        }
        return view;
    }

    private void exportFrom(ChartView chart) {
        if (exportChart != null) {
            chart.setOnExport(() -> exportChart.accept(chart.spec()));
        }
    }

    /**
     * The headline chart alone, fed like the window's (for presentation mode, which shows it without
     * the details).
     */
    public static ChartView headlineChart(ExplorerViewModel viewModel) {
        ChartView chart = new ChartView(Charts.HEADLINE, false);
        chart.setId("presentation-headline");
        ChartFeed.connect(viewModel, List.of(chart));
        return chart;
    }

    /**
     * Adds a tab right after the mining and edge-AI tabs for a view of another feature (the "Why?"
     * panel, Ctrl+3 after their Ctrl+1 and Ctrl+2), so it sits under the headline like the detail
     * charts and never takes room from them.
     */
    public Tab addTab(String id, String titleKey, Supplier<Node> content) {
        Tab tab = lazy(id, content, (view, shown) -> { });
        tab.textProperty().bind(viewModel.window().text().get(titleKey));
        details.getTabs().add(details.getTabs().indexOf(edgeTab) + 1, tab);
        return tab;
    }

    /** Shows the window state's detail tab, in place of a tab added with {@link #addTab}. */
    public void showDetailTab() {
        selectDetailTab();
    }

    /** What a chart's export button does: the app opens the export dialog on that chart. */
    public void setOnExport(Consumer<ChartSpec> action) {
        exportChart = action;
        all().forEach(this::exportFrom);
    }

    /**
     * What the export buttons of the sensitivity chart and the regime map do: the app exports the figure
     * they hand over, made for the open document.
     */
    public void setOnExportAnalysis(Consumer<Function<ScenarioDocument, Drawing>> action) {
        exportAnalysis = action;
        sensitivityTab.view().ifPresent(v -> v.setOnExport(action));
        regimeMapTab.view().ifPresent(v -> v.setOnExport(action));
    }

    /** Where the regime map's cells were drawn last (null before, or before its tab was opened), for tests. */
    public org.divergence.figure.RegimeMapChart.Plot regimeMapPlot() {
        return regimeMapTab.view().map(RegimeMapView::plot).orElse(null);
    }

    /** True while the headline is the "Overview" tab because the window is too short for it above the details. */
    public boolean isTabbed() { return tabbed; }

    /** Every chart built, headline first (the edge-AI charts once their tab has been chosen). */
    List<ChartView> charts() {
        return all().toList();
    }

    private Stream<ChartView> all() {
        return Stream.concat(Stream.of(headline), Stream.concat(mining.charts().stream(),
                edgeTab.view().stream().flatMap(edge -> edge.charts().stream())));
    }

    @Override
    protected void layoutChildren() {
        arrange();
        super.layoutChildren();
    }

    /**
     * Headline above the details while both fit with readable plots (the divider cannot squeeze
     * either below that), else the headline as a tab of its own.
     */
    private void arrange() {
        if (headline.data() == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        FxPainter measuring = new FxPainter();
        double width = getWidth() - getInsets().getLeft() - getInsets().getRight();
        double em = headline.look().em();
        double headlineMin = ChartRenderer.heightFor(measuring, headline.data(), headline.look(), width, HEADLINE_PLOT)
                + headline.snappedTopInset() + headline.snappedBottomInset();
        ChartView detail = mining.charts().get(0);
        double detailMin = detail.data() == null ? 0
                : ChartRenderer.heightFor(measuring, detail.data(), detail.look().legendSpace(0), width, ChartRow.MIN_PLOT_EM * em)
                        + 6 * em; // the tab row and the chart chooser above the chart
        double divider = 0.5 * em;
        boolean fits = getHeight() - getInsets().getTop() - getInsets().getBottom() >= headlineMin + detailMin + divider;
        if (fits == tabbed) {
            setTabbed(!fits);
        }
        headline.setMinHeight(tabbed ? 0 : headlineMin);
        details.setMinHeight(tabbed ? 0 : detailMin);
    }

    private void setTabbed(boolean now) {
        tabbed = now;
        boolean overviewChosen = details.getSelectionModel().getSelectedItem() == overviewTab;
        if (now) {
            getItems().remove(headline);
            overviewTab.setContent(headline);
            details.getTabs().add(0, overviewTab);
            details.getSelectionModel().select(overviewTab);
        } else {
            details.getTabs().remove(overviewTab);
            overviewTab.setContent(null);
            getItems().add(0, headline);
            setDividerPositions(0.48);
            if (overviewChosen) {
                selectDetailTab();
            }
        }
        headline.setShown(!now || details.getSelectionModel().getSelectedItem() == overviewTab);
    }

    /**
     * The detail tab shown is the window state's detail tab, whichever side changes it (a click,
     * Ctrl+2, a file). Choosing the Overview tab leaves the window state's choice as it was.
     */
    private void followDetailTab() {
        var chosen = viewModel.window().detailTabProperty();
        selectDetailTab();
        chosen.addListener((obs, old, now) -> selectDetailTab());
        details.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == miningTab || now == edgeTab) {
                chosen.set(now == miningTab ? DetailTab.MINING : DetailTab.EDGE_AI);
            }
            showTab(now);
        });
        showTab(details.getSelectionModel().getSelectedItem());
    }

    private void selectDetailTab() {
        details.getSelectionModel().select(viewModel.window().detailTabProperty().get() == DetailTab.MINING ? miningTab : edgeTab);
    }

    private void showTab(Tab shown) {
        mining.setActive(shown == miningTab);
        lazyTabs.forEach(tab -> tab.follow(shown));
        headline.setShown(!tabbed || shown == overviewTab);
    }

    private static ChartRow row(List<ChartSpec> specs, WindowText text) {
        List<ChartView> views = new ArrayList<>();
        for (ChartSpec spec : specs) {
            views.add(new ChartView(spec, true));
        }
        return new ChartRow(views, text);
    }
}
