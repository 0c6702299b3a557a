package org.divergence.ui.levers;

import java.util.Comparator;

import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;

import org.divergence.model.Parameter;
import org.divergence.model.ParameterGroup;
import org.divergence.ui.ExplorerViewModel;

/**
 * The collapsible "Advanced assumptions" section: every non-lever parameter, grouped as in
 * ParameterGroup, plus the regulation design. Numbers are typed into the same validating field as the
 * levers use, so a half-typed or out-of-range value never reaches the model.
 */
final class AdvancedAssumptions extends TitledPane {

    AdvancedAssumptions(ExplorerViewModel viewModel) {
        setText("Advanced assumptions");
        setId("advanced-assumptions");
        getStyleClass().add("advanced-assumptions");
        setExpanded(false);
        setAnimated(false);
        // Built on first expansion: most sessions never open it, and it is the slowest part of start-up.
        expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded && getContent() == null) {
                setContent(sheet(viewModel));
            }
        });
    }

    private static PropertySheet sheet(ExplorerViewModel viewModel) {
        PropertySheet sheet = new PropertySheet();
        sheet.setId("advanced-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setCategoryComparator(Comparator.comparing(AdvancedAssumptions::groupOrder));
        for (Parameter p : Parameter.values()) {
            if (!p.isLever()) {
                sheet.getItems().add(new ParameterItem(p, viewModel));
            }
        }
        sheet.getItems().add(new DesignItem(viewModel));

        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> item instanceof ParameterItem parameterItem
                ? new FieldEditor(parameterItem, viewModel)
                : defaults.call(item));
        return sheet;
    }

    /** Categories in the order ParameterGroup declares them, not alphabetical. */
    private static int groupOrder(String category) {
        for (ParameterGroup group : ParameterGroup.values()) {
            if (group.label().equals(category)) {
                return group.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A property-sheet editor around {@link ValueField}: it applies only whole, valid values. */
    private static final class FieldEditor implements PropertyEditor<Object> {

        private final ParameterItem item;
        private final VBox editor;

        FieldEditor(ParameterItem item, ExplorerViewModel viewModel) {
            this.item = item;
            Parameter p = item.parameter();
            ValueField field = new ValueField(p, viewModel.valueProperty(p), v -> viewModel.set(p, v));
            Tooltip help = new Tooltip(item.getDescription());
            help.setWrapText(true);
            help.setMaxWidth(420);
            field.field().setTooltip(help);
            editor = new VBox(field.field(), field.message());
            editor.getStyleClass().add("advanced-field");
        }

        @Override public Node getEditor() { return editor; }

        @Override public Object getValue() { return item.getValue(); }

        /** The field follows the view-model itself; nothing to copy in. */
        @Override public void setValue(Object value) { }
    }
}
