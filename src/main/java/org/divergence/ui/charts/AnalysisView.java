package org.divergence.ui.charts;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.BorderPane;
import org.divergence.figure.Drawing;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.WindowText;

/**
 * What the sensitivity and regime-map tabs share: a bar of choices (the outcome among them) over a
 * drawing in the window's theme and language, computed in the background only while the tab is shown.
 */
abstract class AnalysisView extends BorderPane {

    final ExplorerViewModel viewModel;
    final WindowText text;
    /** The outcome read, in the summary's year. */
    final ComboBox<Measure> measure = new ComboBox<>();
    final DrawingCanvas canvas = new DrawingCanvas();
    private final BooleanProperty wanted;
    private AnalysisBar bar;

    /**
     * @param wanted       the background runs' switch: on while the tab is shown
     * @param spokenPrefix the words' prefix of the view ("tornado", "regimeMap"): its outcome choice and
     *                     drawing are spoken as {@code prefix.outcomeSpoken} and {@code prefix.spoken}
     */
    AnalysisView(ExplorerViewModel viewModel, String id, BooleanProperty wanted, String spokenPrefix) {
        this.viewModel = viewModel;
        this.text = viewModel.window().text();
        this.wanted = wanted;
        setId(id);
        getStyleClass().add("analysis-view");
        measure.getItems().setAll(Measure.ALL);
        AnalysisBar.nameChoices(measure, text, (t, m) -> m.label(t));
        measure.accessibleTextProperty().bind(text.get(spokenPrefix + ".outcomeSpoken"));
        setCenter(canvas);
        canvas.accessibleTextProperty().bind(text.get(spokenPrefix + ".spoken"));
        canvas.speak(text.now());
        canvas.setTheme(viewModel.window().themeProperty().get());
        viewModel.window().themeProperty().addListener((obs, old, now) -> canvas.setTheme(now));
        text.onChange(() -> {
            canvas.speak(text.now());
            show();
        });
        viewModel.projectionProperty().addListener((obs, old, now) -> show());
    }

    /** Puts the bar of choices over the drawing; once, from the view's constructor. */
    final void setBar(AnalysisBar choices) {
        bar = choices;
        setTop(choices);
    }

    final AnalysisBar bar() { return bar; }

    /** Draws the latest numbers, or says they are being updated. */
    abstract void show();

    /** While the tab is shown the numbers are kept up to date; hidden, nothing is computed. */
    final void setActive(boolean now) {
        wanted.set(now);
    }

    final void setOnExport(Consumer<Function<ScenarioDocument, Drawing>> action) {
        bar.setOnExport(action);
        show();
    }
}
