package org.divergence.ui.charts;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.divergence.figure.AnalysisFigure;
import org.divergence.figure.Figure;
import org.divergence.figure.RegimeMapChart;
import org.divergence.model.Parameter;
import org.divergence.model.RegimeMap;
import org.divergence.model.Scenario;
import org.divergence.model.Sensitivity;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.RegimeMapRuns;
import org.divergence.ui.explorer.WindowText;
import org.divergence.text.Text;

/**
 * The regime-map tab: the chosen outcome in the summary's year over two chosen parameters, every other
 * one as it is now. It redraws as the levers move (a coarse grid first, sharper over the next
 * frames), marks where the scenario is, and a click on a cell moves the two parameters there, through
 * the view-model like any other change (one undo step).
 */
final class RegimeMapView extends AnalysisView {

    private final RegimeMapRuns runs;
    private final ComboBox<Parameter> across;
    private final ComboBox<Parameter> up;
    /** Where the cells were drawn last, for clicks. */
    private RegimeMapChart.Plot plot;

    RegimeMapView(ExplorerViewModel viewModel) {
        super(viewModel, "regime-map-view", viewModel.regimeMap().wantedProperty(), "regimeMap");
        this.runs = viewModel.regimeMap();
        across = parameterChoice("regime-map-x", text, "regimeMap.acrossSpoken");
        up = parameterChoice("regime-map-y", text, "regimeMap.upSpoken");
        RegimeMapRuns.Axes axes = runs.axesProperty().get();
        across.setValue(axes.x());
        up.setValue(axes.y());
        measure.setId("regime-map-outcome");
        measure.setValue(Measure.of(axes.outcome()));
        setBar(new AnalysisBar(text, "export-regime-map", "regimeMap.what", AnalysisBar.captioned(text, "analysis.across", across),
                AnalysisBar.captioned(text, "analysis.up", up), AnalysisBar.captioned(text, "analysis.outcome", measure)));
        canvas.setId("regime-map-canvas");
        across.valueProperty().addListener((obs, old, now) -> chooseAxes(old, true));
        up.valueProperty().addListener((obs, old, now) -> chooseAxes(old, false));
        measure.valueProperty().addListener((obs, old, now) -> chooseAxes(null, true));
        viewModel.window().summaryYearProperty().addListener((obs, old, now) -> chooseAxes(null, true));
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                canvas.requestFocus();
                moveTo(e.getX(), e.getY());
            }
        });
        // Without a mouse: Tab to the map, then the arrow keys move the scenario one cell at a time.
        canvas.setFocusTraversable(true);
        canvas.accessibleHelpProperty().bind(text.get("regimeMap.keys"));
        canvas.setOnKeyPressed(e -> {
            int across = e.getCode() == KeyCode.RIGHT ? 1 : e.getCode() == KeyCode.LEFT ? -1 : 0;
            int upward = e.getCode() == KeyCode.UP ? 1 : e.getCode() == KeyCode.DOWN ? -1 : 0;
            if (across != 0 || upward != 0) {
                step(across, upward);
                e.consume();
            }
        });
        runs.mapProperty().addListener((obs, old, now) -> show());
        chooseAxes(null, true);
        show();
    }


    /** Where the cells are, once drawn (for tests and clicks). */
    RegimeMapChart.Plot plot() { return plot; }

    /**
     * The same parameter on both axes makes no map: choosing the other axis's parameter swaps the two.
     */
    private void chooseAxes(Parameter previous, boolean acrossChanged) {
        if (across.getValue() == up.getValue() && previous != null) {
            (acrossChanged ? up : across).setValue(previous);
            return;
        }
        Measure chosen = measure.getValue() == null ? Measure.GAP : measure.getValue();
        runs.axesProperty().set(new RegimeMapRuns.Axes(across.getValue(), up.getValue(),
                chosen.in(viewModel.window().getSummaryYear())));
    }

    /** A click in the map: both parameters go to the centre of the cell clicked (snapped to their steps). */
    private void moveTo(double x, double y) {
        RegimeMap map = runs.mapProperty().get();
        double[] position = plot == null ? null : plot.position(x, y);
        if (map == null || position == null) {
            return;
        }
        moveToCell(map, Math.min(map.columns() - 1, (int) (position[0] * map.columns())),
                Math.min(map.rows() - 1, (int) (position[1] * map.rows())));
    }

    /** An arrow key: from the scenario's own cell to the next one that way (staying on the map). */
    private void step(int across, int upward) {
        RegimeMap map = runs.mapProperty().get();
        if (map == null) {
            return;
        }
        Scenario now = viewModel.getScenario();
        int column = Math.max(0, Math.min(map.columns() - 1, map.column(now.get(map.xParameter())) + across));
        int row = Math.max(0, Math.min(map.rows() - 1, map.row(now.get(map.yParameter())) + upward));
        moveToCell(map, column, row);
    }

    /** Both parameters to a cell's centre, snapped to their steps, in one change (one undo step). */
    private void moveToCell(RegimeMap map, int column, int row) {
        Parameter px = map.xParameter();
        Parameter py = map.yParameter();
        viewModel.load(viewModel.getScenario().with(px, px.snap(map.x(column))).with(py, py.snap(map.y(row))));
    }

    @Override
    void show() {
        RegimeMap map = runs.mapProperty().get();
        RegimeMapRuns.Axes axes = runs.axesProperty().get();
        boolean current = map != null && map.scenario().equals(viewModel.getProjection().scenario())
                && map.xParameter() == axes.x() && map.yParameter() == axes.y() && map.outcome().equals(axes.outcome());
        boolean finest = current && map.columns() == RegimeMapRuns.GRIDS.get(RegimeMapRuns.GRIDS.size() - 1);
        bar().setUpdating(!finest);
        if (map == null) {
            canvas.setDrawing(null);
            bar().setExportable(null);
            return;
        }
        canvas.setDrawing((painter, look, width, height) -> plot = RegimeMapChart.paint(painter, map, look, 0, 0, width, height));
        bar().setExportable(finest ? document -> AnalysisFigure.regimeMap(map, document, canvas.theme(), Figure.DEFAULT_WIDTH,
                canvas.text())
                : null);
    }

    private static ComboBox<Parameter> parameterChoice(String id, WindowText text, String spoken) {
        ComboBox<Parameter> choice = new ComboBox<>();
        choice.getItems().setAll(Sensitivity.varied());
        choice.setId(id);
        choice.accessibleTextProperty().bind(text.get(spoken));
        AnalysisBar.nameChoices(choice, text, Text::label);
        return choice;
    }
}
