package org.divergence.ui.charts;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.BorderPane;
import org.divergence.figure.AnalysisFigure;
import org.divergence.figure.Drawing;
import org.divergence.figure.Figure;
import org.divergence.figure.TornadoChart;
import org.divergence.model.Sensitivity;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.SensitivityRuns;
import org.divergence.ui.explorer.WindowText;

/**
 * The sensitivity tab: the tornado chart of the chosen outcome in the summary's year, with its table
 * of ranges and elasticities beside the bars, computed in the background after every change while
 * the tab is shown.
 */
final class TornadoView extends BorderPane {

    private final ExplorerViewModel viewModel;
    private final SensitivityRuns runs;
    private final ComboBox<Measure> measure = new ComboBox<>();
    private final DrawingCanvas canvas = new DrawingCanvas();
    private final AnalysisBar bar;

    TornadoView(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        this.runs = viewModel.sensitivity();
        setId("sensitivity-view");
        getStyleClass().add("analysis-view");
        WindowText text = viewModel.window().text();
        measure.getItems().setAll(Measure.ALL);
        AnalysisBar.nameChoices(measure, text, (t, m) -> m.label(t));
        measure.setId("sensitivity-outcome");
        measure.setValue(Measure.of(runs.outcomeProperty().get()));
        measure.accessibleTextProperty().bind(text.get("tornado.outcomeSpoken"));
        bar = new AnalysisBar(text, "export-sensitivity", "tornado.what",
                AnalysisBar.captioned(text, "analysis.outcome", measure));
        setTop(bar);
        setCenter(canvas);
        canvas.accessibleTextProperty().bind(text.get("tornado.spoken"));
        canvas.speak(text.now());
        text.onChange(() -> {
            canvas.speak(text.now());
            show();
        });
        measure.valueProperty().addListener((obs, old, now) -> chooseOutcome());
        viewModel.window().summaryYearProperty().addListener((obs, old, now) -> chooseOutcome());
        viewModel.window().themeProperty().addListener((obs, old, now) -> canvas.setTheme(now));
        canvas.setTheme(viewModel.window().themeProperty().get());
        runs.resultProperty().addListener((obs, old, now) -> show());
        viewModel.projectionProperty().addListener((obs, old, now) -> show());
        chooseOutcome();
        show();
    }

    /** While the tab is shown the numbers are kept up to date; hidden, nothing is computed. */
    void setActive(boolean now) {
        runs.wantedProperty().set(now);
    }

    void setOnExport(Consumer<Function<ScenarioDocument, Drawing>> action) {
        bar.setOnExport(action);
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

    private void show() {
        Sensitivity.Result result = runs.resultProperty().get();
        boolean current = result != null && result.scenario().equals(viewModel.getProjection().scenario())
                && result.outcome().equals(runs.outcomeProperty().get());
        bar.setUpdating(!current);
        if (result == null) {
            canvas.setDrawing(null);
            bar.setExportable(null);
            return;
        }
        canvas.setDrawing((painter, look, width, height) -> TornadoChart.paint(painter, result, look, 0, 0, width, height));
        bar.setExportable(current ? document -> AnalysisFigure.tornado(result, document, canvas.theme(), Figure.DEFAULT_WIDTH,
                canvas.text())
                : null);
    }
}
