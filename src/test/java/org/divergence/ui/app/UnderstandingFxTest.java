package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.divergence.figure.ChartData;
import org.divergence.model.Bands;
import org.divergence.model.Parameter;
import org.divergence.model.RegimeMap;
import org.divergence.ui.charts.ChartView;
import org.divergence.ui.explorer.RegimeMapRuns;
import org.junit.jupiter.api.Test;

/** The uncertainty bands on the charts, their toggle, and the regime map's clicks, in the real window. */
class UnderstandingFxTest extends SharedWindowTest {

    private ChartData headlineData() {
        ChartView headline = robot.lookup("#chart-headline").queryAs(ChartView.class);
        return WindowDriver.onFx(headline::data);
    }

    private void selectTab(String id) {
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    @Test
    void bandsFollowTheScenarioAndCtrlUTurnsThemOffAndOn() {
        robot.interact(() -> viewModel.set(Parameter.NPU_THROUGHPUT, 120));
        new WindowDriver(robot, viewModel).awaitFrame();
        shared.awaitBackgroundWork();

        Bands bands = WindowDriver.onFx(() -> viewModel.bands().bandsProperty().get());
        assertThat(bands.scenario()).isEqualTo(WindowDriver.onFx(viewModel::getScenario));
        assertThat(headlineData().band(0)).isPresent();

        user.press(KeyCode.SHORTCUT).type(KeyCode.U).release(KeyCode.SHORTCUT);
        assertThat(shared.state().bandsShownProperty().get()).isFalse();
        assertThat(headlineData().band(0)).isEmpty();
        CheckMenuItem item = (CheckMenuItem) WindowDriver.onFx(() -> stage.getScene().getRoot()
                .lookupAll(".menu-bar").stream().findFirst().map(bar -> ((javafx.scene.control.MenuBar) bar).getMenus()
                        .stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "menu-uncertainty-bands".equals(i.getId())).findFirst().orElseThrow()).orElseThrow());
        assertThat(WindowDriver.onFx(item::isSelected)).isFalse();

        user.press(KeyCode.SHORTCUT).type(KeyCode.U).release(KeyCode.SHORTCUT);
        shared.awaitBackgroundWork();
        assertThat(headlineData().band(0)).isPresent();
        assertThat(WindowDriver.onFx(item::isSelected)).isTrue();
    }

    @Test
    void aClickOnTheRegimeMapMovesBothLeversThereInOneUndoStep() {
        selectTab("tab-regime-map");
        shared.awaitBackgroundWork();
        RegimeMap map = WindowDriver.onFx(() -> viewModel.regimeMap().mapProperty().get());
        assertThat(map.columns()).isEqualTo(RegimeMapRuns.GRIDS.get(RegimeMapRuns.GRIDS.size() - 1));
        assertThat(map.xParameter()).isEqualTo(Parameter.ELECTRICITY_PRICE);
        assertThat(map.yParameter()).isEqualTo(Parameter.NPU_THROUGHPUT);

        Node canvas = robot.lookup("#regime-map-canvas").query();
        double[] plot = WindowDriver.onFx(() -> {
            var p = ((org.divergence.ui.charts.ChartsPane) stage.getScene().lookup(".charts-pane")).regimeMapPlot();
            return new double[] {p.left(), p.top(), p.width(), p.height()};
        });
        // The middle of the cell three quarters across and a quarter of the way up.
        int column = 3 * map.columns() / 4;
        int row = map.rows() / 4;
        double across = (column + 0.5) / map.columns();
        double up = (row + 0.5) / map.rows();
        Point2D target = WindowDriver.onFx(() -> canvas.localToScreen(plot[0] + across * plot[2],
                plot[1] + (1 - up) * plot[3]));
        user.clickOn(target);
        new WindowDriver(robot, viewModel).awaitFrame();

        assertThat(WindowDriver.onFx(() -> viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE)))
                .isEqualTo(Parameter.ELECTRICITY_PRICE.snap(map.x(column)));
        assertThat(WindowDriver.onFx(() -> viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)))
                .isEqualTo(Parameter.NPU_THROUGHPUT.snap(map.y(row)));
        robot.interact(() -> viewModel.history().undo());
        assertThat(WindowDriver.onFx(() -> viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE))).isEqualTo(0.05);
        assertThat(WindowDriver.onFx(() -> viewModel.getScenario().get(Parameter.NPU_THROUGHPUT))).isEqualTo(40);
    }

    @Test
    void theSensitivityTabShowsTheTornadoOfTheScenarioOnScreen() {
        selectTab("tab-sensitivity");
        shared.awaitBackgroundWork();
        var result = WindowDriver.onFx(() -> viewModel.sensitivity().resultProperty().get());
        assertThat(result.scenario()).isEqualTo(WindowDriver.onFx(viewModel::getScenario));
        assertThat(result.outcome().year()).isEqualTo(2035);

        robot.interact(() -> shared.state().setSummaryYear(2030));
        shared.awaitBackgroundWork();
        assertThat(WindowDriver.onFx(() -> viewModel.sensitivity().resultProperty().get().outcome().year())).isEqualTo(2030);
    }

    @Test
    void theSensitivityChartExportsAsAFigureThatCarriesItsScenario() throws Exception {
        robot.interact(() -> viewModel.set(Parameter.REGULATION_STRENGTH, 55));
        new WindowDriver(robot, viewModel).awaitFrame();
        selectTab("tab-sensitivity");
        shared.awaitBackgroundWork();
        java.nio.file.Path target = folder.resolve("tornado.svg");
        shared.chosenFiles.add(target);

        user.clickOn("#export-sensitivity");
        shared.awaitBackgroundWork();

        byte[] file = java.nio.file.Files.readAllBytes(target);
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xml").contains("What moves the gap");
        assertThat(org.divergence.scenario.ScenarioReader.read(file, "tornado.svg", "tornado").document().scenario()
                .get(Parameter.REGULATION_STRENGTH)).isEqualTo(55);
    }

    @Test
    void theArrowKeysMoveTheScenarioOneCellOverTheMap() {
        selectTab("tab-regime-map");
        shared.awaitBackgroundWork();
        RegimeMap map = WindowDriver.onFx(() -> viewModel.regimeMap().mapProperty().get());
        Node canvas = robot.lookup("#regime-map-canvas").query();
        robot.interact(canvas::requestFocus);
        int column = map.column(0.05);

        user.type(KeyCode.RIGHT);
        new WindowDriver(robot, viewModel).awaitFrame();

        assertThat(WindowDriver.onFx(() -> viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE)))
                .isEqualTo(Parameter.ELECTRICITY_PRICE.snap(map.x(column + 1)));
        assertThat(WindowDriver.onFx(() -> viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)))
                .isEqualTo(Parameter.NPU_THROUGHPUT.snap(map.y(map.row(40))));
    }
}
