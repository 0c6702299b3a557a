package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Out-of-range, NaN and infinite inputs are refused with a message naming the parameter and its range. */
class BadInputTest {

    static Stream<Arguments> badValues() {
        return Stream.of(Parameter.values()).flatMap(p -> {
            double outside = Math.max(p.step(), Math.abs(p.max() - p.min()) * 1e-3);
            return Stream.of(
                    Arguments.of(p, p.min() - outside),
                    Arguments.of(p, p.max() + outside),
                    Arguments.of(p, Math.nextDown(p.min())),
                    Arguments.of(p, Math.nextUp(p.max())),
                    Arguments.of(p, Double.NaN),
                    Arguments.of(p, Double.POSITIVE_INFINITY),
                    Arguments.of(p, Double.NEGATIVE_INFINITY));
        });
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badValues")
    void scenarioRefusesTheValueNamingParameterAndRange(Parameter p, double value) {
        assertThatThrownBy(() -> Scenario.defaults().with(p, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(p.key() + " must be ")
                .hasMessageContaining(p.rangeText());
        assertThatThrownBy(() -> p.check(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMessageReadsLikeASentence() {
        assertThatThrownBy(() -> Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.5))
                .hasMessage("electricityPrice must be between 0.01 and 0.3 USD/kWh, got 0.5");
        assertThatThrownBy(() -> Scenario.defaults().with(Parameter.NPU_THROUGHPUT, Double.NaN))
                .hasMessage("npuThroughput must be a finite number between 1 and 500 TOPS, got NaN");
        assertThatThrownBy(() -> Scenario.defaults().with(Parameter.END_YEAR, 2030.5))
                .hasMessage("endYear must be a whole number between 2026 and 2050 year, got 2030.5");
    }

    @ParameterizedTest
    @EnumSource(Parameter.class)
    void theEndsOfEveryRangeAreAllowedAndRun(Parameter p) {
        for (double value : new double[] {p.min(), p.max()}) {
            Scenario s = Scenario.defaults().with(p, value);
            assertThat(s.get(p)).isEqualTo(value);
            assertThat(DivergenceModel.run(s).steps()).isPositive();
        }
    }

    @Test
    void integerParametersRefuseFractions() {
        for (Parameter p : Parameter.values()) {
            if (p.isInteger()) {
                assertThatThrownBy(() -> Scenario.defaults().with(p, p.min() + 0.5))
                        .hasMessageContaining(p.key()).hasMessageContaining("whole number");
            }
        }
    }

    @Test
    void unknownRegulationDesignIsRefusedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> RegulationDesign.fromKey("laissezFaire"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regulationDesign")
                .hasMessageContaining("antiConsolidation, complianceBurden");
        assertThat(RegulationDesign.fromKey("complianceburden")).isEqualTo(RegulationDesign.COMPLIANCE_BURDEN);
        assertThatThrownBy(() -> Scenario.defaults().withRegulationDesign(null)).isInstanceOf(NullPointerException.class);
    }
}
