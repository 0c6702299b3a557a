package org.divergence.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.RegulationDesign;
import org.divergence.figure.Theme;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;

/** The view-model without the JavaFX toolkit: commands, validation and recompute coalescing. */
class ExplorerViewModelTest {

    private final ManualFrames frames = new ManualFrames();
    private final ExplorerViewModel vm = new ExplorerViewModel(frames);

    @Test
    void startsFromTheDefaultsWithTheirProjection() {
        assertThat(vm.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(vm.getProjection()).isEqualTo(DivergenceModel.run(Scenario.defaults()));
        assertThat(vm.valueProperty(Parameter.ELECTRICITY_PRICE).get()).isEqualTo(0.05);
        assertThat(vm.isRecomputePending()).isFalse();
        assertThat(frames.pending()).isZero();
    }

    @Test
    void aBurstOfTenThousandChangesLeavesOneRecomputeThatMatchesAFreshRun() {
        long before = vm.recomputeCount();
        List<Parameter> levers = Parameter.levers();
        for (int i = 0; i < 10_000; i++) {
            Parameter p = levers.get(i % levers.size());
            vm.set(p, p.min() + (p.max() - p.min()) * ((i * 7919) % 1000) / 1000.0);
        }

        assertThat(frames.pending()).isEqualTo(1);
        assertThat(vm.isRecomputePending()).isTrue();
        assertThat(vm.recomputeCount()).isEqualTo(before);

        frames.runFrame();

        assertThat(frames.pending()).isZero();
        assertThat(vm.recomputeCount()).isEqualTo(before + 1);
        assertThat(vm.getProjection()).isEqualTo(DivergenceModel.run(vm.getScenario()));
        assertThat(vm.getProjection().scenario()).isSameAs(vm.getScenario());
    }

    @Test
    void theScenarioChangesAtOnceAndTheProjectionAtTheNextFrame() {
        Projection before = vm.getProjection();
        vm.set(Parameter.NPU_THROUGHPUT, 200);

        assertThat(vm.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(200);
        assertThat(vm.getProjection()).isSameAs(before);

        frames.runFrame();
        assertThat(vm.getProjection().last(Output.EDGE_SHARE))
                .isEqualTo(DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 200))
                        .last(Output.EDGE_SHARE))
                .isNotEqualTo(before.last(Output.EDGE_SHARE));
    }

