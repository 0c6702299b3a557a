package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.divergence.figure.Charts;
import org.divergence.figure.PlotArea;
import org.divergence.figure.Rendering;
import org.divergence.figure.Rendering.DrawnText;
import org.divergence.figure.Rendering.Kind;
import org.divergence.figure.Scale;
import org.divergence.ui.charts.ChartView;
import org.divergence.text.Language;
import org.divergence.ui.explorer.TextSize;

/**
 * What the charts print, at the window sizes people use: every axis labels both ends, no text
 * overlaps another or runs out of its chart, plots side by side are one size, and the headline
 * explains its scale. Read from what each chart's renderer drew (its texts and their boxes).
 */
class ChartLabelsFxTest extends SharedWindowTest {

    private static final List<String> CHARTS = Charts.ALL.stream().map(c -> "chart-" + c.id()).toList();

    /** German words run longer (Strompreis an der Gewinnschwelle): every layout is checked in each language. */
    private void speak(Language language) {
        robot.interact(() -> shared.state().text().languageProperty().set(language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyAxisLabelsBothEndsAndNoTextOverlapsOrIsCutAtEveryWindowSize(Language language) {
        speak(language);
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        int[] heights = {720, 760, 800};
        List<String> problems = new ArrayList<>();
        int[] checked = {0, 0};
        // Every few pixels from the narrowest window to the test screen's width, from the projector's
        // 720 pixels up: which sizes lost a label depended on rounding, so a handful is not enough.
        // All sizes in one go on the FX thread: the window's content is laid out at each size, as the
        // window would lay it out, without resizing the window itself (resizing the headless window
        // between paints made Monocle fail with "Too small int buffer size").
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            for (int width = 960, n = 0; width <= 1280; width += 7, n++) {
                int h = heights[n % heights.length];
                checked[0]++;
                layOut(root, width, h);
                for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
                    tabs.getSelectionModel().select(tab);
                    layOut(root, width, h);
                    if (isAnalysis(tabs.getTabs().get(tab))) {
                        problems.addAll(problemsOfAnalysis(tabs.getTabs().get(tab), width + "x" + h));
                        continue;
                    }
                    int before = checked[1];
                    for (String id : CHARTS) {
                        ChartView chart = (ChartView) stage.getScene().lookup("#" + id);
                        if (chart.isShown()) {
                            checked[1]++;
                            problems.addAll(problemsOf(chart, id + " at " + width + "x" + h));
                        }
                    }
                    boolean chartTab = !"tab-why".equals(tabs.getTabs().get(tab).getId()); // the "Why?" panel has no chart
                    if (checked[1] == before && chartTab) {
                        problems.add("no chart shown at " + width + "x" + h + " in tab " + tab);
                    }
                }
            }
            tabs.getSelectionModel().select(0);
            layOut(root, stage.getScene().getWidth(), stage.getScene().getHeight());
        });

        assertThat(problems).isEmpty();
        assertThat(checked[0]).as("window sizes").isEqualTo(46);
        assertThat(checked[1]).as("charts checked").isGreaterThanOrEqualTo(46 * 2);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyChartShownKeepsAReadablePlotWithWholeLabelsAtEverySizeAndTextSize(Language language) {
        speak(language);
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        double[][] sizes = {{1024, 700}, {1280, 720}, {1920, 1080}};
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            for (TextSize size : TextSize.values()) {
                shared.state().textSizeProperty().set(size);
                for (double[] window : sizes) {
                    String where = (int) window[0] + "x" + (int) window[1] + " " + size;
                    layOut(root, window[0], window[1]);
                    for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
                        tabs.getSelectionModel().select(tab);
                        layOut(root, window[0], window[1]);
                        if (isAnalysis(tabs.getTabs().get(tab))) {
                            problems.addAll(problemsOfAnalysis(tabs.getTabs().get(tab), where));
                            continue;
                        }
                        for (javafx.scene.Node choice : tabs.getSelectionModel().getSelectedItem().getContent()
                                .lookupAll(".chart-chooser .toggle-button")) {
                            if (choice.isVisible()) {
                                ((javafx.scene.control.ToggleButton) choice).fire();
                                layOut(root, window[0], window[1]);
                            }
                            checkShownCharts(where, problems, seen);
                        }
                        checkShownCharts(where, problems, seen);
                    }
                }
            }
            shared.state().textSizeProperty().set(TextSize.NORMAL);
            tabs.getSelectionModel().select(0);
            layOut(root, stage.getScene().getWidth(), stage.getScene().getHeight());
        });

        assertThat(problems).isEmpty();
        // Every chart was seen at every size and text size, in one arrangement or another.
        for (TextSize size : TextSize.values()) {
            for (double[] window : sizes) {
                String where = (int) window[0] + "x" + (int) window[1] + " " + size;
                assertThat(CHARTS).allSatisfy(id -> assertThat(seen).as(where).contains(id + " at " + where));
            }
        }
    }

    /** The headline's plot at least 200 px tall, a detail plot at least 100 px; titles whole; legends smaller than plots. */
    private void checkShownCharts(String where, List<String> problems, List<String> seen) {
        for (String id : CHARTS) {
            ChartView chart = (ChartView) stage.getScene().lookup("#" + id);
            if (!chart.isShown() || !chart.isVisible() || chart.getScene() == null) {
                continue;
            }
            seen.add(id + " at " + where);
            Rendering drawn = chart.rendering().orElseThrow();
            PlotArea plot = drawn.plot();
            double least = id.equals("chart-headline") ? 199.5 : 100;
            if (plot.height() < least) {
                problems.add(id + " at " + where + ": plot only " + Math.round(plot.height()) + " px tall");
            }
            String title = String.join(" ", drawn.of(Kind.TITLE).stream().map(DrawnText::text).toList());
            if (!title.equals(chart.spec().title())) {
                problems.add(id + " at " + where + ": title shown as \"" + title + "\"");
            }
            List<DrawnText> legend = drawn.of(Kind.LEGEND);
            double legendHeight = legend.stream().mapToDouble(DrawnText::bottom).max().orElse(0)
                    - legend.stream().mapToDouble(DrawnText::y).min().orElse(0);
            double legendWidth = legend.stream().mapToDouble(DrawnText::right).max().orElse(0)
                    - legend.stream().mapToDouble(DrawnText::x).min().orElse(0);
            boolean under = legend.stream().allMatch(t -> t.y() >= plot.bottom());
            if (under ? legendHeight > plot.height() : legendWidth > plot.width()) {
                problems.add(id + " at " + where + ": the legend takes more room than the plot");
            }
            problems.addAll(problemsOf(chart, id + " at " + where));
        }
    }

    /** The sensitivity and regime-map tabs hold a drawing under a row of choices, not charts. */
    private static boolean isAnalysis(javafx.scene.control.Tab tab) {
        return "tab-sensitivity".equals(tab.getId()) || "tab-regime-map".equals(tab.getId());
    }

    /**
     * An analysis tab at a size: its choices and export button inside the tab, each choice whole (not
     * squeezed below its preferred width), and a drawing at least 150 px tall and 300 px wide.
     */
    private static List<String> problemsOfAnalysis(javafx.scene.control.Tab tab, String where) {
        List<String> problems = new ArrayList<>();
        javafx.scene.layout.Region view = (javafx.scene.layout.Region) tab.getContent();
        javafx.geometry.Bounds area = view.localToScene(view.getLayoutBounds());
        for (javafx.scene.Node node : view.lookupAll(".analysis-bar .combo-box, .analysis-bar .button, .analysis-caption")) {
            javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMinX() < area.getMinX() - 0.5 || b.getMaxX() > area.getMaxX() + 0.5) {
                problems.add(tab.getId() + " at " + where + ": " + node.getId() + " sticks out of the tab");
            }
            if (node instanceof javafx.scene.layout.Region r && r.getWidth() < r.prefWidth(-1) - 0.5) {
                problems.add(tab.getId() + " at " + where + ": " + node + " squeezed to " + Math.round(r.getWidth()) + " px");
            }
        }
        javafx.scene.Node drawing = view.lookup(".drawing-canvas");
        javafx.geometry.Bounds d = drawing.getLayoutBounds();
        if (d.getHeight() < 150 || d.getWidth() < 300) {
            problems.add(tab.getId() + " at " + where + ": drawing only " + Math.round(d.getWidth()) + " x "
                    + Math.round(d.getHeight()) + " px");
        }
        return problems;
    }

    /** Lays the window's content out at a size as the window would, until it settles (levers folding, tabs). */
    private static void layOut(Parent root, double width, double height) {
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.resize(width, height);
            root.layout();
        }
    }

    @Test
    void detailPlotsSideBySideAreOneSizeAndTheirLegendsShowWholeAt1080p() {
        shared.layOutAt(1920, 1080);
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        List<List<String>> rows = List.of(List.of("chart-mining-shares", "chart-nakamoto", "chart-breakeven"),
                List.of("chart-inference-shares", "chart-token-cost"));
        for (int tab = 0; tab < rows.size(); tab++) {
            int selected = tab;
            robot.interact(() -> tabs.getSelectionModel().select(selected));
            List<ChartView> charts = rows.get(selected).stream().map(id -> robot.lookup("#" + id).queryAs(ChartView.class)).toList();
            List<PlotArea> plots = WindowDriver.onFx(() -> charts.stream()
                    .map(c -> c.rendering().orElseThrow().plot()).toList());
            for (PlotArea plot : plots) {
                assertThat(plot.height()).as("plot height").isGreaterThan(80)
                        .isCloseTo(plots.get(0).height(), Offset.offset(1.0));
                assertThat(plot.top()).as("plot top").isCloseTo(plots.get(0).top(), Offset.offset(1.0));
            }
            int legendItems = 0;
            for (ChartView chart : charts) {
                Rendering drawn = WindowDriver.onFx(() -> chart.rendering().orElseThrow());
                legendItems += drawn.of(Kind.LEGEND).size();
                assertThat(problemsOf(chart, chart.getId() + " at 1920x1080")).isEmpty();
            }
            assertThat(legendItems).isEqualTo(selected == 0 ? 4 + 1 + 5 : 2 + 2);
        }
    }

    @Test
    void titlesAndAxisLabelsShowWholeAt720p() {
        shared.layOutAt(1280, 720);
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        for (int tab = 0; tab < 2; tab++) {
            int selected = tab;
            robot.interact(() -> tabs.getSelectionModel().select(selected));
            for (String id : CHARTS) {
                ChartView chart = robot.lookup("#" + id).queryAs(ChartView.class);
                if (!WindowDriver.onFx(chart::isShown)) {
                    continue;
                }
                Rendering drawn = WindowDriver.onFx(() -> chart.rendering().orElseThrow());
                assertThat(String.join(" ", drawn.of(Kind.TITLE).stream().map(DrawnText::text).toList()))
                        .isEqualTo(chart.spec().title());
                assertThat(drawn.of(Kind.AXIS_LABEL)).extracting(DrawnText::text)
                        .containsExactlyInAnyOrder("Year", chart.spec().axis().label());
                assertThat(problemsOf(chart, id)).isEmpty();
            }
        }
    }

    @Test
    void theHeadlineChartExplainsItsScaleUnderItsTitleAt720p() {
        shared.layOutAt(1280, 720);
        ChartView chart = robot.lookup("#chart-headline").queryAs(ChartView.class);
        Rendering drawn = WindowDriver.onFx(() -> chart.rendering().orElseThrow());

        String caption = String.join(" ", drawn.of(Kind.SUBTITLE).stream().map(DrawnText::text).toList());
        assertThat(caption).startsWith("Index = 25 × log10(effective number of independent operators)")
                .contains("0 = one operator", "50 = 100", "75 = 1,000 equal operators")
                .isEqualTo(Charts.HEADLINE.subtitle());
        // Above the plot, not inside it, and whole.
        for (DrawnText line : drawn.of(Kind.SUBTITLE)) {
            assertThat(line.bottom()).isLessThanOrEqualTo(drawn.plot().top());
        }
        assertThat(problemsOf(chart, "headline")).isEmpty();
        assertThat(chart.getAccessibleText()).contains(Charts.HEADLINE.subtitle());
    }

    /**
     * What is wrong with what a chart drew: an axis without both end labels, a text outside the chart,
     * two texts on top of each other. On the FX thread.
     */
    private static List<String> problemsOf(ChartView chart, String where) {
        List<String> problems = new ArrayList<>();
        Rendering drawn = WindowDriver.onFx(() -> chart.rendering().orElse(null));
        if (drawn == null) {
            return List.of(where + ": nothing drawn");
        }
        PlotArea plot = drawn.plot();
        List<String> years = drawn.of(Kind.YEAR_TICK).stream().map(DrawnText::text).toList();
        // Ticks are written with the language's decimal separator (0,05 in German), never grouped.
        List<String> values = drawn.of(Kind.VALUE_TICK).stream().map(t -> t.text().replace(',', '.')).toList();
        if (!years.contains(Scale.yearLabel(plot.years().lower())) || !years.contains(Scale.yearLabel(plot.years().upper()))) {
            problems.add(where + ": year axis without both ends, shown " + years);
        }
        Scale v = plot.values();
        if (!values.contains(v.label(v.lower())) || !values.contains(v.label(v.upper()))) {
            problems.add(where + ": value axis without both ends, shown " + values);
        }
        Bounds bounds = chart.getLayoutBounds();
        for (DrawnText text : drawn.texts()) {
            if (text.x() < -0.5 || text.y() < -0.5 || text.right() > bounds.getWidth() + 0.5 || text.bottom() > bounds.getHeight() + 0.5) {
                problems.add(where + ": \"" + text.text() + "\" runs out of the chart");
            }
        }
        List<DrawnText> texts = drawn.texts();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (texts.get(i).overlaps(texts.get(j))) {
                    problems.add(where + ": \"" + texts.get(i).text() + "\" overlaps \"" + texts.get(j).text() + "\"");
                }
            }
        }
        return problems;
    }
}
