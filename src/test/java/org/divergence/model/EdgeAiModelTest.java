package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The edge-AI mechanisms one by one, against numbers worked by hand. */
class EdgeAiModelTest {

    private static final Scenario DEFAULTS = Scenario.defaults();

    private static double logistic(double year) {
        return 1 / (1 + Math.exp(-(year - EdgeAiModel.ADOPTION_MIDPOINT) / EdgeAiModel.ADOPTION_WIDTH_YEARS));
    }

    @Test
    void capableShareIsTheAverageOfTheLogisticOverTheReplacementCycle() {
        SimpsonIntegrator simpson = new SimpsonIntegrator(1e-12, 1e-12, 3, 30);
        for (double cycle : new double[] {1, 2.5, 4, 7, 10}) {
            for (double year = 2025; year <= 2050; year += 0.75) {
                double numeric = simpson.integrate(1_000_000, EdgeAiModelTest::logistic, year - cycle, year) / cycle;
                assertThat(EdgeAiModel.capableShare(year, cycle)).as("year %s, cycle %s", year, cycle)
                        .isCloseTo(numeric, within(1e-9));
            }
        }
    }

    @Test
    void adoptionMatchesGartnersYearlyAiPcShares() {
        // The yearly average of the sales logistic is the capable share over a one-year "cycle" ending at year end.
        assertThat(EdgeAiModel.capableShare(2025, 1)).isCloseTo(0.156, within(0.011)); // 2024: 15.6 %
        assertThat(EdgeAiModel.capableShare(2026, 1)).isCloseTo(0.31, within(0.005));  // 2025: 31 %
        assertThat(EdgeAiModel.capableShare(2027, 1)).isCloseTo(0.55, within(0.006));  // 2026: 55 %
    }

    @Test
    void capableShareOnTheFirstDayByHand() {
        // (softplus(-1.3) - softplus(-5.3)) / 4 = (0.241008 - 0.004979) / 4
        double byHand = (Math.log1p(Math.exp(-1.3)) - Math.log1p(Math.exp(-5.3))) / 4;
        assertThat(byHand).isCloseTo(0.059007, within(1e-6));
        assertThat(EdgeAiModel.capableShare(2025, 4)).isCloseTo(byHand, within(1e-14));
    }

    @Test
    void newDeviceTopsFollowsTheLeverFrom2025AndHistoryBefore() {
        assertThat(EdgeAiModel.newDeviceTops(DEFAULTS, 2025)).isCloseTo(40, within(1e-12));
        assertThat(EdgeAiModel.newDeviceTops(DEFAULTS, 2027)).isCloseTo(40 * 1.25 * 1.25, within(1e-9));
        assertThat(EdgeAiModel.newDeviceTops(DEFAULTS, 2023)).isCloseTo(40 / 1.69, within(1e-9));
        // A better device arrives in 2025; those already sold keep their history.
        Scenario better = DEFAULTS.with(Parameter.NPU_THROUGHPUT, 100);
        assertThat(EdgeAiModel.newDeviceTops(better, 2023)).isCloseTo(40 / 1.69, within(1e-9));
        // A world that far behind: the history is scaled down with the lever.
        Scenario behind = DEFAULTS.with(Parameter.NPU_THROUGHPUT, 10);
        assertThat(EdgeAiModel.newDeviceTops(behind, 2023)).isCloseTo(10 / 1.69, within(1e-9));
    }

