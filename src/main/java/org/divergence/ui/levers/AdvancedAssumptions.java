package org.divergence.ui.levers;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.divergence.model.Parameter;
import org.divergence.model.ParameterGroup;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * The collapsible "Advanced assumptions" section: every parameter that is not a lever, grouped as in
 * ParameterGroup, each with its unit and a tooltip giving its meaning and source. Values are typed
 * into the same validating field the levers use. (The regulation design sits under the strength lever.)
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
        Tooltip help = LeverView.tooltip(LeverView.explanation(p));
        name.setTooltip(help);
        field.field().setTooltip(help);

        grid.add(name, 0, row);
        grid.add(field.field(), 1, row);
        grid.add(unit, 2, row);
        grid.add(field.message(), 0, row + 1, 3, 1);
        GridPane.setValignment(name, VPos.CENTER);
        GridPane.setHalignment(field.field(), HPos.RIGHT);
    }
}
