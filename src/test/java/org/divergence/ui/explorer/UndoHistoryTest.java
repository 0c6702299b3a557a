package org.divergence.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.divergence.scenario.ViewSettings;
import org.junit.jupiter.api.Test;

import org.divergence.text.Text;

/** Undo and redo of the view-model's changes, without the JavaFX toolkit. */
class UndoHistoryTest {

    private final ManualFrames frames = new ManualFrames();
    private final ExplorerViewModel vm = new ExplorerViewModel(frames);
    private final UndoHistory history = vm.history();

    private double price() {
        return vm.getScenario().get(Parameter.ELECTRICITY_PRICE);
    }

    private String nextUndo() {
        return history.nextUndoProperty().get().map(s -> s.label(Text.ENGLISH)).orElse("(none)");
    }

    private String nextRedo() {
        return history.nextRedoProperty().get().map(s -> s.label(Text.ENGLISH)).orElse("(none)");
    }

    @Test
    void startsWithNothingToUndoOrRedo() {
        assertThat(nextUndo()).isEqualTo("(none)");
        assertThat(nextRedo()).isEqualTo("(none)");
        history.undo();
        history.redo();
        assertThat(vm.getScenario()).isEqualTo(Scenario.defaults());
    }

    @Test
    void eachChangeIsAStepNamedAfterWhatChanged() {
        vm.set(Parameter.ELECTRICITY_PRICE, 0.08);
        assertThat(nextUndo()).isEqualTo("change to " + Parameter.ELECTRICITY_PRICE.label());
        vm.setRegulationDesign(RegulationDesign.values()[1]);
        assertThat(nextUndo()).isEqualTo("change to the regulation design");

        history.undo();
        assertThat(vm.regulationDesignProperty().get()).isEqualTo(Scenario.defaults().regulationDesign());
        assertThat(price()).isEqualTo(0.08);
        assertThat(nextRedo()).isEqualTo("change to the regulation design");

        history.undo();
        assertThat(vm.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(nextUndo()).isEqualTo("(none)");

        history.redo();
        history.redo();
        assertThat(price()).isEqualTo(0.08);
        assertThat(vm.regulationDesignProperty().get()).isEqualTo(RegulationDesign.values()[1]);
        assertThat(nextRedo()).isEqualTo("(none)");
    }

    @Test
    void undoUpdatesTheLeversAndRecomputesAtTheNextFrame() {
        vm.set(Parameter.NPU_THROUGHPUT, 200);
        frames.runFrame();
        long runs = vm.recomputeCount();

        history.undo();

        assertThat(vm.valueProperty(Parameter.NPU_THROUGHPUT).get()).isEqualTo(Parameter.NPU_THROUGHPUT.defaultValue());
        assertThat(vm.atDefaultProperty(Parameter.NPU_THROUGHPUT).get()).isTrue();
        assertThat(frames.pending()).isEqualTo(1);
        frames.runFrame();
        assertThat(vm.recomputeCount()).isEqualTo(runs + 1);
        assertThat(vm.getProjection().scenario()).isEqualTo(Scenario.defaults());
    }

    @Test
    void aWholeDragIsOneStepBackToWhereTheDragStarted() {
        vm.set(Parameter.ELECTRICITY_PRICE, 0.06);
        vm.adjustingProperty().set(true);
        for (double p = 0.061; p <= 0.1; p += 0.001) {
            vm.set(Parameter.ELECTRICITY_PRICE, p);
        }
        vm.adjustingProperty().set(false);
        double dragged = price();

        history.undo();
        assertThat(price()).isEqualTo(0.06);
        history.undo();
        assertThat(price()).isEqualTo(Parameter.ELECTRICITY_PRICE.defaultValue());
        history.redo();
        history.redo();
        assertThat(price()).isEqualTo(dragged);
    }

    @Test
    void twoDragsOfTheSameSliderAreTwoSteps() {
        for (double target : new double[] {0.07, 0.09}) {
            vm.adjustingProperty().set(true);
            vm.set(Parameter.ELECTRICITY_PRICE, target - 0.005);
            vm.set(Parameter.ELECTRICITY_PRICE, target);
            vm.adjustingProperty().set(false);
        }
        history.undo();
        assertThat(price()).isEqualTo(0.07);
    }

    @Test
    void aNewChangeAfterUndoDropsWhatCouldBeRedone() {
        vm.set(Parameter.ELECTRICITY_PRICE, 0.08);
        history.undo();
        assertThat(nextRedo()).isNotEqualTo("(none)");

        vm.set(Parameter.NPU_THROUGHPUT, 150);

        assertThat(nextRedo()).isEqualTo("(none)");
        history.redo();
        assertThat(price()).isEqualTo(Parameter.ELECTRICITY_PRICE.defaultValue());
    }

    @Test
    void undoingMakesNoStepsOfItsOwn() {
        vm.set(Parameter.ELECTRICITY_PRICE, 0.08);
        vm.set(Parameter.ELECTRICITY_PRICE, 0.09);
        history.undo();
        history.undo();
        history.redo();
        assertThat(price()).isEqualTo(0.08);
        assertThat(nextRedo()).isEqualTo("change to " + Parameter.ELECTRICITY_PRICE.label());
        history.redo();
        assertThat(price()).isEqualTo(0.09);
    }

    @Test
    void resetAllIsOneStepThatUndoesEveryLever() {
        vm.set(Parameter.ELECTRICITY_PRICE, 0.08);
        vm.set(Parameter.NPU_THROUGHPUT, 150);
        Scenario changed = vm.getScenario();

        vm.resetAll();
        assertThat(nextUndo()).isEqualTo("reset to the defaults");
        history.undo();

        assertThat(vm.getScenario()).isEqualTo(changed);
    }

    @Test
    void aNewBaselineCanBeUndone() {
        ViewSettings.Baseline before = vm.window().baselineProperty().get();
        vm.set(Parameter.ELECTRICITY_PRICE, 0.08);
        vm.setCurrentAsBaseline("Mine");
        assertThat(nextUndo()).isEqualTo("change of baseline");

        history.undo();

        assertThat(vm.window().baselineProperty().get()).isEqualTo(before);
        assertThat(price()).isEqualTo(0.08);
    }

    @Test
    void keepsTheLastTwoHundredSteps() {
        for (int i = 1; i <= UndoHistory.LIMIT + 50; i++) {
            vm.set(Parameter.ELECTRICITY_PRICE, 0.01 + i / 10_000.0);
        }
        List<Double> seen = new ArrayList<>();
        while (history.nextUndoProperty().get().isPresent()) {
            history.undo();
            seen.add(price());
        }
        assertThat(seen).hasSize(UndoHistory.LIMIT);
        assertThat(price()).isEqualTo(0.01 + 50 / 10_000.0);
    }
}
