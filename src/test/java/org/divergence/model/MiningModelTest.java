package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The mining mechanisms one by one, against numbers worked by hand or by an independent re-implementation. */
class MiningModelTest {

    private static final Scenario DEFAULTS = Scenario.defaults();

    @Test
    void runningFractionIsOneOverOnePlusXToTheEighth() {
        assertThat(MiningModel.runningFraction(0, 1)).isEqualTo(1.0);
        assertThat(MiningModel.runningFraction(0.05, 0.05)).isCloseTo(0.5, within(1e-15));
        assertThat(MiningModel.runningFraction(0.10, 0.05)).isCloseTo(1.0 / 257, within(1e-15));
        assertThat(MiningModel.runningFraction(0.025, 0.05)).isCloseTo(256.0 / 257, within(1e-15));
        // 10 % above break-even, about a third runs; 10 % below, about 70 %.
        assertThat(MiningModel.runningFraction(1.1, 1)).isCloseTo(1 / (1 + Math.pow(1.1, 8)), within(1e-15))
                .isCloseTo(0.318, within(1e-3));
        assertThat(MiningModel.runningFraction(0.9, 1)).isCloseTo(0.699, within(1e-3));
    }

    @Test
    void equilibriumHashpriceTimesRunningHashrateEqualsRevenue() {
        Random random = new Random(5);
        for (int trial = 0; trial < 2_000; trial++) {
            double[] capacity = new double[4];
            double[] cost = new double[4];
            for (int i = 0; i < 4; i++) {
                capacity[i] = Math.pow(10, -3 + 8 * random.nextDouble());   // 0.001 to 100,000 EH/s
                cost[i] = Math.pow(10, -4 + 4 * random.nextDouble());       // 0.0001 to 1 USD/TH/day
            }
            double revenue = Math.pow(10, 2 + 10 * random.nextDouble());    // 100 USD to 1e12 USD a day
            double[] running = new double[4];
            double hp = MiningModel.equilibriumHashprice(revenue, capacity, cost, running);

            double runningTh = 0;
            for (int i = 0; i < 4; i++) {
                assertThat(running[i]).isEqualTo(MiningModel.runningFraction(cost[i], hp));
                runningTh += capacity[i] * running[i] * 1e6;
            }
            assertThat(hp * runningTh / revenue).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void moreRevenueNeverLowersTheEquilibriumHashprice() {
        double[] capacity = {40, 160, 360, 240};
        double[] cost = {0.056, 0.036, 0.027, 0.025};
        double previous = 0;
        for (double revenue = 1e6; revenue < 1e9; revenue *= 1.1) {
            double hp = MiningModel.equilibriumHashprice(revenue, capacity, cost, new double[4]);
            assertThat(hp).isGreaterThan(previous);
            previous = hp;
        }
    }

    @Test
    void frontierFollowsTheLeverFrom2025AndHistoryBefore() {
        // Today's lever: one smooth path, 12 %/yr better each year.
        assertThat(MiningModel.frontierEfficiency(DEFAULTS, 2025.0)).isCloseTo(17.5, within(1e-12));
        assertThat(MiningModel.frontierEfficiency(DEFAULTS, 2026.0)).isCloseTo(17.5 * 0.88, within(1e-12));
        assertThat(MiningModel.frontierEfficiency(DEFAULTS, 2021.0)).isCloseTo(17.5 / Math.pow(0.88, 4), within(1e-12))
                .isCloseTo(29.18, within(0.01)); // S19 Pro class, 29.5 J/TH
    }

    @Test
    void aBetterMachineArrivesIn2025WhileOldFleetsKeepTheirHistory() {
        Scenario better = DEFAULTS.with(Parameter.ASIC_EFFICIENCY, 10);
        assertThat(MiningModel.frontierEfficiency(better, 2025.5)).isCloseTo(10 * Math.sqrt(0.88), within(1e-12));
        assertThat(MiningModel.frontierEfficiency(better, 2024.5)).isCloseTo(17.5 / Math.sqrt(0.88), within(1e-12));
    }

    @Test
    void aWorseLeverScalesTheWholeHistorySoNobodyBuysAWorseMachineThanThoseOnSale() {
        Scenario worse = DEFAULTS.with(Parameter.ASIC_EFFICIENCY, 35);
        assertThat(MiningModel.frontierEfficiency(worse, 2024.0)).isCloseTo(35 / 0.88, within(1e-12));
        for (double year = 2015; year < 2050; year += 0.25) {
            assertThat(MiningModel.frontierEfficiency(worse, year + 0.25))
                    .isLessThanOrEqualTo(MiningModel.frontierEfficiency(worse, year));
        }
    }

    @Test
    void hashpriceTimesNetworkHashrateIsSubsidyPlusFeesTimesPriceTimes144() {
        RandomScenarios draw = new RandomScenarios(17);
        for (int trial = 0; trial < 300; trial++) {
            Projection p = DivergenceModel.run(draw.anywhere());
            double fees = p.scenario().get(Parameter.FEES_PER_BLOCK);
            for (int k = 0; k < p.steps(); k++) {
                double revenue = 144 * (p.value(Output.BLOCK_SUBSIDY, k) + fees) * p.value(Output.BTC_PRICE, k);
                double earned = p.value(Output.HASHPRICE, k) * p.value(Output.NETWORK_HASHRATE, k) * 1e6;
                assertThat(earned / revenue).isCloseTo(1.0, within(1e-9));
            }
        }
    }

    @Test
    void breakEvenEfficiencyIsTheCbeciFormula() {
        RandomScenarios draw = new RandomScenarios(19);
        for (int trial = 0; trial < 300; trial++) {
            Projection p = DivergenceModel.run(draw.anywhere());
            double price = p.scenario().electricityPrice();
            for (int k = 0; k < p.steps(); k++) {
                assertThat(p.value(Output.BREAKEVEN_EFFICIENCY, k))
                        .isCloseTo(p.value(Output.HASHPRICE, k) / (0.024 * price), within(1e-9 * p.value(Output.BREAKEVEN_EFFICIENCY, k)));
            }
        }
    }

    @Test
    void breakEvenPriceOfAClassMakesItsRunningCostEqualTheHashprice() {
        // Default scenario, 1 January 2025: anti-consolidation at 20 % adds 20 % x 50 % = 10 % to
        // hyperscale power and 5 % to industrial power; no compliance cost under this design.
        Projection p = DivergenceModel.run(DEFAULTS);
        double hp = p.value(Output.HASHPRICE, 0);
        double[] efficiency = {17.5 / Math.pow(0.88, 4), 17.5 / Math.pow(0.88, 2.5), 17.5 / Math.pow(0.88, 1.5),
                17.5 / Math.pow(0.88, 0.5)};
        double[] factor = {1.6, 1.25, 1.05, 1.10};
        for (OperatorClass c : OperatorClass.values()) {
            int i = c.ordinal();
            double breakEven = p.value(c.breakevenOutput(), 0);
            assertThat(breakEven * efficiency[i] * 0.024 * factor[i]).isCloseTo(hp, within(1e-12));
        }
        // Hyperscale: 0.05589 / (18.655 x 0.024 x 1.10) = 0.1135 USD/kWh.
        assertThat(p.value(Output.BREAKEVEN_PRICE_HYPERSCALE, 0)).isCloseTo(0.1135, within(1e-4));
    }

    @Test
    void complianceBurdenLowersTheBreakEvenPriceOfSmallOperatorsMost() {
        Scenario burden = DEFAULTS.withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN)
                .with(Parameter.REGULATION_STRENGTH, 100);
        Projection p = DivergenceModel.run(burden);
        double hp = p.value(Output.HASHPRICE, 0);
        // A home miner (500 TH/s) pays 25,000 USD a year: 0.1369 USD per TH/day, above the hashprice,
        // so no power price is low enough.
        assertThat(25_000 / 365.25 / 500).isGreaterThan(hp);
        assertThat(p.value(Output.BREAKEVEN_PRICE_HOME, 0)).isZero();
        assertThat(p.value(Output.BREAKEVEN_PRICE_HYPERSCALE, 0)).isGreaterThan(p.value(Output.BREAKEVEN_PRICE_INDUSTRIAL, 0));
    }

    @Test
    void quarterlyAndYearlyProjectionsFollowTheSamePath() {
        Projection quarterly = DivergenceModel.run(DEFAULTS);
        Projection yearly = DivergenceModel.run(DEFAULTS.with(Parameter.STEPS_PER_YEAR, 1));
        for (int year = 2025; year <= 2040; year++) {
            for (Output o : Output.values()) {
                assertThat(yearly.valueAt(o, year)).as("%s in %d", o, year).isEqualTo(quarterly.valueAt(o, year));
            }
        }
    }
}