    @Test
    void setKeepsATypedValueExactlyAsTyped() {
        // The slider rounds to its step while it is dragged; a typed value is the user's own number.
        vm.set(Parameter.ELECTRICITY_PRICE, 0.123);
        assertThat(vm.valueProperty(Parameter.ELECTRICITY_PRICE).get()).isEqualTo(0.123);
        assertThat(vm.getScenario().get(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.123);
        vm.set(Parameter.ASIC_EFFICIENCY, 17.25);
        assertThat(vm.getScenario().get(Parameter.ASIC_EFFICIENCY)).isEqualTo(17.25);
        frames.runFrame();
        assertThat(vm.getProjection().scenario().get(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.123);
    }

    @Test
    void atDefaultFollowsEveryKindOfChange() {
        Parameter p = Parameter.NPU_THROUGHPUT;
        assertThat(vm.atDefaultProperty(p).get()).isTrue();
        vm.set(p, 41);
        assertThat(vm.atDefaultProperty(p).get()).isFalse();
        assertThat(vm.atDefaultProperty(Parameter.ELECTRICITY_PRICE).get()).isTrue();
        vm.reset(p);
        assertThat(vm.atDefaultProperty(p).get()).isTrue();
        vm.load(Scenario.defaults().with(p, 300));
        assertThat(vm.atDefaultProperty(p).get()).isFalse();
        vm.resetAll();
        assertThat(vm.atDefaultProperty(p).get()).isTrue();
    }

    @Test
    void theSummaryYearStaysInsideTheHorizon() {
        WindowState window = vm.window();
        assertThat(window.getSummaryYear()).isEqualTo(WindowState.PREFERRED_SUMMARY_YEAR);
        window.setSummaryYear(2040);

        vm.set(Parameter.END_YEAR, 2030);
        assertThat(vm.lastYearProperty().get()).isEqualTo(2030);
        assertThat(window.getSummaryYear()).as("a shorter horizon pulls the year in").isEqualTo(2030);

        vm.set(Parameter.END_YEAR, 2050);
        assertThat(window.getSummaryYear()).as("a longer one keeps the chosen year").isEqualTo(2030);

        window.setSummaryYear(2070);
        assertThat(window.getSummaryYear()).isEqualTo(2050);
        window.setSummaryYear(1999);
        assertThat(window.getSummaryYear()).isEqualTo(ExplorerViewModel.FIRST_YEAR);
    }

    @Test
    void windowStateRefusesToBeEmptied() {
        WindowState window = vm.window();
        window.themeProperty().set(Theme.DARK);
        window.themeProperty().set(null);
        window.textSizeProperty().set(null);
        window.detailTabProperty().set(DetailTab.EDGE_AI);
        window.detailTabProperty().set(null);
        window.summaryYearProperty().set(null);

        assertThat(window.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(window.textSizeProperty().get()).isEqualTo(TextSize.NORMAL);
        assertThat(window.detailTabProperty().get()).isEqualTo(DetailTab.EDGE_AI);
        assertThat(window.getSummaryYear()).isEqualTo(WindowState.PREFERRED_SUMMARY_YEAR);
    }

    @Test
    void textSizesStepUpAndDownAndStopAtTheEnds() {
        assertThat(TextSize.NORMAL.larger()).isEqualTo(TextSize.LARGE);
        assertThat(TextSize.NORMAL.smaller()).isEqualTo(TextSize.SMALL);
        assertThat(TextSize.SMALL.smaller()).isEqualTo(TextSize.SMALL);
        assertThat(TextSize.HUGE.larger()).isEqualTo(TextSize.HUGE);
        assertThat(TextSize.HUGE.isLargest()).isTrue();
        assertThat(TextSize.SMALL.isSmallest()).isTrue();
    }

    @Test
    void outOfRangeOrNonFiniteValuesAreRefusedAndChangeNothing() {
        Scenario before = vm.getScenario();
        assertThatThrownBy(() -> vm.set(Parameter.ELECTRICITY_PRICE, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("electricityPrice").hasMessageContaining("0.01 and 0.3 USD/kWh");
        assertThatThrownBy(() -> vm.set(Parameter.REGULATION_STRENGTH, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vm.set(Parameter.END_YEAR, 2040.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(vm.getScenario()).isSameAs(before);
        assertThat(frames.pending()).isZero();
    }

    @Test
    void resetPutsOneParameterBackAndResetAllEverything() {
        vm.set(Parameter.ELECTRICITY_PRICE, 0.2);
        vm.set(Parameter.DATA_CENTER_PUE, 2.0);
        vm.setRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN);

        vm.reset(Parameter.ELECTRICITY_PRICE);
        assertThat(vm.getScenario().get(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.05);
        assertThat(vm.getScenario().get(Parameter.DATA_CENTER_PUE)).isEqualTo(2.0);

        vm.resetAll();
        assertThat(vm.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(vm.regulationDesignProperty().get()).isEqualTo(RegulationDesign.ANTI_CONSOLIDATION);
        assertThat(frames.pending()).isEqualTo(1);
    }

    @Test
    void loadReplacesEverythingExactlyWithOneRecomputeAndOneScenarioChange() {
        Scenario file = Scenario.defaults()
                .with(Parameter.ELECTRICITY_PRICE, 0.0537) // not on the slider's grid: kept exactly
                .with(Parameter.END_YEAR, 2050)
                .withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN)
                .withSeed(7);
        List<Scenario> changes = new ArrayList<>();
        vm.scenarioProperty().addListener((obs, old, now) -> changes.add(now));
        long before = vm.recomputeCount();

        vm.load(file);

        assertThat(changes).containsExactly(file);
        assertThat(vm.valueProperty(Parameter.ELECTRICITY_PRICE).get()).isEqualTo(0.0537);
        assertThat(vm.regulationDesignProperty().get()).isEqualTo(RegulationDesign.COMPLIANCE_BURDEN);
        assertThat(frames.pending()).isEqualTo(1);
        frames.runFrame();
        assertThat(vm.recomputeCount()).isEqualTo(before + 1);
        assertThat(vm.getProjection()).isEqualTo(DivergenceModel.run(file));
        assertThat(vm.getProjection().year(vm.getProjection().steps() - 1)).isEqualTo(2050.0);
    }

    @Test
    void settingTheSameValueAgainIsNotAChange() {
        List<Scenario> changes = new ArrayList<>();
        vm.scenarioProperty().addListener((obs, old, now) -> changes.add(now));
        vm.set(Parameter.ELECTRICITY_PRICE, 0.05);
        vm.load(Scenario.defaults());
        assertThat(changes).isEmpty();
        assertThat(frames.pending()).isZero();
    }

    @Test
    void theBaselineIsTheBaselinePresetAtFirstAndIsProjectedAtTheNextFrameWhenItChanges() {
        assertThat(vm.window().baseline()).contains(WindowState.defaultBaseline());
        assertThat(vm.baselineProjection()).contains(DivergenceModel.run(WindowState.defaultBaseline().scenario()));

        vm.set(Parameter.NPU_THROUGHPUT, 200);
        vm.setCurrentAsBaseline("Mine");
        assertThat(vm.window().baseline().orElseThrow().name()).isEqualTo("Mine");
        assertThat(frames.pending()).as("one frame for the recompute and the baseline").isEqualTo(2);
        frames.runFrame();
        Scenario mine = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 200);
        assertThat(vm.baselineProjection()).contains(DivergenceModel.run(mine));

        vm.window().baselineProperty().set(null);
        frames.runFrame();
        assertThat(vm.baselineProjection()).isEmpty();
    }

    @Test
    void theExplanationIsComputedOnlyWhileAskedForAndOnceForABurst() {
        vm.set(Parameter.ELECTRICITY_PRICE, 0.08);
        frames.runFrame();
        assertThat(frames.pending()).isZero();
        assertThat(vm.explanationProperty().get()).as("not shown, not computed").isNull();

        vm.explainingProperty().set(true);
        frames.runFrame();
        assertThat(vm.explanationProperty().get().year()).isEqualTo(2035);
        assertThat(vm.explanationProperty().get().changes().get(0).current())
                .isEqualTo(vm.getProjection().valueAt(Output.MINING_DECENTRALIZATION, 2035));

        List<org.divergence.explain.Explanation> seen = new ArrayList<>();
        vm.explanationProperty().addListener((obs, old, now) -> seen.add(now));
        for (int i = 0; i < 100; i++) {
            vm.set(Parameter.NPU_THROUGHPUT, 50 + i);
            vm.window().setSummaryYear(2030 + i % 5);
        }
        frames.runFrame(); // the recompute; the explanation follows it at the next frame
        frames.runFrame();
        frames.runFrame();
        assertThat(seen).as("one explanation for the burst").hasSize(1);
        assertThat(seen.get(0).year()).isEqualTo(2034);
        assertThat(seen.get(0).changes().get(1).current())
                .isEqualTo(vm.getProjection().valueAt(Output.EDGE_DECENTRALIZATION, 2034));
        assertThat(frames.pending()).isZero();
    }
}
