package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.divergence.ui.explorer.ExplorerViewModel;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the charts print, at the window sizes people use: every axis labels both ends, the headline explains its scale. */
class ChartLabelsFxTest {

    private static final List<String> CHARTS = List.of("chart-headline", "chart-mining-shares", "chart-nakamoto",
            "chart-breakeven", "chart-inference-shares", "chart-token-cost");

    @TempDir
    static Path folder;
    private static TestWindow shared;
    private final FxRobot robot = new FxRobot();
    private ExplorerViewModel viewModel;
    private Stage stage;

    @BeforeAll
    static void openTheWindow() {
        shared = TestWindow.open(folder.resolve("data"));
    }

    @BeforeEach
    void resetTheWindow() {
        shared.reset(robot);
        viewModel = shared.viewModel();
        stage = shared.stage;
    }

    @Test
    void everyAxisLabelsBothEndsAtEveryWindowSize() {
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        int[] heights = {720, 760, 800};
        // Every few pixels from the narrowest window to the test screen's width, from the projector's
        // 720 pixels up: which sizes lost a label depended on rounding, so a handful is not enough.
        for (int width = 960, n = 0; width <= 1280; width += 7, n++) {
            int w = width;
            int h = heights[n % heights.length];
            for (int tab = 0; tab < 2; tab++) {
                int selected = tab;
                robot.interact(() -> {
                    stage.setWidth(w);
                    stage.setHeight(h);
                    tabs.getSelectionModel().select(selected);
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                });
                for (String id : CHARTS) {
                    XYChart<?, ?> chart = robot.lookup("#" + id).queryAs(XYChart.class);
                    if (WindowDriver.onFx(() -> isShowing(chart))) {
                        String where = id + " at " + w + "x" + h;
                        assertEndsLabelled(chart.getXAxis(), where + ", x axis");
                        assertEndsLabelled(chart.getYAxis(), where + ", y axis");
                    }
                }
            }
        }
    }

    @Test
    void detailPlotsSideBySideAreOneSizeAndTheirLegendsShowWholeAt720p() {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
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
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
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
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
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

    /** The first and last tick labels (lowest and highest value) are both drawn. */
    private static void assertEndsLabelled(Axis<?> axis, String where) {
        List<Text> labels = WindowDriver.onFx(() -> axis.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text).map(n -> (Text) n).toList());
        List<String> shown = WindowDriver.onFx(() -> labels.stream().filter(Text::isVisible).map(Text::getText).toList());
        assertThat(labels).as(where).hasSizeGreaterThanOrEqualTo(2);
        assertThat(WindowDriver.onFx(() -> labels.get(0).isVisible() && labels.get(labels.size() - 1).isVisible()))
                .as(where + " shows both end labels; shown: " + shown).isTrue();
    }
}
