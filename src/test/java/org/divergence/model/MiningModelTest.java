package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.List;
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
    void frontierFollowsTheLeverFrom2025AndTheRecordedReleasesBefore() {
        // Today's lever: 12 %/yr better each year from 2025.
        assertThat(MiningModel.frontierEfficiency(DEFAULTS, 2025.0)).isCloseTo(17.5, within(1e-9));
        assertThat(MiningModel.frontierEfficiency(DEFAULTS, 2026.0)).isCloseTo(17.5 * 0.88, within(1e-12));
        // Before: each Antminer 0.9 years after its release (assets/history/asic-frontier.csv), the
        // date snapped to the model's grid of 1/128 year (under 1.5 days: 0.6 % of J/TH at most, where the S7 gave way to the S9).
        assertThat(MiningModel.frontierEfficiency(DEFAULTS, 2020.37 + 0.9)).isCloseTo(29.5, within(0.05)); // S19 Pro
        assertThat(MiningModel.frontierEfficiency(DEFAULTS, 2016.45 + 0.9)).isCloseTo(98, within(0.6));   // S9
        // Log-linear between releases: halfway from the S19 XP to the S21 is their geometric mean.
        double halfway = (2022.54 + 0.9 + 2025.0) / 2;
        assertThat(MiningModel.frontierEfficiency(DEFAULTS, halfway)).isCloseTo(Math.sqrt(21.5 * 17.5), within(0.01));
    }

    @Test
    void aBetterMachineArrivesIn2025WhileOldFleetsKeepTheirHistory() {
        Scenario better = DEFAULTS.with(Parameter.ASIC_EFFICIENCY, 10);
        assertThat(MiningModel.frontierEfficiency(better, 2025.5)).isCloseTo(10 * Math.sqrt(0.88), within(1e-12));
        assertThat(MiningModel.frontierEfficiency(better, 2024.5))
                .isCloseTo(MiningModel.frontierEfficiency(DEFAULTS, 2024.5), within(1e-12)).isBetween(17.5, 21.5);
    }

    @Test
    void aWorseLeverScalesTheWholeHistorySoNobodyBuysAWorseMachineThanThoseOnSale() {
        Scenario worse = DEFAULTS.with(Parameter.ASIC_EFFICIENCY, 35);
        assertThat(MiningModel.frontierEfficiency(worse, 2024.0))
                .isCloseTo(2 * MiningModel.frontierEfficiency(DEFAULTS, 2024.0), within(1e-9));
        for (double year = 2004; year < 2050; year += 0.25) {
            assertThat(MiningModel.frontierEfficiency(worse, year + 0.25))
                    .isLessThanOrEqualTo(MiningModel.frontierEfficiency(worse, year));
        }
    }

    @Test
    void eachClassRunsTheAverageOfTheFrontierOverItsPurchaseWindow() {
        // Windows: hyperscale ages 0-1, industrial 0-3, small farms 0.5-4.5, home miners 2-6 years.
        assertThat(MiningModel.purchaseWindow(0.5)).isEqualTo(1.0);
        assertThat(MiningModel.purchaseWindow(4)).isEqualTo(4.0);
        for (Scenario s : List.of(DEFAULTS, DEFAULTS.with(Parameter.ASIC_EFFICIENCY, 8),
                DEFAULTS.with(Parameter.START_YEAR, 2018).with(Parameter.ASIC_IMPROVEMENT, 0))) {
            Projection p = DivergenceModel.run(s);
            for (int k = 0; k < p.steps(); k += 5) {
                double hp = p.value(Output.HASHPRICE, k);
                for (OperatorClass c : OperatorClass.values()) {
                    double expected = windowAverage(s, c, p.year(k));
                    // The break-even price is where the fleet's power cost meets the hashprice.
                    double factor = c.powerPremium(s) * (1 + 0.2 * 0.5 * c.surchargeWeight());
                    double efficiency = hp / (p.value(c.breakevenOutput(), k) * 0.024 * factor);
                    assertThat(efficiency).as("%s at %s in %s", c, p.year(k), s).isCloseTo(expected, within(2e-5 * expected));
                }
            }
        }
    }

    /** The midpoint rule on the frontier over the class's window: independent of the model's closed forms. */
    private static double windowAverage(Scenario s, OperatorClass c, double t) {
        double age = c.vintageYears(s);
        double width = Math.min(2 * age, 4);
        double lo = t - age - width / 2;
        int n = 20_000;
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += MiningModel.frontierEfficiency(s, lo + (j + 0.5) * width / n);
        }
        return sum / n;
    }

    @Test
    void hashpriceTimesNetworkHashrateIsSubsidyPlusFeesTimesPriceTimes144() {
        RandomScenarios draw = new RandomScenarios(17);
        for (int trial = 0; trial < 300; trial++) {
            Projection p = DivergenceModel.run(draw.anywhere());
            double assumed = p.scenario().get(Parameter.FEES_PER_BLOCK);
            for (int k = 0; k < p.steps(); k++) {
                // Before 2025 the recorded fees take the assumption's place.
                double fees = p.year(k) < 2025 ? History.feesPerBlock(p.year(k), assumed) : assumed;
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
        double[] efficiency = new double[4];
        for (OperatorClass c : OperatorClass.values()) {
            efficiency[c.ordinal()] = windowAverage(DEFAULTS, c, 2025);
        }
        double[] factor = {1.6, 1.25, 1.05, 1.10};
        for (OperatorClass c : OperatorClass.values()) {
            int i = c.ordinal();
            double breakEven = p.value(c.breakevenOutput(), 0);
            assertThat(breakEven * efficiency[i] * 0.024 * factor[i]).isCloseTo(hp, within(1e-6 * hp));
        }
        // Hyperscale: 0.057069 / (18.705 x 0.024 x 1.10) = 0.1156 USD/kWh.
        assertThat(p.value(Output.BREAKEVEN_PRICE_HYPERSCALE, 0)).isCloseTo(0.1156, within(1e-4));
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
