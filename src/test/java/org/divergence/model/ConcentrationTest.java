package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Concentration measures on small examples worked by hand. */
class ConcentrationTest {

    private static double[] of(double... values) {
        return values;
    }

    @Test
    void hhiIsTenThousandTimesTheSumOfSquaredOperatorShares() {
        // One firm: a monopoly.
        assertThat(Concentration.hhi(of(1.0), of(1))).isEqualTo(10_000.0);
        // Two equal firms: 2 x 50^2.
        assertThat(Concentration.hhi(of(0.5, 0.5), of(1, 1))).isCloseTo(5_000.0, within(1e-9));
        // A class of 2 operators holding 40 % is two firms of 20 %: 60^2 + 2 x 20^2 = 4,400.
        assertThat(Concentration.hhi(of(0.6, 0.4), of(1, 2))).isCloseTo(4_400.0, within(1e-9));
        // The March 2025 pool example: Foundry 30 %, AntPool 21 %, ViaBTC 14 %, 35 % over 35 small pools.
        double hhi = Concentration.hhi(of(0.30, 0.21, 0.14, 0.35), of(1, 1, 1, 35));
        assertThat(hhi).isCloseTo(10_000 * (0.09 + 0.0441 + 0.0196 + 35 * 0.01 * 0.01), within(1e-9))
                .isCloseTo(1_572.0, within(1e-9));
        // Empty classes are skipped, whatever their operator count.
        assertThat(Concentration.hhi(of(1.0, 0.0), of(4, 0))).isCloseTo(2_500.0, within(1e-9));
    }

    @Test
    void effectiveNumberIsTenThousandOverHhi() {
        assertThat(Concentration.effectiveNumber(10_000)).isEqualTo(1.0);
        assertThat(Concentration.effectiveNumber(2_500)).isEqualTo(4.0);
        assertThat(Concentration.effectiveNumber(1_572)).isCloseTo(6.3613, within(1e-4));
    }

    @Test
    void nakamotoCoefficientCountsTheFewestOperatorsAboveOneHalf() {
        // 40 % + 30 % = 70 % > 50 %: two.
        assertThat(Concentration.nakamotoCoefficient(of(0.3, 0.3, 0.4), of(1, 1, 1))).isEqualTo(2);
        // Exactly one half is not a majority: two equal halves need both.
        assertThat(Concentration.nakamotoCoefficient(of(0.5, 0.5), of(1, 1))).isEqualTo(2);
        // Just over one half: one.
        assertThat(Concentration.nakamotoCoefficient(of(0.5000001, 0.4999999), of(1, 1))).isEqualTo(1);
        // 40 % alone, then operators of 10 % each: 40 + 10 = 50 is not enough, 40 + 10 + 10 is. Three.
        assertThat(Concentration.nakamotoCoefficient(of(0.6, 0.4), of(6, 1))).isEqualTo(3);
        // A hundred equal operators: 51 of them.
        assertThat(Concentration.nakamotoCoefficient(of(1.0), of(100))).isEqualTo(51);
        // The largest operators come first even when listed last.
        assertThat(Concentration.nakamotoCoefficient(of(0.2, 0.8), of(20, 2))).isEqualTo(2);
    }

    @Test
    void topShareAddsTheKLargestOperators() {
        assertThat(Concentration.topShare(3, of(0.3, 0.3, 0.4), of(1, 1, 1))).isCloseTo(1.0, within(1e-12));
        assertThat(Concentration.topShare(1, of(0.3, 0.3, 0.4), of(1, 1, 1))).isCloseTo(0.4, within(1e-12));
        // 40 % firm, then two of the six 10 % operators.
        assertThat(Concentration.topShare(3, of(0.6, 0.4), of(6, 1))).isCloseTo(0.6, within(1e-12));
        // Operators of 70 % and 1.5 operators of 20 % each: the top two hold 90 %, the top three all of it.
        assertThat(Concentration.topShare(2, of(0.3, 0.7), of(1.5, 1))).isCloseTo(0.9, within(1e-12));
        assertThat(Concentration.topShare(3, of(0.3, 0.7), of(1.5, 1))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void decentralizationIndexIs25TimesLog10OfTheEffectiveNumberClampedTo0To100() {
        assertThat(Concentration.decentralizationIndex(1)).isEqualTo(0.0);
        assertThat(Concentration.decentralizationIndex(10)).isCloseTo(25.0, within(1e-12));
        assertThat(Concentration.decentralizationIndex(100)).isCloseTo(50.0, within(1e-12));
        assertThat(Concentration.decentralizationIndex(1_000)).isCloseTo(75.0, within(1e-12));
        assertThat(Concentration.decentralizationIndex(10_000)).isCloseTo(100.0, within(1e-12));
        assertThat(Concentration.decentralizationIndex(1e9)).isEqualTo(100.0);
        assertThat(Concentration.decentralizationIndex(0.5)).isEqualTo(0.0);
        // HHI 1,667 (six equal firms): 25 x log10(6) = 19.45.
        assertThat(Concentration.decentralizationIndex(6)).isCloseTo(19.4538, within(1e-4));
    }
}
