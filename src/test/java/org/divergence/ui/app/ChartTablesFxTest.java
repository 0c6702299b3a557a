package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import org.divergence.figure.Charts;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.divergence.scenario.ViewSettings;
import org.divergence.ui.charts.ChartView;

/** Every chart's text alternative: its numbers as a table, toggled with View > Charts as tables (Ctrl+T). */
class ChartTablesFxTest extends SharedWindowTest {

    @SuppressWarnings("unchecked")
    private TableView<Integer> table(String chartId) {
        return (TableView<Integer>) robot.lookup("#table-" + chartId).query();
    }

    private static List<String> headings(TableView<Integer> table) {
        return WindowDriver.onFx(() -> table.getColumns().stream().map(TableColumn::getText).toList());
    }

    private static String cell(TableView<Integer> table, int column, int row) {
        return WindowDriver.onFx(() -> String.valueOf(table.getColumns().get(column).getCellData(row)));
    }

    @Test
    void ctrlTShowsEveryChartAsATableOfItsNumbersWithUnitsAndBack() {
        user.press(KeyCode.SHORTCUT).type(KeyCode.T).release(KeyCode.SHORTCUT);

        assertThat(shared.state().chartsAsTablesProperty().get()).isTrue();
        Projection shown = WindowDriver.onFx(viewModel::getProjection);
        TableView<Integer> headline = table("headline");
        assertThat(WindowDriver.onFx(headline::isVisible)).isTrue();
        assertThat(headings(headline)).containsExactly("Year", "Bitcoin mining", "Edge AI");
        assertThat(WindowDriver.onFx(() -> headline.getItems().size())).isEqualTo(shown.steps());
        assertThat(cell(headline, 0, 0)).isEqualTo("2025");
        assertThat(cell(headline, 1, 0)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f",
                shown.value(Output.MINING_DECENTRALIZATION, 0)));
        assertThat(cell(headline, 2, shown.steps() - 1)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f",
                shown.last(Output.EDGE_DECENTRALIZATION)));
        assertThat(WindowDriver.onFx(headline::isFocusTraversable)).as("reachable with Tab").isTrue();

        TableView<Integer> shares = table(Charts.MINING_SHARES.id());
        assertThat(headings(shares)).containsExactly("Year", "Home miners (%)", "Small farms (%)", "Industrial (%)", "Hyperscale (%)");
        ChartView chart = robot.lookup("#chart-headline").queryAs(ChartView.class);
        assertThat(WindowDriver.onFx(chart::isTable)).isTrue();

        user.press(KeyCode.SHORTCUT).type(KeyCode.T).release(KeyCode.SHORTCUT);
        assertThat(WindowDriver.onFx(headline::isVisible)).isFalse();
        assertThat(WindowDriver.onFx(chart::isTable)).isFalse();
    }

    @Test
    void theTableFollowsTheScenarioAndListsTheBaselineBesideIt() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        robot.interact(() -> {
            shared.state().chartsAsTablesProperty().set(true);
            shared.state().baselineProperty().set(new ViewSettings.Baseline("Dear power",
                    Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.2)));
            viewModel.set(Parameter.NPU_THROUGHPUT, 300);
        });
        driver.awaitFrame();

        TableView<Integer> headline = table("headline");
        assertThat(headings(headline)).containsExactly("Year", "Bitcoin mining", "Bitcoin mining, Dear power",
                "Edge AI", "Edge AI, Dear power");
        Projection now = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 300));
        Projection base = DivergenceModel.run(Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.2));
        int last = now.steps() - 1;
        assertThat(cell(headline, 3, last)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", now.last(Output.EDGE_DECENTRALIZATION)));
        assertThat(cell(headline, 2, last)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", base.last(Output.MINING_DECENTRALIZATION)));
    }

    @Test
    void eachChartTellsAScreenReaderWhatItShows() {
        ChartView chart = robot.lookup("#chart-headline").queryAs(ChartView.class);
        String help = WindowDriver.onFx(chart::getAccessibleHelp);
        assertThat(help).startsWith("Bitcoin mining falls from ").contains("Edge AI rises from ")
                .contains("The lines cross in 2037").contains("Charts as tables");
        assertThat(WindowDriver.onFx(chart::getAccessibleText)).contains(Charts.HEADLINE.title());
        assertThat(WindowDriver.onFx(chart::getAccessibleRole)).isEqualTo(javafx.scene.AccessibleRole.IMAGE_VIEW);
    }
}
