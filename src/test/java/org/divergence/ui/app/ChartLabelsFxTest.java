package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** What the charts print, at the window sizes people use: every axis labels both ends, the headline explains its scale. */
class ChartLabelsFxTest extends SharedWindowTest {

    private static final List<String> CHARTS = List.of("chart-headline", "chart-mining-shares", "chart-nakamoto",
            "chart-breakeven", "chart-inference-shares", "chart-token-cost");

    @Test
    void everyAxisLabelsBothEndsAtEveryWindowSize() {
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        int[] heights = {720, 760, 800};
        List<String> problems = new ArrayList<>();
        int[] checked = {0, 0};
        // Every few pixels from the narrowest window to the test screen's width, from the projector's
        // 720 pixels up: which sizes lost a label depended on rounding, so a handful is not enough.
        // All sizes in one go on the FX thread: the window's content is laid out at each size, as the
        // window would lay it out, without resizing the window itself. Resizing the headless window
        // between paints is what made its screen fail ("Too small int buffer size") and took seconds.
        robot.interact(() -> {
            javafx.scene.Parent root = stage.getScene().getRoot();
            for (int width = 960, n = 0; width <= 1280; width += 7, n++) {
                int h = heights[n % heights.length];
                checked[0]++;
                for (int tab = 0; tab < 2; tab++) {
                    tabs.getSelectionModel().select(tab);
                    root.applyCss();
                    root.resize(width, h);
                    root.layout();
                    for (String id : CHARTS) {
                        XYChart<?, ?> chart = (XYChart<?, ?>) stage.getScene().lookup("#" + id);
                        if (isShowing(chart)) {
                            checked[1]++;
                            String where = id + " at " + width + "x" + h;
                            endsLabelled(chart.getXAxis(), where + ", x axis").ifPresent(problems::add);
                            endsLabelled(chart.getYAxis(), where + ", y axis").ifPresent(problems::add);
                        }
                    }
                }
            }
            tabs.getSelectionModel().select(0);
            root.resize(stage.getScene().getWidth(), stage.getScene().getHeight());
            root.layout();
        });

        assertThat(problems).isEmpty();
        assertThat(checked[0]).as("window sizes").isEqualTo(46);
        // On each size: the headline and the three mining charts, then the headline and the two edge-AI charts.
        assertThat(checked[1]).as("charts checked").isEqualTo(46 * (4 + 3));
    }

    @Test
    void detailPlotsSideBySideAreOneSizeAndTheirLegendsShowWholeAt720p() {
        shared.layOutAt(1280, 720);
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        List<List<String>> rows = List.of(List.of("chart-mining-shares", "chart-nakamoto", "chart-breakeven"),
                List.of("chart-inference-shares", "chart-token-cost"));
        for (int tab = 0; tab < rows.size(); tab++) {
            int selected = tab;
            robot.interact(() -> tabs.getSelectionModel().select(selected));
            WaitForAsyncUtils.waitForFxEvents();
            List<javafx.geometry.Bounds> plots = WindowDriver.onFx(() -> rows.get(selected).stream().map(id -> {
                javafx.scene.Node plot = robot.lookup("#" + id).query().lookup(".chart-plot-background");
                return plot.localToScene(plot.getLayoutBounds());
            }).toList());
            for (javafx.geometry.Bounds plot : plots) {
                assertThat(plot.getHeight()).as("plot height").isGreaterThan(80)
                        .isCloseTo(plots.get(0).getHeight(), org.assertj.core.data.Offset.offset(1.0));
                assertThat(plot.getMinY()).as("plot top").isCloseTo(plots.get(0).getMinY(), org.assertj.core.data.Offset.offset(1.0));
            }
            double bottom = WindowDriver.onFx(() -> tabs.localToScene(tabs.getLayoutBounds()).getMaxY());
            List<Label> items = WindowDriver.onFx(() -> tabs.getSelectionModel().getSelectedItem().getContent()
                    .lookupAll(".series-legend .chart-legend-item").stream().map(n -> (Label) n).toList());
            assertThat(items).hasSize(selected == 0 ? 10 : 4);
            for (Label item : items) {
                assertThat(WindowDriver.onFx(() -> item.localToScene(item.getLayoutBounds()).getMaxY()))
                        .as(item.getText() + " inside the tab").isLessThanOrEqualTo(bottom);
                assertThat(((Text) item.lookup(".text")).getText()).as("not cut short").isEqualTo(item.getText());
            }
        }
    }

