package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HalvingTest {

    @Test
    void subsidyHalvesEvery210000BlocksExactlyToTheSatoshi() {
        assertThat(Halving.subsidyAtHeight(0)).isEqualTo(50.0);
        assertThat(Halving.subsidyAtHeight(209_999)).isEqualTo(50.0);
        assertThat(Halving.subsidyAtHeight(210_000)).isEqualTo(25.0);
        assertThat(Halving.subsidyAtHeight(420_000)).isEqualTo(12.5);
        assertThat(Halving.subsidyAtHeight(630_000)).isEqualTo(6.25);
        assertThat(Halving.subsidyAtHeight(839_999)).isEqualTo(6.25);
        assertThat(Halving.subsidyAtHeight(840_000)).isEqualTo(3.125);   // 20 April 2024
        assertThat(Halving.subsidyAtHeight(1_049_999)).isEqualTo(3.125);
        assertThat(Halving.subsidyAtHeight(1_050_000)).isEqualTo(1.5625);
        assertThat(Halving.subsidyAtHeight(1_260_000)).isEqualTo(0.78125);
        assertThat(Halving.subsidyAtHeight(1_470_000)).isEqualTo(0.390625);
    }

    @Test
    void subsidyFollowsBitcoinCoreIntegerShiftIncludingRoundingAndTheEnd() {
        // 5,000,000,000 sat >> 10 = 4,882,812 sat (the exact half would be 4,882,812.5).
        assertThat(Halving.subsidyAtHeight(10L * 210_000)).isEqualTo(0.04882812);
        // 5e9 >> 32 = 1 sat; >> 33 = 0: the last satoshi subsidy and the end of issuance.
        assertThat(Halving.subsidyAtHeight(32L * 210_000)).isEqualTo(0.00000001);
        assertThat(Halving.subsidyAtHeight(33L * 210_000)).isZero();
        assertThat(Halving.subsidyAtHeight(64L * 210_000)).isZero();
        assertThat(Halving.subsidyAtHeight(Long.MAX_VALUE)).isZero();
    }

    @Test
    void theHorizonStartsAtBlock877260WithASubsidyOf3point125() {
        assertThat(Halving.heightAt(2025.0)).isEqualTo(877_260);
        assertThat(Halving.subsidyAt(2025.0)).isEqualTo(3.125);
        assertThat(Halving.subsidyAt(2025.99)).isEqualTo(3.125);
        // 144 blocks a day: one year later 52,596 blocks more.
        assertThat(Halving.heightAt(2026.0)).isEqualTo(877_260 + 52_596);
    }

    @Test
    void nextHalvingAtBlock1050000FallsInApril2028() {
        double year = Halving.yearOfHeight(1_050_000);
        // (1,050,000 - 877,260) / 52,596 = 3.2843 years after 1 January 2025: mid-April 2028.
        assertThat(year).isCloseTo(2028.2843, within(1e-4));
        assertThat(Halving.subsidyAt(2028.25)).isEqualTo(3.125);
        assertThat(Halving.subsidyAt(2028.5)).isEqualTo(1.5625);
        assertThat(Halving.subsidyAt(Halving.yearOfHeight(1_050_000) + 1e-6)).isEqualTo(1.5625);
    }

    @Test
    void laterHalvingsComeEveryFourYearsOrSo() {
        double first = Halving.yearOfHeight(1_050_000);
        double second = Halving.yearOfHeight(1_260_000);
        assertThat(second - first).isCloseTo(210_000 / (144 * 365.25), within(1e-9)).isCloseTo(3.99, within(0.01));
        assertThat(Halving.subsidyAt(2040.0)).isEqualTo(0.390625);
        // The tenth halving (block 2,100,000) falls in early 2048: 5e9 sat >> 10 = 4,882,812 sat.
        assertThat(Halving.yearOfHeight(2_100_000)).isCloseTo(2048.25, within(0.01));
        assertThat(Halving.subsidyAt(2050.0)).isEqualTo(0.04882812);
    }
}