    @Test
    void cloudCostIn2025ByHand() {
        // GPU capital: 30,000 USD / (2,800 tokens/s x 0.6 x 4 years) = 0.14146 USD per million tokens.
        double seconds = 4 * 365.25 * 86_400;
        double capital = 30_000 / (2_800 * 0.6 * seconds / 1e6);
        assertThat(capital).isCloseTo(0.14146, within(1e-5));
        assertThat(EdgeAiModel.GPU_CAPITAL_USD_PER_MTOK).isCloseTo(capital, within(1e-15));
        // Energy: 700 W / 2,800 tokens/s = 0.25 J, x PUE 1.2 = 0.3 J; 10^6 x 0.3 J = 0.0833 kWh at 0.05 USD.
        double energy = 1e6 * 0.3 / 3.6e6 * 0.05;
        assertThat(energy).isCloseTo(0.0041667, within(1e-7));
        // With the provider's 50 % mark-up: about 0.22 USD per million tokens.
        double byHand = (capital + energy) * 1.5;
        assertThat(byHand).isCloseTo(0.2185, within(1e-4));
        Projection p = DivergenceModel.run(DEFAULTS);
        assertThat(p.value(Output.CLOUD_COST, 0)).isCloseTo(byHand, within(1e-12));
        // One year later 30 % cheaper.
        assertThat(p.valueAt(Output.CLOUD_COST, 2026)).isCloseTo(byHand * 0.7, within(1e-12));
    }

    @Test
    void deviceCostAndEnergyIn2025ByHand() {
        // The typical installed device was bought two years earlier: 40 / 1.3^2 = 23.67 TOPS.
        double tops = 40 / 1.69;
        // 1.0 J per token at 40 TOPS, times sqrt(40 / 23.67) = 1.3: 1.3 J per token.
        double joules = 1.0 * Math.sqrt(40 / tops);
        assertThat(joules).isCloseTo(1.3, within(1e-12));
        Projection p = DivergenceModel.run(DEFAULTS);
        assertThat(p.value(Output.DEVICE_ENERGY_PER_TOKEN, 0)).isCloseTo(1.3, within(1e-12));
        // 10^6 x 1.3 J = 0.3611 kWh at 0.16 USD = 0.0578 USD per million tokens.
        assertThat(p.value(Output.EDGE_COST, 0)).isCloseTo(1e6 * 1.3 / 3.6e6 * 0.16, within(1e-12));
        // Cloud energy per token includes the device's fetch: 0.25 x 1.2 + 0.15 = 0.45 J.
        assertThat(p.value(Output.CLOUD_ENERGY_PER_TOKEN, 0)).isCloseTo(0.45, within(1e-12));
    }

    @Test
    void generatingLocallyCostsTheDeviceSeveralTimesTheEnergyOfFetching() {
        // 1.0 J at 40 TOPS against 0.15 J to fetch: 6.7x, inside the 3.5-8.9x measured on a laptop (2025).
        double ratio = EdgeAiModel.DEVICE_J_PER_TOKEN_AT_40_TOPS / EdgeAiModel.FETCH_J_PER_TOKEN;
        assertThat(ratio).isBetween(3.5, 8.9);
    }

    @Test
    void taskFitIsTheLogNormalShareOfTasksNoBiggerThanTheDeviceModel() {
        // 23.67 TOPS x 0.2 = 4.73 B parameters against a 20 B median: ln(0.2367) / 1.5 = -0.9607.
        double z = Math.log(40 / 1.69 * 0.2 / 20) / 1.5;
        double byHand = new NormalDistribution().cumulativeProbability(z);
        assertThat(byHand).isCloseTo(0.16836, within(1e-5));
        assertThat(DivergenceModel.run(DEFAULTS).value(Output.TASK_FIT_SHARE, 0)).isCloseTo(byHand, within(1e-9));
    }

    @Test
    void logitChoiceAndEdgeShareIn2025ByHand() {
        Projection p = DivergenceModel.run(DEFAULTS);
        double cloud = p.value(Output.CLOUD_COST, 0);
        double edge = p.value(Output.EDGE_COST, 0);
        double fetch = 1e6 * 0.15 / 3.6e6 * 0.16;
        double privacy = 0.10 * (1 + 2.0 * 0.20);           // privacy rules at 20 % anti-consolidation
        double advantage = cloud + fetch - edge + privacy;  // 0.2185 + 0.0067 - 0.0578 + 0.14 = 0.3073
        double preference = 1 / (1 + Math.exp(-advantage / 0.10));
        assertThat(preference).isCloseTo(0.9558, within(1e-4));
        assertThat(p.value(Output.DEVICE_PREFERENCE, 0)).isCloseTo(preference, within(1e-12));
        double share = p.value(Output.CAPABLE_DEVICE_SHARE, 0) * p.value(Output.TASK_FIT_SHARE, 0) * preference;
        assertThat(p.value(Output.EDGE_SHARE, 0)).isCloseTo(share, within(1e-15)).isCloseTo(0.00950, within(1e-5));
        assertThat(p.value(Output.CLOUD_SHARE, 0)).isCloseTo(1 - share, within(1e-15));
    }

