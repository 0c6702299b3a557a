package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The regime map: each cell is one ordinary run, cells and values map back and forth. */
class RegimeMapTest {

    private static final Scenario SCENARIO = Scenario.defaults().with(Parameter.REGULATION_STRENGTH, 60);

    @Test
    void aCellEqualsASingleRun() {
        RegimeMap map = RegimeMap.compute(SCENARIO, Outcome.DEFAULT_GAP, Parameter.ELECTRICITY_PRICE,
                Parameter.NPU_THROUGHPUT, 8, 6, () -> false);
        for (int[] cell : new int[][] {{0, 0}, {7, 5}, {3, 2}, {5, 4}}) {
            Scenario s = SCENARIO.with(Parameter.ELECTRICITY_PRICE, map.x(cell[0]))
                    .with(Parameter.NPU_THROUGHPUT, map.y(cell[1]));
            assertThat(map.value(cell[0], cell[1])).isEqualTo(Outcome.DEFAULT_GAP.of(DivergenceModel.run(s)));
        }
        // More NPU throughput (up the map) never lowers the gap at the same electricity price.
        assertThat(map.value(2, 5)).isGreaterThan(map.value(2, 0));
    }

    @Test
    void cellsAndValuesMapBackAndForth() {
        RegimeMap map = RegimeMap.compute(SCENARIO, Outcome.DEFAULT_GAP, Parameter.ELECTRICITY_PRICE,
                Parameter.NPU_THROUGHPUT, 16, 16, () -> false);
        for (int i = 0; i < 16; i++) {
            assertThat(map.column(map.x(i))).isEqualTo(i);
            assertThat(map.row(map.y(i))).isEqualTo(i);
        }
        assertThat(RegimeMap.isLogarithmic(Parameter.NPU_THROUGHPUT)).isTrue();
        assertThat(RegimeMap.isLogarithmic(Parameter.ELECTRICITY_PRICE)).isFalse();
        assertThat(map.x(0)).isCloseTo(0.01 + 0.29 / 32, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(map.column(0.05)).isEqualTo(2);
    }

    @Test
    void refusesOneParameterTwiceAndTooFewCells() {
        assertThatThrownBy(() -> RegimeMap.compute(SCENARIO, Outcome.DEFAULT_GAP, Parameter.NPU_THROUGHPUT,
                Parameter.NPU_THROUGHPUT, 8, 8, () -> false)).hasMessageContaining("two different parameters");
        assertThatThrownBy(() -> RegimeMap.compute(SCENARIO, Outcome.DEFAULT_GAP, Parameter.NPU_THROUGHPUT,
                Parameter.ELECTRICITY_PRICE, 1, 8, () -> false)).hasMessageContaining("at least 2 x 2");
    }
}
