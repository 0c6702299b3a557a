package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import org.divergence.figure.Painter.Layer;
import org.divergence.figure.Theme;
import org.divergence.model.Parameter;
import org.divergence.ui.charts.ChartView;
import org.divergence.ui.explorer.TextSize;

/**
 * What a frame draws again: while a lever is dragged only the charts' data, not their titles, grids
 * and axes; anything that changes the whole look draws everything. The lever column is drawn as it
 * is, not through a bitmap of itself. These keep a frame's painting short in the software pipeline
 * (docs/BENCHMARKS.md, "Painted frames").
 */
class ChartLayersFxTest extends SharedWindowTest {

    @Test
    void whileALeverIsDraggedOnlyTheDataIsDrawnAgain() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        ChartView nakamoto = driver.reveal("nakamoto");
        ChartView headline = driver.chart("chart-headline");
        Node thumb = WindowDriver.onFx(() -> driver.slider(Parameter.ELECTRICITY_PRICE).lookup(".thumb"));
        user.moveTo(thumb).press(MouseButton.PRIMARY).moveBy(4, 0);
        driver.awaitFrame();
        Map<Layer, Long> headlineBefore = counts(headline);
        Map<Layer, Long> nakamotoBefore = counts(nakamoto);
        try {
            for (int i = 0; i < 8; i++) {
                user.moveBy(i % 2 == 0 ? 15 : -9, 0);
                driver.awaitFrame();
            }
        } finally {
            user.release(MouseButton.PRIMARY);
        }

        for (ChartView chart : new ChartView[] {headline, nakamoto}) {
            Map<Layer, Long> before = chart == headline ? headlineBefore : nakamotoBefore;
            Map<Layer, Long> after = counts(chart);
            String name = chart.getId();
            assertThat(after.get(Layer.DATA) - before.get(Layer.DATA)).as(name + ": data drawn in every frame").isGreaterThanOrEqualTo(8);
            // The held axis may grow once or twice; titles, grid and axes are not drawn in every frame.
            assertThat(after.get(Layer.BACK) - before.get(Layer.BACK)).as(name + ": back").isLessThanOrEqualTo(2);
        }
    }

    /**
     * A chart's canvases sit on whole pixels, so the software pipeline copies their bitmaps into the
     * window; between pixels (as the detail charts below the chart chooser were) it resamples them,
     * half as much again of a frame's painting.
     */
    @Test
    void everyChartShownSitsOnWholePixels() {
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        List<String> problems = new ArrayList<>();
        double[][] sizes = {{1440, 900}, {1280, 720}, {1024, 700}, {1920, 1080}};
        for (TextSize textSize : TextSize.values()) {
            robot.interact(() -> shared.state().textSizeProperty().set(textSize));
            for (double[] size : sizes) {
                shared.layOutAt(size[0], size[1]);
                for (int tab = 0; tab < 2; tab++) {
                    int chosen = tab;
                    robot.interact(() -> tabs.getSelectionModel().select(chosen));
                    shared.layOutAt(size[0], size[1]);
                    problems.addAll(WindowDriver.onFx(() -> offPixel(textSize + " " + (int) size[0] + "x" + (int) size[1])));
                }
            }
        }
        robot.interact(() -> shared.state().textSizeProperty().set(TextSize.NORMAL));

        assertThat(problems).isEmpty();
    }

    /** The charts shown whose canvases start or end between pixels. */
    private List<String> offPixel(String where) {
        List<String> problems = new ArrayList<>();
        charts:
        for (Node node : robot.lookup(".chart-view").queryAll()) {
            if (!node.isVisible() || !node.getParent().isVisible() || node.getScene() == null) {
                continue;
            }
            for (Node canvas : ((ChartView) node).getChildrenUnmodifiable()) {
                if (canvas instanceof javafx.scene.canvas.Canvas) {
                    Bounds b = canvas.localToScene(canvas.getLayoutBounds());
                    for (double edge : new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()}) {
                        if (Math.abs(edge - Math.rint(edge)) > 1e-6) {
                            problems.add(node.getId() + " at " + where + ": " + b);
                            continue charts;
                        }
                    }
                }
            }
        }
        return problems;
    }

    @Test
    void aNewThemeDrawsEveryLayer() {
        ChartView headline = new WindowDriver(robot, viewModel).chart("chart-headline");
        Map<Layer, Long> before = counts(headline);
        robot.interact(() -> viewModel.window().themeProperty().set(Theme.DARK));
        Map<Layer, Long> after = counts(headline);
        robot.interact(() -> viewModel.window().themeProperty().set(Theme.LIGHT));

        for (Layer layer : Layer.values()) {
            assertThat(after.get(layer)).as(layer.name()).isGreaterThan(before.get(layer));
        }
    }

    @Test
    void theLeverColumnIsNotKeptAsABitmap() {
        Node viewport = robot.lookup("#lever-panel").queryAs(javafx.scene.control.ScrollPane.class).lookup(".viewport");
        assertThat(viewport).isNotNull();
        assertThat(WindowDriver.onFx(viewport::isCache)).isFalse();
    }

    private static Map<Layer, Long> counts(ChartView chart) {
        return WindowDriver.onFx(() -> {
            Map<Layer, Long> counts = new EnumMap<>(Layer.class);
            for (Layer layer : Layer.values()) {
                counts.put(layer, chart.timesDrawn(layer));
            }
            return counts;
        });
    }

    /**
     * Between the window's root and a chart no container paints a background: the root paints the
     * theme's once. (In the software pipeline every background in a frame's repainted area is filled
     * again each frame, a transparent one too; they were half the render thread's time while dragging.)
     */
    @Test
    void onlyTheRootPaintsABackgroundBehindTheCharts() {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> shared.state().themeProperty().set(theme));
            user.settle();
            for (String id : List.of("#chart-headline", "#chart-mining-shares")) {
                List<String> painted = TestWindow.onFx(() -> {
                    List<String> found = new ArrayList<>();
                    Node root = stage.getScene().getRoot();
                    for (Node n = stage.getScene().lookup(id).getParent(); n != null && n != root; n = n.getParent()) {
                        if (n instanceof javafx.scene.layout.Region r && r.getBackground() != null
                                && !r.getBackground().getFills().isEmpty()) {
                            found.add(r.getClass().getSimpleName() + r.getStyleClass());
                        }
                    }
                    return found;
                });
                assertThat(painted).as(theme + ", above " + id).isEmpty();
            }
        }
    }
}