    @Test
    void cloudHhiFromSynergySharesByHand() {
        // No regulation: 30^2 + 20^2 + 13^2 + 30 x (37/30)^2 = 900 + 400 + 169 + 45.63 = 1,514.6.
        double others = 37.0 / 30;
        assertThat(EdgeAiModel.cloudHhi(0, true)).isCloseTo(900 + 400 + 169 + 30 * others * others, within(1e-9));
        assertThat(EdgeAiModel.cloudHhi(0, false)).isCloseTo(EdgeAiModel.cloudHhi(0, true), within(1e-9));
        // Full anti-consolidation: the big three keep 70 % of their share before renormalising.
        double big = 0.7 * 0.63;
        double total = big + 0.37;
        double expected = 10_000 * (Math.pow(0.21 / total, 2) + Math.pow(0.14 / total, 2) + Math.pow(0.091 / total, 2)
                + 30 * Math.pow(0.37 / total / 30, 2));
        assertThat(EdgeAiModel.cloudHhi(1, true)).isCloseTo(expected, within(1e-9));
        // Full compliance burden: the smaller clouds lose half their share.
        double small = 0.185;
        double total2 = 0.63 + small;
        double expected2 = 10_000 * (Math.pow(0.30 / total2, 2) + Math.pow(0.20 / total2, 2) + Math.pow(0.13 / total2, 2)
                + 30 * Math.pow(small / total2 / 30, 2));
        assertThat(EdgeAiModel.cloudHhi(1, false)).isCloseTo(expected2, within(1e-9));
    }

    @Test
    void controllersCombineCloudProvidersAndABillionDeviceOwners() {
        Projection p = DivergenceModel.run(DEFAULTS);
        for (int k = 0; k < p.steps(); k++) {
            double e = p.value(Output.EDGE_SHARE, k);
            double hhi = (1 - e) * (1 - e) * p.value(Output.CLOUD_HHI, k) + e * e * 10_000 / 1e9;
            assertThat(p.value(Output.INFERENCE_CONTROLLERS, k)).isCloseTo(10_000 / hhi, within(1e-9));
            assertThat(p.value(Output.EDGE_DECENTRALIZATION, k))
                    .isCloseTo(25 * Math.log10(10_000 / hhi), within(1e-9));
        }
    }

    @Test
    void inferenceEnergyWeighsDeviceAndCloudJoulesByTheirShares() {
        Projection p = DivergenceModel.run(DEFAULTS);
        for (int k = 0; k < p.steps(); k++) {
            double e = p.value(Output.EDGE_SHARE, k);
            double tokens = p.value(Output.INFERENCE_DEMAND, k) * 1e12;
            double joules = tokens * (e * p.value(Output.DEVICE_ENERGY_PER_TOKEN, k)
                    + (1 - e) * p.value(Output.CLOUD_ENERGY_PER_TOKEN, k));
            assertThat(p.value(Output.AI_ENERGY, k)).isCloseTo(joules / 3.6e15, within(1e-9 * p.value(Output.AI_ENERGY, k)));
        }
        // 1.5e16 tokens in 2025, 40 %/yr more.
        assertThat(p.value(Output.INFERENCE_DEMAND, 0)).isCloseTo(15_000, within(1e-9));
        assertThat(p.valueAt(Output.INFERENCE_DEMAND, 2030)).isCloseTo(15_000 * Math.pow(1.4, 5), within(1e-6));
    }
}
