package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tornado's numbers: every row is two single runs, rows are sorted, and the signs agree with the
 * directions of effect of docs/MODEL.md, section 7 (checked there on random pairs by
 * {@link DirectionsOfEffectTest}; here at the default scenario, the tornado's own setting).
 */
class SensitivityTest {

    private static Sensitivity.Row row(Sensitivity.Result result, Parameter p) {
        return result.rows().stream().filter(r -> r.parameter() == p).findFirst().orElseThrow();
    }

    @Test
    void eachEndIsASingleRunAndRowsAreSortedByEffect() {
        Scenario s = Scenario.defaults();
        Sensitivity.Result result = Sensitivity.run(s, Outcome.DEFAULT_GAP);
        assertThat(result.rows()).hasSize(Sensitivity.varied().size());
        assertThat(result.central()).isEqualTo(Outcome.DEFAULT_GAP.of(DivergenceModel.run(s)));
        Sensitivity.Row price = row(result, Parameter.ELECTRICITY_PRICE);
        assertThat(price.low()).isEqualTo(0.0375);
        assertThat(price.high()).isEqualTo(0.0625);
        assertThat(price.outcomeAtHigh())
                .isEqualTo(Outcome.DEFAULT_GAP.of(DivergenceModel.run(s.with(Parameter.ELECTRICITY_PRICE, 0.0625))));
        List<Double> effects = result.rows().stream().map(Sensitivity.Row::effect).toList();
        assertThat(effects).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(effects.get(0)).isPositive();
    }

    @Test
    void aParameterAtZeroMovesByATenthOfItsRange() {
        assertThat(Sensitivity.low(Parameter.BTC_PRICE_DRIFT, 0)).isEqualTo(-15);
        assertThat(Sensitivity.high(Parameter.BTC_PRICE_DRIFT, 0)).isEqualTo(15);
        assertThat(Sensitivity.high(Parameter.REGULATION_STRENGTH, 100)).isEqualTo(100);
    }

    @Test
    void tornadoSignsAgreeWithTheDirectionsOfEffect() {
        Scenario s = Scenario.defaults();
        Sensitivity.Result mining = Sensitivity.run(s, Outcome.of(Output.MINING_DECENTRALIZATION, 2035));
        Sensitivity.Result edge = Sensitivity.run(s, Outcome.of(Output.EDGE_DECENTRALIZATION, 2035));
        Sensitivity.Result hashrate = Sensitivity.run(s, Outcome.of(Output.NETWORK_HASHRATE, 2035));
        // Dearer electricity never makes mining less concentrated: the mining index does not rise.
        assertThat(row(mining, Parameter.ELECTRICITY_PRICE).outcomeAtHigh())
                .isLessThanOrEqualTo(row(mining, Parameter.ELECTRICITY_PRICE).outcomeAtLow());
        // Stronger anti-consolidation regulation never raises mining HHI, never lowers the edge index.
        assertThat(row(mining, Parameter.REGULATION_STRENGTH).outcomeAtHigh())
                .isGreaterThanOrEqualTo(row(mining, Parameter.REGULATION_STRENGTH).outcomeAtLow());
        assertThat(row(edge, Parameter.REGULATION_STRENGTH).outcomeAtHigh())
                .isGreaterThanOrEqualTo(row(edge, Parameter.REGULATION_STRENGTH).outcomeAtLow());
        // More NPU throughput never lowers the edge index.
        assertThat(row(edge, Parameter.NPU_THROUGHPUT).outcomeAtHigh())
                .isGreaterThan(row(edge, Parameter.NPU_THROUGHPUT).outcomeAtLow());
        // Dearer electricity never raises the network hashrate.
        assertThat(row(hashrate, Parameter.ELECTRICITY_PRICE).outcomeAtHigh())
                .isLessThan(row(hashrate, Parameter.ELECTRICITY_PRICE).outcomeAtLow());
        // For the gap (edge minus mining) both effects of NPU throughput and electricity price add up.
        Sensitivity.Result gap = Sensitivity.run(s, Outcome.DEFAULT_GAP);
        assertThat(row(gap, Parameter.NPU_THROUGHPUT).outcomeAtHigh())
                .isGreaterThan(row(gap, Parameter.NPU_THROUGHPUT).outcomeAtLow());
        assertThat(row(gap, Parameter.ELECTRICITY_PRICE).outcomeAtHigh())
                .isGreaterThanOrEqualTo(row(gap, Parameter.ELECTRICITY_PRICE).outcomeAtLow());
        assertThat(row(gap, Parameter.NPU_THROUGHPUT).elasticity()).isPositive();
    }

    @Test
    void outcomesParseFromTheCommandLineForm() {
        assertThat(Outcome.parse("gap")).isEqualTo(Outcome.DEFAULT_GAP);
        assertThat(Outcome.parse("mining_hhi@2040")).isEqualTo(Outcome.of(Output.MINING_HHI, 2040));
        assertThat(Outcome.parse("gap@2030").key()).isEqualTo("gap@2030");
        assertThatThrownBy(() -> Outcome.parse("gdp")).hasMessageContaining("unknown outcome 'gdp'");
        assertThatThrownBy(() -> Outcome.parse("gap@soon")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Outcome.parse("gap@1999")).hasMessageContaining("between 2025 and 2050");
    }
}
