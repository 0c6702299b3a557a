package org.divergence.ui.levers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.divergence.model.Parameter;
import org.divergence.model.ParameterGroup;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.WindowText;
import org.divergence.text.Text;

/**
 * The collapsible "Advanced assumptions" section: every parameter that is not a lever, grouped as in
 * ParameterGroup, each with its unit and a tooltip giving its meaning and source. Values are typed
 * into the same validating field the levers use. (The regulation design sits under the strength lever.)
 * Values changed from their documented defaults are marked, and the title counts them, so a scenario's
 * hidden assumptions are never a surprise; a filter box finds one of the thirty-odd by name.
 *
 * <p>A plain grid rather than ControlsFX's PropertySheet: in a 300-px column the sheet cut off both
 * names and values and scrolled inside the scrolling column; here long names wrap.
 */
final class AdvancedAssumptions extends TitledPane {

    /** One parameter's row: what is shown for it, and its group's heading. */
    private record Row(Parameter parameter, Label heading, List<Node> nodes, TextField field) {}

    private final ExplorerViewModel viewModel;
    private final WindowText text;
    private final List<Row> rows = new ArrayList<>();
    private final Label noMatch = new Label();
    private TextField filterBox;

    AdvancedAssumptions(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        this.text = viewModel.window().text();
        setId("advanced-assumptions");
        accessibleHelpProperty().bind(text.get("assumptions.help"));
        getStyleClass().add("advanced-assumptions");
        setExpanded(false);
        setAnimated(false);
        // Built on first expansion: most sessions never open it, and start-up should stay short.
        expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded && getContent() == null) {
                setContent(content());
            }
        });
        List<Parameter> assumptions = Arrays.stream(Parameter.values()).filter(p -> !p.group().isLever()).toList();
        textProperty().bind(text.of(() -> title(assumptions),
                assumptions.stream().map(viewModel::atDefaultProperty).toArray(Observable[]::new)));
    }

    /** "Advanced assumptions", or "Advanced assumptions · 2 changed". */
    private String title(List<Parameter> assumptions) {
        long changed = assumptions.stream().filter(p -> !viewModel.atDefaultProperty(p).get()).count();
        return changed == 0 ? text.now().get("assumptions.title") : text.now().get("assumptions.titleChanged", changed);
    }

    private VBox content() {
        TextField filter = new TextField();
        filterBox = filter;
        filter.setId("assumption-filter");
        filter.promptTextProperty().bind(text.get("assumptions.filterPrompt"));
        filter.accessibleTextProperty().bind(text.get("assumptions.filterName"));
        filter.accessibleHelpProperty().bind(text.get("assumptions.filterHelp"));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            }
        });
        filter.getStyleClass().add("assumption-filter");
        noMatch.getStyleClass().add("assumption-no-match");
        noMatch.setWrapText(true);
        filter.textProperty().addListener((obs, old, now) -> filter(now));
        text.onChange(() -> filter(filter.getText()));
        GridPane grid = grid();
        VBox box = new VBox(filter, noMatch, grid);
        box.getStyleClass().add("assumption-box");
        filter("");
        return box;
    }

    /** One grid for all groups, so every value field lines up with the others. */
    private GridPane grid() {
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
        int row = 0;
        for (ParameterGroup group : ParameterGroup.values()) {
            if (group.isLever()) {
                continue;
            }
            Label heading = new Label();
            heading.textProperty().bind(text.of(() -> text.now().group(group)));
            heading.getStyleClass().add("assumption-group");
            grid.add(heading, 0, row++, 3, 1);
            for (Parameter p : Parameter.values()) {
                if (p.group() == group) {
                    rows.add(addRow(grid, row, p, heading));
                    row += 2;
                }
            }
        }
        return grid;
    }

    /** Name, field and unit on one row; the refusal message, when there is one, on the row below. */
    private Row addRow(GridPane grid, int row, Parameter p, Label heading) {
        Label name = new Label();
        name.getStyleClass().add("assumption-name");
        name.setWrapText(true);
        ValueField field = new ValueField(p, viewModel.valueProperty(p), v -> viewModel.set(p, v), text);
        name.setLabelFor(field.field());
        Label unit = new Label();
        unit.textProperty().bind(text.of(() -> text.now().unit(p)));
        unit.getStyleClass().add("assumption-unit");
        Tooltip help = LeverView.tooltip(text.of(() -> LeverView.explanation(p, text.now()) + ModelHelpLink.hint(text.now())));
        name.setTooltip(help);
        field.field().setTooltip(help);
        ModelHelpLink.onClick(name, p, viewModel);
        ModelHelpLink.onShiftF1(field.field(), p, viewModel);
        markChanged(p, name, field);

        grid.add(name, 0, row);
        grid.add(field.field(), 1, row);
        grid.add(unit, 2, row);
        grid.add(field.message(), 0, row + 1, 3, 1);
        GridPane.setValignment(name, VPos.CENTER);
        GridPane.setHalignment(field.field(), HPos.RIGHT);
        return new Row(p, heading, List.of(name, field.field(), unit), field.field());
    }

    /** A value changed from its default: the name bold with a dot before it, and said so to a screen reader. */
    private void markChanged(Parameter p, Label name, ValueField field) {
        ReadOnlyBooleanProperty atDefault = viewModel.atDefaultProperty(p);
        Runnable mark = () -> {
            boolean changed = !atDefault.get();
            name.getStyleClass().remove("changed");
            if (changed) {
                name.getStyleClass().add("changed");
            }
            Text words = text.now();
            name.setText(changed ? "• " + words.label(p) : words.label(p));
            field.field().setAccessibleText(changed ? words.get("assumptions.changedName", words.spokenName(p),
                    words.decimal(Parameter.plain(p.defaultValue()))) : words.spokenName(p));
        };
        atDefault.addListener((obs, was, now) -> mark.run());
        text.onChange(mark);
        mark.run();
    }

    /**
     * Opens the section (and clears the filter) so the assumption's field can take the focus; the
     * field, or null if the parameter is a lever.
     */
    TextField open(Parameter p) {
        setExpanded(true);
        if (filterBox != null && !filterBox.getText().isEmpty()) {
            filterBox.clear();
        }
        return rows.stream().filter(r -> r.parameter() == p).map(Row::field).findFirst().orElse(null);
    }

    /** Shows the rows whose name, unit or group contains {@code text}, and their groups' headings. */
    private void filter(String typed) {
        Text words = text.now();
        String wanted = typed == null ? "" : typed.strip().toLowerCase(words.locale());
        Set<Label> headings = new HashSet<>();
        int shown = 0;
        for (Row row : rows) {
            Parameter p = row.parameter();
            boolean match = wanted.isEmpty() || String.join(" ", words.label(p), words.unit(p), words.group(p.group()), p.key())
                    .toLowerCase(words.locale()).contains(wanted);
            row.nodes().forEach(node -> {
                node.setVisible(match);
                node.setManaged(match);
            });
            if (match) {
                headings.add(row.heading());
                shown++;
            }
        }
        for (Row row : rows) {
            boolean visible = headings.contains(row.heading());
            row.heading().setVisible(visible);
            row.heading().setManaged(visible);
        }
        boolean none = shown == 0;
        noMatch.setText(none ? words.get("assumptions.noMatch", typed.strip()) : "");
        noMatch.setVisible(none);
        noMatch.setManaged(none);
    }
}
