package org.divergence.ui.charts;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.divergence.figure.Drawing;
import org.divergence.scenario.ScenarioDocument;

/**
 * The row above the tornado and the regime map: their choices, a status ("Updating…" while the
 * numbers on screen are an older scenario's) and an export button.
 */
final class AnalysisBar extends BorderPane {

    private final Label status = new Label();
    private final Button export = new Button();
    private Consumer<Function<ScenarioDocument, Drawing>> onExport;

    AnalysisBar(String exportId, String exportWhat, Node... choices) {
        getStyleClass().add("analysis-bar");
        // The choices wrap onto a second line where the window is narrow or the text large.
        FlowPane choiceRow = new FlowPane(choices);
        choiceRow.getStyleClass().add("analysis-choices");
        choiceRow.setPrefWrapLength(1);
        status.getStyleClass().add("analysis-status");
        Region icon = new Region();
        icon.getStyleClass().add("export-icon");
        export.setGraphic(icon);
        export.getStyleClass().addAll("chart-export", "flat");
        export.setId(exportId);
        export.setTooltip(new Tooltip("Export " + exportWhat + " as a figure (PNG, SVG or PDF)"));
        export.setAccessibleText("Export " + exportWhat);
        export.setDisable(true);
        HBox end = new HBox(status, export);
        end.getStyleClass().add("analysis-end");
        setCenter(choiceRow);
        setRight(end);
    }

    /** "Updating…" while the numbers are being computed, empty when they are the scenario's. */
    void setStatus(String text) {
        status.setText(text);
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

    /** A label for a choice, tied to it for screen readers. */
    static Label caption(String text, Node choice) {
        Label label = new Label(text);
        label.setLabelFor(choice);
        label.getStyleClass().add("analysis-caption");
        return label;
    }
}
