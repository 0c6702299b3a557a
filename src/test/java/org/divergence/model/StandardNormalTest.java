package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Cody's normal distribution function against Commons Math (which the model used before) and exact values. */
class StandardNormalTest {

    private static final double SQRT2 = Math.sqrt(2);
    private static final double EPS = Math.ulp(1.0);

    /** Values of Φ to 20 digits, computed with 40-digit arithmetic (mpmath.ncdf), from the far lower tail to near 1. */
    @ParameterizedTest(name = "Phi({0})")
    @CsvSource({
            "-37.5, 4.6053530095819548438e-308",
            "-30,   4.9067139271481870595e-198",
            "-20,   2.7536241186062336951e-89",
            "-10,   7.619853024160526066e-24",
            "-5.7,  5.9903714010635344298e-9",
            "-5,    2.8665157187919391167e-7",
            "-2,    0.0227501319481792072",
            "-1,    0.15865525393145705141",
            "-0.6,  0.27425311775007358029",
            "0.3,   0.61791142218895263731",
            "1,     0.84134474606854294859",
            "3,     0.99865010196836990547",
            "6,     0.99999999901341235496",
            "8,     0.9999999999999993779"})
    void matchesHighPrecisionValuesToTwoPartsIn10To15(double z, double exact) {
        assertThat(StandardNormal.cdf(z)).isCloseTo(exact, within(2e-15 * exact));
    }

    /**
     * Against Commons Math's complementary error function, relatively, over the whole range where Φ is a
     * normal double. Commons' own error grows in the lower tail (it rounds z/sqrt(2) before squaring, and
     * exp(-x²) turns a relative error ε of x² into x²ε), so the tolerance grows with z² there; Cody's
     * algorithm avoids that loss (the exact values above hold it to 2e-15 out to z = -37.5).
     */
    @Test
    void agreesWithCommonsMathsErfcRelativelyOverTheWholeRange() {
        for (double z = -37.5; z <= 8.3; z += 0.0007) {
            double commons = 0.5 * Erf.erfc(-z / SQRT2);
            double tolerance = (64 + 2 * z * z) * EPS * commons;
            assertThat(StandardNormal.cdf(z)).as("z = %s", z).isCloseTo(commons, within(tolerance));
        }
    }

    /** Against the distribution the model used before, absolutely, everywhere: the two differ only by rounding. */
    @Test
    void agreesWithCommonsMathsNormalDistributionEverywhere() {
        NormalDistribution normal = new NormalDistribution();
        for (double z = -60; z <= 60; z += 0.0011) {
            assertThat(StandardNormal.cdf(z)).as("z = %s", z)
                    .isCloseTo(normal.cumulativeProbability(z), within(4 * EPS));
        }
    }

    /** The task-fit share equals Commons Math's log-normal CDF, which the model called until version 1.1. */
    @Test
    void taskFitIsCommonsMathsLogNormalCdf() {
        LogNormalDistribution taskSize = new LogNormalDistribution(null, 0, EdgeAiModel.TASK_SIZE_SHAPE,
                LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        for (double log = -120; log <= 120; log += 0.0017) {
            double x = Math.exp(log);
            assertThat(EdgeAiModel.taskFit(x)).as("x = %s", x).isCloseTo(taskSize.cumulativeProbability(x), within(4 * EPS));
        }
        assertThat(EdgeAiModel.taskFit(1)).isEqualTo(0.5);
        assertThat(EdgeAiModel.taskFit(0)).isEqualTo(0.0);
        assertThat(EdgeAiModel.taskFit(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    }

    @Test
    void symmetricMonotoneAndExactAtTheSpecialValues() {
        double previous = 0;
        for (double z = -40; z <= 10; z += 0.0013) {
            double p = StandardNormal.cdf(z);
            assertThat(p).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
            assertThat(p + StandardNormal.cdf(-z)).isCloseTo(1.0, within(2 * EPS));
            previous = p;
        }
        assertThat(StandardNormal.cdf(0)).isEqualTo(0.5);
        assertThat(StandardNormal.cdf(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(StandardNormal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(StandardNormal.cdf(-40)).isEqualTo(0.0);
        assertThat(StandardNormal.cdf(9)).isEqualTo(1.0);
        assertThat(StandardNormal.cdf(Double.NaN)).isNaN();
    }
}
