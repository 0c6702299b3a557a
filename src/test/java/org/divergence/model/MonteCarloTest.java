package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The uncertainty bands: ordered, reproducible for a seed, different for another, and around the centre. */
class MonteCarloTest {

    private static final Scenario SCENARIO = Scenario.defaults().with(Parameter.END_YEAR, 2035);

    @Test
    void percentilesAreOrderedForEveryOutputAtEveryStep() {
        Bands bands = MonteCarlo.run(SCENARIO, 200, () -> false, f -> { });
        Quantile[] q = Quantile.values();
        for (Output o : Output.values()) {
            for (int k = 0; k < bands.steps(); k++) {
                for (int i = 1; i < q.length; i++) {
                    assertThat(bands.value(q[i], o, k)).as("%s %s at step %d", o, q[i], k)
                            .isGreaterThanOrEqualTo(bands.value(q[i - 1], o, k));
                }
            }
        }
        // Not all degenerate: the BTC price fans out.
        int last = bands.steps() - 1;
        assertThat(bands.value(Quantile.P90, Output.BTC_PRICE, last))
                .isGreaterThan(1.5 * bands.value(Quantile.P10, Output.BTC_PRICE, last));
    }

    @Test
    void theSameSeedGivesTheSameBandsAndAnotherSeedOthers() {
        Bands first = MonteCarlo.run(SCENARIO, 100, () -> false, f -> { });
        Bands again = MonteCarlo.run(SCENARIO, 100, () -> false, f -> { });
        Bands other = MonteCarlo.run(SCENARIO.withSeed(7), 100, () -> false, f -> { });
        int differing = 0;
        for (Quantile q : Quantile.values()) {
            assertThat(again.at(q)).as("same seed, " + q).isEqualTo(first.at(q));
            for (Output o : Output.values()) {
                if (first.value(q, o, first.steps() - 1) != other.value(q, o, other.steps() - 1)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("percentiles that differ with another seed").isGreaterThan(Output.values().length);
    }

    @Test
    void aPathIsTheSameWhateverTheNumberOfPathsAndTheOrderTheyRunIn() {
        assertThat(MonteCarlo.path(SCENARIO, 37)).isEqualTo(MonteCarlo.path(SCENARIO, 37));
        assertThat(MonteCarlo.path(SCENARIO, 37)).isNotEqualTo(MonteCarlo.path(SCENARIO, 38));
    }

    @Test
    void withoutVolatilityTheMedianPriceIsTheCentralPrice() {
        Scenario calm = SCENARIO.with(Parameter.BTC_PRICE_VOLATILITY, 0).with(Parameter.BTC_PRICE_DRIFT, 10);
        Bands bands = MonteCarlo.run(calm, 50, () -> false, f -> { });
        Projection central = DivergenceModel.run(calm);
        for (int k = 0; k < bands.steps(); k++) {
            assertThat(bands.value(Quantile.P10, Output.BTC_PRICE, k)).isEqualTo(central.value(Output.BTC_PRICE, k));
        }
    }

    @Test
    void theMedianBtcPriceFollowsTheDrift() {
        Bands bands = MonteCarlo.run(SCENARIO.with(Parameter.BTC_PRICE_DRIFT, 10), 1000, () -> false, f -> { });
        Projection central = DivergenceModel.run(SCENARIO.with(Parameter.BTC_PRICE_DRIFT, 10));
        int last = bands.steps() - 1;
        assertThat(bands.value(Quantile.P50, Output.BTC_PRICE, last) / central.last(Output.BTC_PRICE))
                .isBetween(0.9, 1.1);
    }

    @Test
    void aCancelledRunStops() {
        assertThatThrownBy(() -> MonteCarlo.run(SCENARIO, 100, () -> true, f -> { }))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void drawsStayInsideTheParametersRanges() {
        for (int n = 0; n < 200; n++) {
            Projection p = MonteCarlo.path(SCENARIO.with(Parameter.CLOUD_COST_DECLINE, 88), n);
            assertThat(p.scenario().get(Parameter.CLOUD_COST_DECLINE)).isBetween(0.0, 90.0);
        }
    }

    @Test
    void bandsFitOnlyAProjectionOfTheSameYears() {
        Bands bands = MonteCarlo.run(Scenario.defaults(), 20, () -> false, f -> { });
        assertThat(bands.hasYearsOf(DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 200)))).isTrue();
        assertThat(bands.hasYearsOf(DivergenceModel.run(Scenario.defaults().with(Parameter.STEPS_PER_YEAR, 2)))).isFalse();
        assertThat(bands.hasYearsOf(DivergenceModel.run(Scenario.defaults().with(Parameter.START_YEAR, 2020)))).isFalse();
        assertThat(bands.hasYearsOf(DivergenceModel.run(Scenario.defaults().with(Parameter.END_YEAR, 2045)))).isFalse();
    }
}
