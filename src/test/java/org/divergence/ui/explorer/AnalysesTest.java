package org.divergence.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.divergence.model.MonteCarlo;
import org.divergence.model.Outcome;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.RegimeMap;
import org.divergence.model.Sensitivity;
import org.junit.jupiter.api.Test;

/**
 * The bands, the sensitivity and the regime map of the view-model: computed in the background for
 * the scenario on screen, only while wanted, the latest request winning.
 */
class AnalysesTest {

    private final ManualFrames frames = new ManualFrames();
    private final ExplorerViewModel vm = new ExplorerViewModel(frames);
    /** Worker tasks wait here until the test runs them; results come back at once (this thread is the "FX thread"). */
    private final List<Runnable> workers = new ArrayList<>();
    private final BackgroundWork work = new BackgroundWork(workers::add, Runnable::run, new RecordedNotices());

    private void runWorkers() {
        while (!workers.isEmpty()) {
            workers.remove(0).run();
        }
    }

    private void change(Parameter p, double value) {
        vm.set(p, value);
        frames.runFrame();
    }

    @Test
    void bandsFollowTheProjectionAndAStaleRunDeliversNothing() {
        vm.set(Parameter.MONTE_CARLO_PATHS, 40);
        frames.runFrame();
        vm.startAnalyses(work);
        change(Parameter.NPU_THROUGHPUT, 80);
        change(Parameter.NPU_THROUGHPUT, 120);
        runWorkers();

        assertThat(vm.bands().bandsProperty().get()).isNotNull();
        assertThat(vm.bands().bandsProperty().get().scenario()).isEqualTo(vm.getScenario());
        assertThat(vm.bands().isCurrent()).isTrue();
        assertThat(vm.bands().bandsProperty().get().at(org.divergence.model.Quantile.P50))
                .isEqualTo(MonteCarlo.run(vm.getScenario(), 40, () -> false, f -> { })
                        .at(org.divergence.model.Quantile.P50));
        assertThat(work.jobs()).isEmpty();
    }

    @Test
    void hiddenBandsAreNotComputedAndShowingThemComputesThem() {
        vm.window().bandsShownProperty().set(false);
        vm.startAnalyses(work);
        runWorkers();
        assertThat(vm.bands().bandsProperty().get()).isNull();

        vm.window().bandsShownProperty().set(true);
        runWorkers();
        assertThat(vm.bands().isCurrent()).isTrue();

        vm.window().bandsShownProperty().set(false);
        assertThat(vm.bands().bandsProperty().get()).isNull();
    }

    @Test
    void theSensitivityIsComputedOnlyWhileWantedForTheChosenOutcome() {
        vm.window().bandsShownProperty().set(false);
        vm.startAnalyses(work);
        runWorkers();
        assertThat(vm.sensitivity().resultProperty().get()).isNull();

        vm.sensitivity().wantedProperty().set(true);
        vm.sensitivity().outcomeProperty().set(Outcome.of(Output.MINING_HHI, 2030));
        runWorkers();

        Sensitivity.Result result = vm.sensitivity().resultProperty().get();
        assertThat(result.outcome()).isEqualTo(Outcome.of(Output.MINING_HHI, 2030));
        assertThat(result).isEqualTo(Sensitivity.run(vm.getScenario(), Outcome.of(Output.MINING_HHI, 2030)));
    }

    @Test
    void theRegimeMapArrivesCoarseThenFinerAndFollowsTheLevers() {
        vm.window().bandsShownProperty().set(false);
        vm.startAnalyses(work);
        vm.regimeMap().wantedProperty().set(true);
        List<Integer> sizes = new ArrayList<>();
        vm.regimeMap().mapProperty().addListener((obs, old, now) -> sizes.add(now.columns()));
        runWorkers();
        assertThat(sizes).containsExactlyElementsOf(RegimeMapRuns.GRIDS);

        change(Parameter.REGULATION_STRENGTH, 70);
        workers.remove(0).run(); // the coarse grid of the new scenario only
        RegimeMap coarse = vm.regimeMap().mapProperty().get();
        assertThat(coarse.columns()).isEqualTo(8);
        assertThat(coarse.scenario().get(Parameter.REGULATION_STRENGTH)).isEqualTo(70);
        change(Parameter.REGULATION_STRENGTH, 80); // the refinement of 70 is dropped
        runWorkers();
        assertThat(vm.regimeMap().mapProperty().get().scenario()).isEqualTo(vm.getScenario());
        assertThat(vm.regimeMap().mapProperty().get().columns()).isEqualTo(64);
    }
}
