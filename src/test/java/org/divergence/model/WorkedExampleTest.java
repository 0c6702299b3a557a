package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * docs/MODEL.md, section 8: the default scenario's first step worked by hand, and its second step
 * by an independent re-implementation of the mining equations (bisection instead of Newton, no
 * code shared with MiningModel), compared with what the model produces.
 */
class WorkedExampleTest {

    private static final Projection DEFAULT = DivergenceModel.run(Scenario.defaults());

    // Classes in order home, small farm, industrial, hyperscale.
    private static final double[] INITIAL_SHARE = {0.05, 0.20, 0.45, 0.30};
    private static final double[] AGE = {4, 2.5, 1.5, 0.5};
    private static final double[] POWER_FACTOR = {1.6, 1.25, 1.05, 1.10}; // premium x (1 + 10 % x weight)
    private static final double[] COST_OF_CAPITAL = {0.22, 0.18, 0.12, 0.08};
    private static final double[] OPERATOR_SIZE_EHS = {0.0005, 0.05, Double.NaN, Double.NaN};
    private static final double[] FIRMS = {Double.NaN, Double.NaN, 40, 6};

    // Recorded frontier (assets/history/asic-frontier.csv): each Antminer 0.9 years after release
    // (snapped to the model's grid of 1/128 year, under 1.5 days), log-linear between them; written
    // out again here rather than read through the model.
    private static final double[] REACHED = {snap(2016.45 + 0.9), snap(2018.95 + 0.9), snap(2019.3 + 0.9),
        snap(2020.37 + 0.9), snap(2022.54 + 0.9), 2025.0};
    private static final double[] JOULES = {98, 57, 39.5, 29.5, 21.5, 17.5};

    private static double snap(double year) {
        return 2003 + Math.round((year - 2003) * 128) / 128.0;
    }

    private static double frontier(double year) {
        if (year >= 2025) {
            return 17.5 * Math.pow(0.88, year - 2025);
        }
        int i = 0;
        while (year > REACHED[i + 1]) {
            i++;
        }
        double f = (year - REACHED[i]) / (REACHED[i + 1] - REACHED[i]);
        return JOULES[i] * Math.pow(JOULES[i + 1] / JOULES[i], f);
    }

