package org.divergence.ui.levers;

import java.util.Optional;

import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import org.divergence.model.Parameter;
import org.divergence.ui.ExplorerViewModel;

/** One advanced assumption as a property-sheet row: grouped by its ParameterGroup, named with its unit. */
final class ParameterItem implements PropertySheet.Item {

    private final Parameter parameter;
    private final ExplorerViewModel viewModel;

    ParameterItem(Parameter parameter, ExplorerViewModel viewModel) {
        this.parameter = parameter;
        this.viewModel = viewModel;
    }

    Parameter parameter() { return parameter; }

    @Override public Class<?> getType() { return Double.class; }

    @Override public String getCategory() { return parameter.group().label(); }

    @Override public String getName() { return parameter.label() + " (" + parameter.unit() + ")"; }

    @Override public String getDescription() { return LeverView.explanation(parameter); }

    @Override public Object getValue() { return viewModel.valueProperty(parameter).get(); }

    @Override public void setValue(Object value) { viewModel.set(parameter, ((Number) value).doubleValue()); }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(viewModel.valueProperty(parameter));
    }
}
