package org.divergence.ui.levers;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.divergence.model.Parameter;
import org.divergence.model.ParameterGroup;
import org.divergence.model.RegulationDesign;
import org.divergence.ui.ExplorerViewModel;

/**
 * The collapsible "Advanced assumptions" section: every parameter that is not a lever, grouped as in
 * ParameterGroup, each with its unit and a tooltip giving its meaning and source, plus the regulation
 * design. Values are typed into the same validating field the levers use.
 *
 * <p>A plain grid rather than ControlsFX's PropertySheet: in a 300-px column the sheet cut off both
 * names and values and scrolled inside the scrolling column; here long names wrap.
 */
final class AdvancedAssumptions extends TitledPane {

    AdvancedAssumptions(ExplorerViewModel viewModel) {
        setText("Advanced assumptions");
        setId("advanced-assumptions");
        getStyleClass().add("advanced-assumptions");
        setExpanded(false);
        setAnimated(false);
        // Built on first expansion: most sessions never open it, and start-up should stay short.
        expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded && getContent() == null) {
                setContent(content(viewModel));
            }
        });
    }

    /** One grid for all groups, so every value field lines up with the others. */
    private static GridPane content(ExplorerViewModel viewModel) {
        GridPane grid = grid();
        int row = 0;
        for (ParameterGroup group : ParameterGroup.values()) {
            if (group.isLever()) {
                continue;
            }
            Label heading = new Label(group.label());
            heading.getStyleClass().add("assumption-group");
            grid.add(heading, 0, row++, 3, 1);
            for (Parameter p : Parameter.values()) {
                if (p.group() == group) {
                    addRow(grid, row, p, viewModel);
                    row += 2;
                }
            }
            if (group == ParameterGroup.REGULATION) {
                addDesignRow(grid, row, viewModel);
                row += 2;
            }
        }
        return grid;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("assumption-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        name.setMinWidth(0);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints unit = new ColumnConstraints();
        unit.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(name, value, unit);
        return grid;
    }

    /** Name, field and unit on one row; the refusal message, when there is one, on the row below. */
    private static void addRow(GridPane grid, int row, Parameter p, ExplorerViewModel viewModel) {
        Label name = new Label(p.label());
        name.getStyleClass().add("assumption-name");
        name.setWrapText(true);
        ValueField field = new ValueField(p, viewModel.valueProperty(p), v -> viewModel.set(p, v));
        name.setLabelFor(field.field());
        Label unit = new Label(p.unit());
        unit.getStyleClass().add("assumption-unit");
        Tooltip help = tooltip(LeverView.explanation(p));
        name.setTooltip(help);
        field.field().setTooltip(help);

        grid.add(name, 0, row);
        grid.add(field.field(), 1, row);
        grid.add(unit, 2, row);
        grid.add(field.message(), 0, row + 1, 3, 1);
        GridPane.setValignment(name, VPos.CENTER);
        GridPane.setHalignment(field.field(), HPos.RIGHT);
    }

    private static void addDesignRow(GridPane grid, int row, ExplorerViewModel viewModel) {
        Label name = new Label("Regulation design");
        name.getStyleClass().add("assumption-name");
        name.setWrapText(true);
        ComboBox<RegulationDesign> design = new ComboBox<>();
        design.setId("regulation-design");
        design.getItems().setAll(RegulationDesign.values());
        design.setValue(viewModel.regulationDesignProperty().get());
        design.setMaxWidth(Double.MAX_VALUE);
        design.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.setRegulationDesign(now);
            }
        });
        viewModel.regulationDesignProperty().addListener((obs, old, now) -> design.setValue(now));
        name.setLabelFor(design);
        design.setAccessibleText("Regulation design");

        StringBuilder text = new StringBuilder("Which way regulation pushes; the strength lever sets how hard.");
        for (RegulationDesign d : RegulationDesign.values()) {
            text.append("\n\n").append(d.label()).append(": ").append(d.description());
        }
        Tooltip help = tooltip(text.toString());
        name.setTooltip(help);
        design.setTooltip(help);
        design.setAccessibleHelp(text.toString());

        // The choice gets a row of its own: its labels are long and the value column is narrow.
        grid.add(name, 0, row, 3, 1);
        grid.add(design, 0, row + 1, 3, 1);
    }

    private static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }
}
