package org.divergence.ui.levers;

import java.util.Optional;

import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import org.divergence.model.ParameterGroup;
import org.divergence.model.RegulationDesign;
import org.divergence.ui.ExplorerViewModel;

/** The regulation design choice, shown in the Regulation group of the advanced assumptions. */
final class DesignItem implements PropertySheet.Item {

    private final ExplorerViewModel viewModel;

    DesignItem(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override public Class<?> getType() { return RegulationDesign.class; }

    @Override public String getCategory() { return ParameterGroup.REGULATION.label(); }

    @Override public String getName() { return "Regulation design"; }

    @Override
    public String getDescription() {
        StringBuilder text = new StringBuilder("Which way regulation pushes; the strength lever sets how hard.");
        for (RegulationDesign design : RegulationDesign.values()) {
            text.append("\n\n").append(design.label()).append(": ").append(design.description());
        }
        return text.toString();
    }

    @Override public Object getValue() { return viewModel.regulationDesignProperty().get(); }

    @Override public void setValue(Object value) { viewModel.setRegulationDesign((RegulationDesign) value); }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(viewModel.regulationDesignProperty());
    }
}
