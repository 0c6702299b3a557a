package org.divergence.ui.charts;

import org.divergence.figure.AnalysisFigure;
import org.divergence.figure.Figure;
import org.divergence.figure.TornadoChart;
import org.divergence.model.Sensitivity;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.SensitivityRuns;

/**
 * The sensitivity tab: the tornado chart of the chosen outcome in the summary's year, with its table
 * of ranges and elasticities beside the bars, computed in the background after every change while
 * the tab is shown.
 */
final class TornadoView extends AnalysisView {

    private final SensitivityRuns runs;

    TornadoView(ExplorerViewModel viewModel) {
        super(viewModel, "sensitivity-view", viewModel.sensitivity().wantedProperty(), "tornado");
        this.runs = viewModel.sensitivity();
        measure.setId("sensitivity-outcome");
        measure.setValue(Measure.of(runs.outcomeProperty().get()));
        setBar(new AnalysisBar(text, "export-sensitivity", "tornado.what",
                AnalysisBar.captioned(text, "analysis.outcome", measure)));
        measure.valueProperty().addListener((obs, old, now) -> chooseOutcome());
        viewModel.window().summaryYearProperty().addListener((obs, old, now) -> chooseOutcome());
        runs.resultProperty().addListener((obs, old, now) -> show());
        chooseOutcome();
        show();
    }

    /** The numbers drawn, for tests. */
    Sensitivity.Result shown() {
        return runs.resultProperty().get();
    }

    private void chooseOutcome() {
        Measure chosen = measure.getValue() == null ? Measure.GAP : measure.getValue();
        runs.outcomeProperty().set(chosen.in(viewModel.window().getSummaryYear()));
    }

    @Override
    void show() {
        Sensitivity.Result result = runs.resultProperty().get();
        boolean current = result != null && result.scenario().equals(viewModel.getProjection().scenario())
                && result.outcome().equals(runs.outcomeProperty().get());
        bar().setUpdating(!current);
        if (result == null) {
            canvas.setDrawing(null);
            bar().setExportable(null);
            return;
        }
        canvas.setDrawing((painter, look, width, height) -> TornadoChart.paint(painter, result, look, 0, 0, width, height));
        bar().setExportable(current ? document -> AnalysisFigure.tornado(result, document, canvas.theme(), Figure.DEFAULT_WIDTH,
                canvas.text())
                : null);
    }
}
