package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.divergence.figure.ChartData;
import org.divergence.figure.Charts;
import org.divergence.model.Parameter;
import org.divergence.ui.charts.ChartView;

/**
 * The recorded 2016-2025 points beside the model's lines: View > Show history (Ctrl+H) puts them on
 * the hashrate, Nakamoto and device-NPU charts and takes them off again; the pools chart always
 * shows the recorded pools beside the model's operators.
 */
class HistoryFxTest extends SharedWindowTest {

    private ChartData shown(String chartId) {
        ChartView chart = robot.lookup("#chart-" + chartId).queryAs(ChartView.class);
        return WindowDriver.onFx(chart::data);
    }

    @Test
    void ctrlHShowsTheRecordOnTheChartsThatHaveOneAndTakesItOffAgain() {
        assertThat(shown(Charts.HASHRATE.id()).history()).isEmpty();
        assertThat(shown(Charts.POOLS.id()).history()).as("pools beside operators, always")
                .singleElement().satisfies(h -> assertThat(h.name()).isEqualTo("Three largest pools, each many owners (recorded)"));

        user.press(KeyCode.SHORTCUT).type(KeyCode.H).release(KeyCode.SHORTCUT);

        assertThat(shared.state().showHistoryProperty().get()).isTrue();
        ChartData hashrate = shown(Charts.HASHRATE.id());
        assertThat(hashrate.history()).singleElement().satisfies(h -> assertThat(h.size()).isEqualTo(10));
        assertThat(hashrate.axisFirstYear()).as("the year axis reaches back to the record").isEqualTo(2016.0);
        assertThat(shown(Charts.NAKAMOTO.id()).history()).hasSize(1);
        assertThat(shown(Charts.DEVICE_TOPS.id()).history()).hasSize(1);
        assertThat(shown(Charts.HEADLINE.id()).history()).isEmpty();
        ChartView chart = robot.lookup("#chart-" + Charts.HASHRATE.id()).queryAs(ChartView.class);
        assertThat(WindowDriver.onFx(chart::getAccessibleHelp)).as("a screen reader hears the record too")
                .contains("Recorded (Blockchain.com): 0.800 EH/s in 2016 to 800 EH/s in 2025");

        user.press(KeyCode.SHORTCUT).type(KeyCode.H).release(KeyCode.SHORTCUT);

        assertThat(shown(Charts.HASHRATE.id()).history()).isEmpty();
        assertThat(shown(Charts.HASHRATE.id()).axisFirstYear()).isEqualTo(2025.0);
        assertThat(shown(Charts.POOLS.id()).history()).hasSize(1);
    }

    @Test
    void hoveringARecordedYearBeforeTheProjectionReadsTheRecord() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        robot.interact(() -> {
            shared.state().showHistoryProperty().set(true);
            viewModel.window().detailTabProperty().set(org.divergence.ui.explorer.DetailTab.MINING);
        });
        driver.awaitFrame();
        ChartView chart = driver.chart("chart-" + Charts.POOLS.id());
        if (WindowDriver.onFx(() -> !chart.isVisible())) {
            user.clickOn(robot.lookup("#show-" + Charts.POOLS.id()).queryAs(javafx.scene.Node.class));
        }
        org.divergence.figure.PlotArea plot = WindowDriver.onFx(() -> chart.rendering().orElseThrow().plot());
        user.moveTo(WindowDriver.onFx(() -> chart.localToScreen(plot.x(2023.5), plot.top() + plot.height() / 2)));

        List<String> lines = WindowDriver.onFx(() -> robot.lookup(".hover-card").queryAllAs(javafx.scene.layout.VBox.class)
                .stream().filter(javafx.scene.Node::isVisible).findFirst().orElseThrow().getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertThat(lines).containsExactly("Recorded, 2023", "Three largest pools, each many owners (recorded), 2023: 65.0 %");
    }

    @Test
    void asATableTheRecordComesFirstInAColumnOfItsOwn() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        robot.interact(() -> {
            shared.state().showHistoryProperty().set(true);
            shared.state().chartsAsTablesProperty().set(true);
        });
        driver.awaitFrame();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Integer> table = (javafx.scene.control.TableView<Integer>)
                robot.lookup("#table-" + Charts.HASHRATE.id()).query();
        List<String> headings = WindowDriver.onFx(() -> table.getColumns().stream().map(c -> c.getText()).toList());
        assertThat(headings).containsExactly("Year", "Network hashrate (EH/s)", "Recorded (Blockchain.com) (EH/s)");
        int rows = WindowDriver.onFx(() -> table.getItems().size());
        assertThat(rows).isEqualTo(10 + WindowDriver.onFx(viewModel::getProjection).steps());
        assertThat(cell(table, 0, 0)).isEqualTo("2016 (recorded)");
        assertThat(cell(table, 1, 0)).isEqualTo("–");
        assertThat(cell(table, 2, 0)).isEqualTo("0.800");
        assertThat(cell(table, 0, 10)).isEqualTo("2025");
        assertThat(cell(table, 2, 10)).isEqualTo("–");
    }

    private static String cell(javafx.scene.control.TableView<Integer> table, int column, int row) {
        return WindowDriver.onFx(() -> String.valueOf(table.getColumns().get(column).getCellData(row)));
    }

    @Test
    void aBackcastFrom2016DrawsTheModelOverTheRecordedYears() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        robot.interact(() -> {
            shared.state().showHistoryProperty().set(true);
            viewModel.set(Parameter.START_YEAR, 2016);
        });
        driver.awaitFrame();

        ChartData hashrate = shown(Charts.HASHRATE.id());
        assertThat(hashrate.firstYear()).isEqualTo(2016.0);
        assertThat(hashrate.value(0, 0)).as("the backcast starts on the record").isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
    }
}
