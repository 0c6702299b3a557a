package org.divergence.ui.levers;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.divergence.model.Parameter;
import org.divergence.ui.ExplorerViewModel;

/**
 * The left column: the four headline levers, "reset all", then the collapsible advanced assumptions.
 * Scrolls when the window is short (1280 x 720 on a projector).
 */
public final class LeverPanel extends ScrollPane {

    private static final Parameter[] LEVERS = {
        Parameter.ELECTRICITY_PRICE, Parameter.ASIC_EFFICIENCY, Parameter.NPU_THROUGHPUT, Parameter.REGULATION_STRENGTH,
    };

    public LeverPanel(ExplorerViewModel viewModel) {
        getStyleClass().add("lever-panel");
        getStylesheets().add(LeverPanel.class.getResource("levers.css").toExternalForm());
        setId("lever-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);

        Label heading = new Label("Levers");
        heading.getStyleClass().add("panel-heading");
        VBox column = new VBox(heading);
        column.getStyleClass().add("lever-column");
        for (Parameter lever : LEVERS) {
            column.getChildren().add(new LeverView(lever, viewModel));
        }

        Label design = new Label();
        design.getStyleClass().add("lever-design");
        design.setWrapText(true);
        design.textProperty().bind(Bindings.createStringBinding(
                () -> "Regulation design: " + viewModel.regulationDesignProperty().get().label()
                        + " (change it under Advanced assumptions).",
                viewModel.regulationDesignProperty()));
        column.getChildren().add(design);

        Button resetAll = new Button("Reset all to defaults");
        resetAll.setId("reset-all");
        resetAll.getStyleClass().add("reset-all");
        resetAll.setOnAction(e -> viewModel.resetAll());
        column.getChildren().addAll(resetAll, new AdvancedAssumptions(viewModel));
        setContent(column);
    }

    /**
     * The column itself never takes focus. A ScrollPane grabs it on every mouse press inside, which
     * would take it from the control being clicked (a TitledPane only expands while it holds focus),
     * and Tab should go from lever to lever.
     */
    @Override
    public void requestFocus() {
        // deliberately nothing
    }
}