    @Test
    void titlesAndAxisLabelsShowWholeAt720p() {
        shared.layOutAt(1280, 720);
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        for (int tab = 0; tab < 2; tab++) {
            int selected = tab;
            robot.interact(() -> tabs.getSelectionModel().select(selected));
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : CHARTS) {
                XYChart<?, ?> chart = robot.lookup("#" + id).queryAs(XYChart.class);
                if (!WindowDriver.onFx(() -> isShowing(chart))) {
                    continue;
                }
                List<Label> labels = WindowDriver.onFx(() -> java.util.stream.Stream.concat(
                                chart.lookupAll(".chart-title").stream(), chart.lookupAll(".axis-label").stream())
                        .map(n -> (Label) n).filter(l -> l.getText() != null && l.isVisible()).toList());
                assertThat(labels).as(id + " title and axis labels").hasSizeGreaterThanOrEqualTo(2);
                for (Label label : labels) {
                    assertThat(((Text) label.lookup(".text")).getText()).as(id + ": " + label.getText() + " not cut short")
                            .isEqualTo(label.getText());
                }
            }
        }
    }

    @Test
    void theHeadlineChartExplainsItsScaleUnderItsTitleAt720p() {
        shared.layOutAt(1280, 720);
        WaitForAsyncUtils.waitForFxEvents();
        Label caption = robot.lookup("#headline-caption").queryAs(Label.class);
        XYChart<?, ?> chart = robot.lookup("#chart-headline").queryAs(XYChart.class);

        assertThat(caption.getText()).startsWith("Index = 25 × log10(effective number of independent operators)")
                .contains("0 = one operator", "50 = 100", "75 = 1,000 equal operators");
        assertThat(caption.isVisible()).isTrue();
        // Shown whole (no "..."), above the plot rather than inside it.
        Text shown = (Text) caption.lookup(".text");
        assertThat(shown.getText()).isEqualTo(caption.getText());
        double captionBottom = WindowDriver.onFx(() -> caption.localToScene(caption.getLayoutBounds()).getMaxY());
        double plotTop = WindowDriver.onFx(() -> {
            var plot = chart.lookup(".chart-plot-background");
            return plot.localToScene(plot.getLayoutBounds()).getMinY();
        });
        assertThat(captionBottom).isLessThanOrEqualTo(plotTop);
        assertThat(chart.getAccessibleText()).contains(caption.getText());
    }

    /** On the selected tab (a chart on the other tab is not in the scene graph's visible part). */
    private static boolean isShowing(XYChart<?, ?> chart) {
        for (javafx.scene.Node n = chart; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return chart.getScene() != null && chart.getWidth() > 0;
    }

    /** The first and last tick labels (lowest and highest value) are both drawn; on the FX thread. */
    private static java.util.Optional<String> endsLabelled(Axis<?> axis, String where) {
        List<Text> labels = axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> (Text) n).toList();
        List<String> shown = labels.stream().filter(Text::isVisible).map(Text::getText).toList();
        if (labels.size() < 2) {
            return java.util.Optional.of(where + ": fewer than two tick labels");
        }
        if (!labels.get(0).isVisible() || !labels.get(labels.size() - 1).isVisible()) {
            return java.util.Optional.of(where + " does not show both end labels; shown: " + shown);
        }
        return java.util.Optional.empty();
    }
}
