package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void theSameScenarioGivesAnEqualProjection() {
        RandomScenarios draw = new RandomScenarios(7);
        for (int n = 0; n < 200; n++) {
            Scenario s = draw.anywhere();
            Projection first = DivergenceModel.run(s);
            Projection second = DivergenceModel.run(s);
            assertThat(second).isEqualTo(first).isNotSameAs(first);
            for (Output o : Output.values()) {
                assertThat(second.series(o)).containsExactly(first.series(o));
            }
        }
    }

    @Test
    void anEqualScenarioBuiltAnotherWayGivesAnEqualProjection() {
        Scenario a = Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.08).with(Parameter.NPU_THROUGHPUT, 120);
        Scenario b = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 120).with(Parameter.ELECTRICITY_PRICE, 0.08);
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(DivergenceModel.run(b)).isEqualTo(DivergenceModel.run(a));
    }

    @Test
    void theCentralProjectionDrawsNoRandomNumbers() {
        Scenario s = Scenario.defaults();
        Projection p = DivergenceModel.run(s);
        Projection q = DivergenceModel.run(s.withSeed(12345));
        for (Output o : Output.values()) {
            assertThat(q.series(o)).containsExactly(p.series(o));
        }
    }

    @Test
    void projectionsHandOutCopies() {
        Projection p = DivergenceModel.run(Scenario.defaults());
        double[] series = p.series(Output.MINING_HHI);
        series[0] = -1;
        double[] years = p.years();
        years[0] = -1;
        assertThat(p.value(Output.MINING_HHI, 0)).isPositive();
        assertThat(p.year(0)).isEqualTo(2025.0);
    }
}
