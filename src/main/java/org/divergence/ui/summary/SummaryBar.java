package org.divergence.ui.summary;

import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.WindowText;

/** The live summary sentence under the charts, with the year it speaks about. */
public final class SummaryBar extends GridPane {

    private final SpinnerValueFactory.IntegerSpinnerValueFactory years;

    public SummaryBar(ExplorerViewModel viewModel) {
        WindowText words = viewModel.window().text();
        getStyleClass().add("summary-bar");
        getStylesheets().add(SummaryBar.class.getResource("summary.css").toExternalForm());
        // A grid, not an HBox, so the sentence wraps onto a second line in a narrow window.
        ColumnConstraints selector = new ColumnConstraints();
        selector.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        text.setMinWidth(0);
        getColumnConstraints().addAll(selector, text);

        // The year lives in the window state; the spinner shows and edits it, within the horizon.
        years = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ExplorerViewModel.FIRST_YEAR, viewModel.lastYearProperty().get(), viewModel.window().getSummaryYear());
        years.maxProperty().bind(viewModel.lastYearProperty());
        years.valueProperty().bindBidirectional(viewModel.window().summaryYearProperty());
        // A typed year that is not a number keeps the current one (the default converter throws).
        years.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException notAYear) {
                    return years.getValue();
                }
            }
        });
        Spinner<Integer> year = new Spinner<>(years);
        year.setId("summary-year");
        year.accessibleTextProperty().bind(words.get("summary.yearName"));
        year.accessibleHelpProperty().bind(words.get("summary.yearHelp"));
        year.getEditor().accessibleTextProperty().bind(words.get("summary.yearName"));
        year.getEditor().accessibleHelpProperty().bind(words.get("summary.yearHelp"));
        // Enter applies the typed year, and after a refused one the field shows the kept year again
        // (the spinner only redraws its text when the value changes).
        year.getEditor().addEventHandler(ActionEvent.ACTION, e -> {
            year.commitValue();
            year.getEditor().setText(years.getConverter().toString(years.getValue()));
        });
        // Up and Down step the year. The spinner's own keys follow its arrows, which sit left and right
        // here, and Left and Right belong to the caret of the editable field. (The spinner passes its
        // keys on to its editor, so the editor sees each key once.)
        year.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                year.commitValue();
                year.increment(e.getCode() == KeyCode.UP ? 1 : -1);
                e.consume();
            }
        });
        year.setEditable(true);
        year.setMinWidth(Region.USE_PREF_SIZE);
        year.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        Label yearLabel = new Label();
        yearLabel.textProperty().bind(words.get("chart.year"));
        yearLabel.setLabelFor(year);
        yearLabel.getStyleClass().add("summary-year-label");

        Label sentence = new SteadyLabel();
        sentence.setId("summary-sentence");
        sentence.getStyleClass().add("summary-sentence");
        sentence.setWrapText(true);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.textProperty().bind(words.of(
                () -> viewModel.baselineProjection()
                        .filter(b -> !b.scenario().equals(viewModel.getProjection().scenario()))
                        .map(b -> SummaryText.sentence(viewModel.getProjection(), years.getValue(),
                                viewModel.window().baseline().map(x -> words.name(x.name()))
                                        .orElse(words.now().get("chart.baselineWord")),
                                b, words.now()))
                        .orElseGet(() -> SummaryText.sentence(viewModel.getProjection(), years.getValue(), words.now())),
                viewModel.projectionProperty(), viewModel.baselineProjectionProperty(), years.valueProperty(),
                viewModel.window().baselineProperty()));

        HBox yearBox = new HBox(yearLabel, year);
        yearBox.getStyleClass().add("summary-year");
        yearBox.setAlignment(Pos.CENTER_LEFT);
        add(yearBox, 0, 0);
        add(sentence, 1, 0);
        // In a narrow results column (large text, a small window) the year goes above the sentence, so
        // the sentence keeps the whole width instead of becoming a tall, thin column.
        widthProperty().addListener((obs, old, now) -> stack(yearBox, sentence));
        sentence.fontProperty().addListener((obs, old, now) -> stack(yearBox, sentence));
    }

    /** Narrower than this (in em) the year stands above the sentence. */
    private static final double SIDE_BY_SIDE_EM = 44;

    private void stack(HBox yearBox, Label sentence) {
        double em = sentence.getFont().getSize();
        boolean stacked = getWidth() > 0 && getWidth() < SIDE_BY_SIDE_EM * em;
        if (stacked == (GridPane.getRowIndex(sentence) == 1)) {
            return;
        }
        GridPane.setConstraints(sentence, stacked ? 0 : 1, stacked ? 1 : 0, stacked ? 2 : 1, 1);
    }
}
