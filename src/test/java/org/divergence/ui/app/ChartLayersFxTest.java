package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import org.divergence.figure.Painter.Layer;
import org.divergence.figure.Theme;
import org.divergence.model.Parameter;
import org.divergence.ui.charts.ChartView;

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
            assertThat(after.get(Layer.FRONT) - before.get(Layer.FRONT)).as(name + ": front").isLessThanOrEqualTo(2);
        }
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
}
