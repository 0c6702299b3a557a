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

    private static double efficiency(int c, double year) {
        double bought = year - AGE[c];
        return bought >= 2025 ? 17.5 * Math.pow(0.88, bought - 2025) : 17.5 * Math.pow(0.88, bought - 2025);
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
        assertThat(hp).isCloseTo(0.055888, within(5e-7));
        assertThat(DEFAULT.value(Output.HASHPRICE, 0)).isCloseTo(hp, within(1e-12));
        assertThat(DEFAULT.value(Output.NETWORK_HASHRATE, 0)).isCloseTo(773.74, within(0.005));
        assertThat(DEFAULT.value(Output.BREAKEVEN_EFFICIENCY, 0)).isCloseTo(46.57, within(0.005));
        assertThat(DEFAULT.value(Output.BREAKEVEN_PRICE_HYPERSCALE, 0)).isCloseTo(0.1135, within(5e-5));
        assertThat(DEFAULT.value(Output.BREAKEVEN_PRICE_HOME, 0)).isCloseTo(0.0499, within(5e-5));
    }

    @Test
    void costsAndRunningFractionsOnTheFirstDay() {
        double[] efficiency = {29.181, 24.090, 21.199, 18.655};
        double[] cost = {0.056028, 0.036135, 0.026711, 0.024625};
        double[] fraction = {0.49497, 0.97037, 0.99729, 0.99858};
        double hp = DEFAULT.value(Output.HASHPRICE, 0);
        for (int c = 0; c < 4; c++) {
            assertThat(efficiency(c, 2025)).isCloseTo(efficiency[c], within(5e-4));
            assertThat(runningCost(c, 2025)).isCloseTo(cost[c], within(5e-7));
            assertThat(running(runningCost(c, 2025), hp)).isCloseTo(fraction[c], within(5e-6));
        }
    }

    @Test
    void concentrationAndEnergyOnTheFirstDay() {
        assertThat(DEFAULT.value(Output.SHARE_HOME, 0)).isCloseTo(0.02559, within(5e-6));
        assertThat(DEFAULT.value(Output.SHARE_SMALL_FARM, 0)).isCloseTo(0.20066, within(5e-6));
        assertThat(DEFAULT.value(Output.SHARE_INDUSTRIAL, 0)).isCloseTo(0.46401, within(5e-6));
        assertThat(DEFAULT.value(Output.SHARE_HYPERSCALE, 0)).isCloseTo(0.30974, within(5e-6));
        double hhi = 10_000 * (0.02559 * 0.02559 / 39_597 + 0.20066 * 0.20066 / 3_105.2
                + 0.46401 * 0.46401 / 40 + 0.30974 * 0.30974 / 6);
        assertThat(hhi).isCloseTo(213.86, within(0.01));
        assertThat(DEFAULT.value(Output.MINING_HHI, 0)).isCloseTo(213.86, within(0.005));
        assertThat(DEFAULT.value(Output.MINING_EFFECTIVE_OPERATORS, 0)).isCloseTo(46.76, within(0.005));
        assertThat(DEFAULT.value(Output.MINING_DECENTRALIZATION, 0)).isCloseTo(41.75, within(0.005));
        assertThat(DEFAULT.value(Output.MINING_NAKAMOTO, 0)).isEqualTo(23.0);
        double watts = (19.799 * 29.181 + 155.259 * 24.090 + 359.023 * 21.199 + 239.660 * 18.655) * 1e6;
        assertThat(watts * 8766 / 1e12).isCloseTo(143.76, within(0.01));
        assertThat(DEFAULT.value(Output.MINING_ENERGY, 0)).isCloseTo(143.76, within(0.005));
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
        assertThat(capacity[3]).isCloseTo(243.96, within(0.005));
        assertThat(capacity[0]).isCloseTo(33.12, within(0.005));

        // Step 1 (2025.25): settle again; machine price and BTC price unchanged at the defaults.
        double hp1 = hashprice(144 * (3.125 + 0.036) * 95_000, capacity, 2025.25);
        assertThat(DEFAULT.value(Output.HASHPRICE, 1)).isCloseTo(hp1, within(1e-12));
        double network = 0;
        double[] runningEhs = new double[4];
        for (int c = 0; c < 4; c++) {
            runningEhs[c] = capacity[c] * running(runningCost(c, 2025.25), hp1);
            network += runningEhs[c];
        }
        assertThat(DEFAULT.value(Output.NETWORK_HASHRATE, 1)).isCloseTo(network, within(1e-9));
        double hhi = 10_000 * (Math.pow(runningEhs[0] / network, 2) / (runningEhs[0] / OPERATOR_SIZE_EHS[0])
                + Math.pow(runningEhs[1] / network, 2) / (runningEhs[1] / OPERATOR_SIZE_EHS[1])
                + Math.pow(runningEhs[2] / network, 2) / FIRMS[2]
                + Math.pow(runningEhs[3] / network, 2) / FIRMS[3]);
        assertThat(DEFAULT.value(Output.MINING_HHI, 1)).isCloseTo(hhi, within(1e-9));
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
        assertThat(DEFAULT.valueAt(Output.MINING_DECENTRALIZATION, 2038)).isCloseTo(29.8, within(0.05))
                .isLessThan(DEFAULT.valueAt(Output.EDGE_DECENTRALIZATION, 2038));
        assertThat(DEFAULT.valueAt(Output.EDGE_DECENTRALIZATION, 2038)).isCloseTo(29.9, within(0.05));
        assertThat(DEFAULT.last(Output.MINING_DECENTRALIZATION)).isCloseTo(28.8, within(0.05));
        assertThat(DEFAULT.last(Output.EDGE_DECENTRALIZATION)).isCloseTo(31.2, within(0.05));
    }
}