    /** A class's fleet: the frontier averaged over its purchase window, ages AGE - w/2 to AGE + w/2, w = min(2 AGE, 4). */
    private static double efficiency(int c, double year) {
        double width = Math.min(2 * AGE[c], 4);
        double oldest = year - AGE[c] - width / 2;
        int n = 20_000;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += frontier(oldest + (j + 0.5) * width / n);
        }
        return sum / n;
    }

    private static double runningCost(int c, double year) {
        return efficiency(c, year) * 0.024 * 0.05 * POWER_FACTOR[c];
    }

    private static double running(double cost, double hp) {
        return 1 / (1 + Math.pow(cost / hp, 8));
    }

    /** Bisection on hp x running TH/s = revenue. */
    private static double hashprice(double revenue, double[] capacity, double year) {
        double lo = 1e-9;
        double hi = 10;
        for (int i = 0; i < 200; i++) {
            double mid = Math.sqrt(lo * hi);
            double earned = 0;
            for (int c = 0; c < 4; c++) {
                earned += mid * capacity[c] * 1e6 * running(runningCost(c, year), mid);
            }
            if (earned > revenue) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }

    @Test
    void revenueAndHashpriceOnTheFirstDay() {
        double revenue = 144 * (3.125 + 0.036) * 95_000;
        assertThat(revenue).isEqualTo(43_242_480.0);
        double[] capacity = new double[4];
        for (int c = 0; c < 4; c++) {
            capacity[c] = 800 * INITIAL_SHARE[c];
        }
        double hp = hashprice(revenue, capacity, 2025);
        assertThat(hp).isCloseTo(0.057069, within(5e-7));
        // The model's tabulated frontier and this one differ by under 10^-5 (linear against exponential
        // within a grid cell of 1/128 year).
        assertThat(DEFAULT.value(Output.HASHPRICE, 0)).isCloseTo(hp, within(1e-5 * hp));
        assertThat(DEFAULT.value(Output.NETWORK_HASHRATE, 0)).isCloseTo(757.72, within(0.005));
        assertThat(DEFAULT.value(Output.BREAKEVEN_EFFICIENCY, 0)).isCloseTo(47.56, within(0.005));
        assertThat(DEFAULT.value(Output.BREAKEVEN_PRICE_HYPERSCALE, 0)).isCloseTo(0.1156, within(5e-5));
        assertThat(DEFAULT.value(Output.BREAKEVEN_PRICE_HOME, 0)).isCloseTo(0.0392, within(5e-5));
    }

    @Test
    void costsAndRunningFractionsOnTheFirstDay() {
        double[] efficiency = {37.941, 25.362, 21.585, 18.705};
        double[] cost = {0.072846, 0.038042, 0.027197, 0.024691};
        double[] fraction = {0.12426, 0.96248, 0.99735, 0.99877};
        double hp = DEFAULT.value(Output.HASHPRICE, 0);
        for (int c = 0; c < 4; c++) {
            assertThat(efficiency(c, 2025)).isCloseTo(efficiency[c], within(5e-4));
            assertThat(runningCost(c, 2025)).isCloseTo(cost[c], within(5e-7));
            assertThat(running(runningCost(c, 2025), hp)).isCloseTo(fraction[c], within(5e-6));
        }
    }

    @Test
    void concentrationAndEnergyOnTheFirstDay() {
        assertThat(DEFAULT.value(Output.SHARE_HOME, 0)).isCloseTo(0.00656, within(5e-6));
        assertThat(DEFAULT.value(Output.SHARE_SMALL_FARM, 0)).isCloseTo(0.20324, within(5e-6));
        assertThat(DEFAULT.value(Output.SHARE_INDUSTRIAL, 0)).isCloseTo(0.47385, within(5e-6));
        assertThat(DEFAULT.value(Output.SHARE_HYPERSCALE, 0)).isCloseTo(0.31635, within(5e-6));
        double hhi = 10_000 * (0.00656 * 0.00656 / 9_941 + 0.20324 * 0.20324 / 3_079.9
                + 0.47385 * 0.47385 / 40 + 0.31635 * 0.31635 / 6);
        assertThat(hhi).isCloseTo(223.07, within(0.01));
        assertThat(DEFAULT.value(Output.MINING_HHI, 0)).isCloseTo(223.07, within(0.005));
        assertThat(DEFAULT.value(Output.MINING_EFFECTIVE_OPERATORS, 0)).isCloseTo(44.83, within(0.005));
        assertThat(DEFAULT.value(Output.MINING_DECENTRALIZATION, 0)).isCloseTo(41.29, within(0.005));
        assertThat(DEFAULT.value(Output.MINING_NAKAMOTO, 0)).isEqualTo(22.0);
        double watts = (4.970 * 37.941 + 153.996 * 25.362 + 359.045 * 21.585 + 239.706 * 18.705) * 1e6;
        assertThat(watts * 8766 / 1e12).isCloseTo(143.13, within(0.01));
        assertThat(DEFAULT.value(Output.MINING_ENERGY, 0)).isCloseTo(143.13, within(0.005));
    }

    @Test
    void theSecondQuarterFollowsFromTheGrowthLaw() {
        // Step 0: settle, then grow a quarter year with the hand-written law.
        double[] capacity = new double[4];
        for (int c = 0; c < 4; c++) {
            capacity[c] = 800 * INITIAL_SHARE[c];
        }
        double hp = hashprice(144 * (3.125 + 0.036) * 95_000, capacity, 2025);
        for (int c = 0; c < 4; c++) {
            double cost = runningCost(c, 2025);
            double capital = 15 * (0.25 + COST_OF_CAPITAL[c]) / 365.25;
            double margin = 1 - (cost + capital) / hp;
            double growth = Math.max(0, margin) - 0.25 - (1 - running(cost, hp));
            capacity[c] *= Math.exp(growth * 0.25);
        }
        assertThat(capacity[3]).isCloseTo(244.77, within(0.005));
        assertThat(capacity[0]).isCloseTo(30.19, within(0.005));

        // Step 1 (2025.25): settle again; machine price and BTC price unchanged at the defaults.
        double hp1 = hashprice(144 * (3.125 + 0.036) * 95_000, capacity, 2025.25);
        assertThat(DEFAULT.value(Output.HASHPRICE, 1)).isCloseTo(hp1, within(1e-5 * hp1));
        double network = 0;
        double[] runningEhs = new double[4];
        for (int c = 0; c < 4; c++) {
            runningEhs[c] = capacity[c] * running(runningCost(c, 2025.25), hp1);
            network += runningEhs[c];
        }
        assertThat(DEFAULT.value(Output.NETWORK_HASHRATE, 1)).isCloseTo(network, within(1e-5 * network));
        double hhi = 10_000 * (Math.pow(runningEhs[0] / network, 2) / (runningEhs[0] / OPERATOR_SIZE_EHS[0])
                + Math.pow(runningEhs[1] / network, 2) / (runningEhs[1] / OPERATOR_SIZE_EHS[1])
                + Math.pow(runningEhs[2] / network, 2) / FIRMS[2]
                + Math.pow(runningEhs[3] / network, 2) / FIRMS[3]);
        assertThat(DEFAULT.value(Output.MINING_HHI, 1)).isCloseTo(hhi, within(1e-5 * hhi));
    }

    @Test
    void edgeAiOnTheFirstDay() {
        assertThat(DEFAULT.value(Output.CAPABLE_DEVICE_SHARE, 0)).isCloseTo(0.05901, within(5e-6));
        assertThat(DEFAULT.value(Output.TASK_FIT_SHARE, 0)).isCloseTo(0.16836, within(5e-6));
        assertThat(DEFAULT.value(Output.CLOUD_COST, 0)).isCloseTo(0.21845, within(5e-6));
        assertThat(DEFAULT.value(Output.EDGE_COST, 0)).isCloseTo(0.05778, within(5e-6));
        assertThat(DEFAULT.value(Output.DEVICE_PREFERENCE, 0)).isCloseTo(0.95578, within(5e-6));
        assertThat(DEFAULT.value(Output.EDGE_SHARE, 0)).isCloseTo(0.009495, within(5e-7));
        assertThat(DEFAULT.value(Output.CLOUD_HHI, 0)).isCloseTo(1_451.3, within(0.05));
        assertThat(DEFAULT.value(Output.INFERENCE_CONTROLLERS, 0)).isCloseTo(7.023, within(5e-4));
        assertThat(DEFAULT.value(Output.EDGE_DECENTRALIZATION, 0)).isCloseTo(21.16, within(0.005));
    }

    @Test
    void theTwoIndicesCrossIn2038() {
        assertThat(DEFAULT.valueAt(Output.MINING_DECENTRALIZATION, 2037))
                .isGreaterThan(DEFAULT.valueAt(Output.EDGE_DECENTRALIZATION, 2037));
        assertThat(DEFAULT.valueAt(Output.MINING_DECENTRALIZATION, 2038)).isCloseTo(29.5, within(0.05))
                .isLessThan(DEFAULT.valueAt(Output.EDGE_DECENTRALIZATION, 2038));
        assertThat(DEFAULT.valueAt(Output.EDGE_DECENTRALIZATION, 2038)).isCloseTo(29.9, within(0.05));
        assertThat(DEFAULT.last(Output.MINING_DECENTRALIZATION)).isCloseTo(28.5, within(0.05));
        assertThat(DEFAULT.last(Output.EDGE_DECENTRALIZATION)).isCloseTo(31.2, within(0.05));
    }
}
