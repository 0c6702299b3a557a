package org.divergence.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.divergence.scenario.Presets;
import org.divergence.text.Text;

class LeverDecompositionTest {

    private static final List<Output> INDICES = Explainer.INDICES;

    @Test
    void thePartsAddUpToTheChangeEachIndexShowsOnTheChartInEveryPresetAndYear() {
        Scenario baseline = Scenario.defaults();
        for (Presets.Preset preset : Presets.all()) {
            Scenario current = preset.document().scenario();
            Projection shown = DivergenceModel.run(current);
            Projection base = DivergenceModel.run(baseline.with(Parameter.END_YEAR, Parameter.END_YEAR.max()));
            for (int year : new int[] {2025, 2030, current.endYear()}) {
                List<Decomposition> changes = LeverDecomposition.of(baseline, current, year, INDICES);
                for (Decomposition d : changes) {
                    String where = preset.name() + " " + d.output() + " " + year;
                    double sum = d.parts().stream().mapToDouble(Decomposition.Part::value).sum();
                    assertThat(sum).as(where + ": parts add up").isCloseTo(d.total(), within(1e-9));
                    // The shortened runs give exactly what the full projections show in that year.
                    assertThat(d.current()).as(where + ": current").isCloseTo(shown.valueAt(d.output(), year), within(1e-9));
                    assertThat(d.baseline()).as(where + ": baseline").isCloseTo(base.valueAt(d.output(), year), within(1e-9));
                }
            }
        }
    }

    @Test
    void thePartsAddUpForRandomScenariosWithEveryLeverAndAssumptionMoved() {
        Random random = new Random(11);
        for (int n = 0; n < 20; n++) {
            Scenario a = randomScenario(random);
            Scenario b = randomScenario(random);
            int year = 2025 + random.nextInt(16);
            for (Decomposition d : LeverDecomposition.of(a, b, year, INDICES)) {
                long leversMoved = Parameter.levers().stream().filter(l -> a.get(l) != b.get(l)).count();
                assertThat(d.parts()).hasSize((int) leversMoved + 1); // the levers that differ, and the other assumptions
                double sum = d.parts().stream().mapToDouble(Decomposition.Part::value).sum();
                assertThat(sum).isCloseTo(d.current() - d.baseline(), within(1e-9));
            }
        }
    }

    @Test
    void oneLeverMovedTakesTheWholeChangeAndTheOthersAreNotNamed() {
        Scenario baseline = Scenario.defaults();
        Scenario current = baseline.with(Parameter.NPU_THROUGHPUT, 200);
        Decomposition edge = LeverDecomposition.of(baseline, current, 2035, INDICES).get(1);
        assertThat(edge.parts()).extracting(p -> p.driver().key()).containsExactly("npuThroughput");
        assertThat(edge.parts().get(0).value()).isEqualTo(edge.total()).isGreaterThan(1);
    }

    @Test
    void theHorizonAndTheSeedAreNotCauses() {
        Scenario baseline = Scenario.defaults();
        Scenario current = baseline.with(Parameter.END_YEAR, 2045).withSeed(5);
        for (Decomposition d : LeverDecomposition.of(baseline, current, 2035, INDICES)) {
            assertThat(d.parts()).isEmpty();
            assertThat(d.total()).isZero();
        }
    }

    @Test
    void theRegulationDesignAloneIsOtherAssumptionsLinkedToTheDesign() {
        Scenario current = Scenario.defaults().withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN);
        Decomposition mining = LeverDecomposition.of(Scenario.defaults(), current, 2035, INDICES).get(0);
        assertThat(mining.parts()).singleElement().satisfies(p -> {
            assertThat(p.driver()).isEqualTo(Driver.otherAssumptions(Driver.REGULATION_DESIGN));
            assertThat(p.driver().label(Text.ENGLISH)).isEqualTo("Other assumptions");
            assertThat(p.value()).isEqualTo(mining.total()).isNotZero();
        });
    }

    private static Scenario randomScenario(Random random) {
        Scenario s = Scenario.defaults();
        for (Parameter p : Parameter.values()) {
            if (p == Parameter.END_YEAR || p == Parameter.STEPS_PER_YEAR) {
                continue;
            }
            double lo = Math.max(p.min(), p.defaultValue() / 2);
            double hi = Math.min(p.max(), Math.max(p.defaultValue() * 2, lo + p.step()));
            s = s.with(p, p.snap(lo + (hi - lo) * random.nextDouble()));
        }
        return s.withRegulationDesign(random.nextBoolean() ? RegulationDesign.ANTI_CONSOLIDATION : RegulationDesign.COMPLIANCE_BURDEN);
    }
}
