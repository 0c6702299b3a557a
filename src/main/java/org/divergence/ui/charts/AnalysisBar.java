package org.divergence.ui.charts;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.divergence.figure.Drawing;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.text.Text;
import org.divergence.ui.explorer.WindowText;

/**
 * The row above the tornado and the regime map: their choices, a status ("Updating…" while the
 * numbers on screen are an older scenario's) and an export button.
 */
final class AnalysisBar extends BorderPane {

    private final Label status = new Label();
    private final Button export = new Button();
    private Consumer<Function<ScenarioDocument, Drawing>> onExport;

    /** @param exportWhat the key of the words for what is exported ("the regime map") */
    AnalysisBar(WindowText text, String exportId, String exportWhat, Node... choices) {
        getStyleClass().add("analysis-bar");
        // The choices wrap onto a second line where the window is narrow or the text large.
        FlowPane choiceRow = new FlowPane(choices);
        choiceRow.getStyleClass().add("analysis-choices");
        choiceRow.setPrefWrapLength(1);
        status.getStyleClass().add("analysis-status");
        status.textProperty().bind(text.get("analysis.updating"));
        status.setVisible(false);
        status.managedProperty().bind(status.visibleProperty());
        Region icon = new Region();
        icon.getStyleClass().add("export-icon");
        export.setGraphic(icon);
        export.getStyleClass().addAll("chart-export", "flat");
        export.setId(exportId);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.of(() -> text.now().get("analysis.export", text.now().get(exportWhat))));
        export.setTooltip(tip);
        export.accessibleTextProperty().bind(text.of(() -> text.now().get("analysis.exportShort", text.now().get(exportWhat))));
        export.setDisable(true);
        HBox end = new HBox(status, export);
        end.getStyleClass().add("analysis-end");
        setCenter(choiceRow);
        setRight(end);
    }

    /** "Updating…" while the numbers are being computed, nothing when they are the scenario's. */
    void setUpdating(boolean updating) {
        status.setVisible(updating);
    }

    /** What the export button hands over: the figure for a document, once there is something to export. */
    void setExportable(Function<ScenarioDocument, Drawing> figure) {
        export.setDisable(figure == null || onExport == null);
        export.setOnAction(e -> {
            if (figure != null && onExport != null) {
                onExport.accept(figure);
            }
        });
    }

    void setOnExport(Consumer<Function<ScenarioDocument, Drawing>> action) {
        onExport = action;
    }

    /**
     * Shows the choices of {@code box} by {@code name} in the window's language, again after every
     * switch of language (a new converter makes the box draw its items anew).
     */
    static <T> void nameChoices(ComboBox<T> box, WindowText text, BiFunction<Text, T, String> name) {
        Runnable speak = () -> {
            Text now = text.now();
            List<T> items = List.copyOf(box.getItems());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T item) {
                    return item == null ? "" : name.apply(now, item);
                }

                @Override
                public T fromString(String shown) {
                    return items.stream().filter(i -> name.apply(now, i).equals(shown)).findFirst().orElse(null);
                }
            });
        };
        speak.run();
        text.onChange(speak);
    }

    /**
     * A choice with its caption before it, tied to it for screen readers; the two wrap onto the next
     * line together. {@code key} names the caption's words.
     */
    static HBox captioned(WindowText text, String key, Node choice) {
        Label label = new Label();
        label.textProperty().bind(text.get(key));
        label.setLabelFor(choice);
        label.getStyleClass().add("analysis-caption");
        HBox pair = new HBox(label, choice);
        pair.getStyleClass().add("analysis-choice");
        return pair;
    }
}
