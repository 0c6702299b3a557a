package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The directions of effect stated as invariants in docs/MODEL.md, section 7, each checked at every
 * time step on pairs of scenarios that differ in one lever only. Each test names its scope; the
 * document states the same scope.
 *
 * <p>"Never lower" alone would also pass if the lever did nothing, so each check also counts the
 * pairs in which the lever moved the output strictly, in the stated direction and beyond the
 * tolerance, at one counted step at least, and requires a share of the pairs to do so. The required
 * shares are set below the shares measured with model version 1.1 (stated beside each): 90 % where
 * the lever acts in nearly every pair; where it acts in part of the space only (the device
 * preference, a logit, is exactly 1 where the privacy value dwarfs the cost gap; the Nakamoto
 * coefficient is a whole number), the largest multiple of 5 % not above three quarters of the
 * measured share.
 */
class DirectionsOfEffectTest {

    private static final int PAIRS = 700;
    /** Largest relative dip allowed for compliance burden's second-order effect on mining HHI (0.3 %). */
    static final double SECOND_ORDER_TOLERANCE = 3e-3;
    /**
     * Smallest relative change that counts as an effect of the lever: far above rounding noise
     * (10^-16), far below any difference the window or the CSV shows.
     */
    static final double EFFECT = 1e-6;
    /** Share of pairs required to move where the lever acts nearly everywhere (measured 97.4-100 %). */
    private static final double NEARLY_ALL = 0.90;
    private static final BiPredicate<Scenario, Double> EVERY_STEP = (s, year) -> true;

    private enum Direction { NEVER_LOWER, NEVER_HIGHER }

    private static UnaryOperator<Scenario> design(RegulationDesign design) {
        return s -> s.withRegulationDesign(design);
    }

    /**
     * Draws a scenario and two values of the lever (lo <= hi) and checks that the output at the
     * higher value is never lower (or never higher) than at the lower value, at each counted step,
     * up to a relative tolerance; and that in at least {@code minMovedShare} of the pairs the output
     * moved strictly the stated way, by more than the tolerance (and {@link #EFFECT}), at some
     * counted step.
     */
    private static void check(Supplier<Scenario> scenarios, UnaryOperator<Scenario> scope, Parameter lever,
                              double min, double max, Output output, Direction direction,
                              BiPredicate<Scenario, Double> counted, double relativeTolerance,
                              double minMovedShare, RandomScenarios draw) {
        int moved = 0;
        for (int n = 0; n < PAIRS; n++) {
            Scenario s = scope.apply(scenarios.get());
            double a = draw.between(lever, min, max);
            double b = draw.between(lever, min, max);
            Scenario lo = s.with(lever, Math.min(a, b));
            Scenario hi = s.with(lever, Math.max(a, b));
            Projection low = DivergenceModel.run(lo);
            Projection high = DivergenceModel.run(hi);
            boolean movedHere = false;
            for (int k = 0; k < low.steps(); k++) {
                if (!counted.test(s, low.year(k))) {
                    continue;
                }
                double atLow = low.value(output, k);
                double atHigh = high.value(output, k);
                double slack = relativeTolerance * Math.abs(atLow) + 1e-12;
                boolean holds = direction == Direction.NEVER_LOWER ? atHigh >= atLow - slack : atHigh <= atLow + slack;
                double effect = Math.max(relativeTolerance, EFFECT) * Math.abs(atLow) + 1e-12;
                movedHere |= direction == Direction.NEVER_LOWER ? atHigh > atLow + effect : atHigh < atLow - effect;
                if (!holds) {
                    fail(String.format("%s %s at %.2f: %s=%s gives %s, %s=%s gives %s; scenario %s", output,
                            direction, low.year(k), lever.key(), lo.get(lever), atLow, lever.key(), hi.get(lever),
                            atHigh, lo));
                }
            }
            if (movedHere) {
                moved++;
            }
        }
        assertMoved(moved, minMovedShare, lever.key() + " moved " + output + " " + direction);
    }

    /** At least the share of the pairs showed a strict effect: the lever is not ignored. */
    private static void assertMoved(int moved, double minMovedShare, String what) {
        assertThat(moved)
                .as("%s strictly in %d of %d pairs (%.1f %%); at least %.0f %% expected: does the lever still act?",
                        what, moved, PAIRS, 100.0 * moved / PAIRS, 100 * minMovedShare)
                .isGreaterThanOrEqualTo((int) Math.ceil(minMovedShare * PAIRS))
                .isPositive();
    }

    // --- mining: the lever space (levers, horizon and edge assumptions drawn; mining assumptions at defaults)

    @Test
    void dearerElectricityNeverMakesMiningLessConcentratedUnderComplianceBurden() {
        RandomScenarios draw = new RandomScenarios(101);
        check(draw::leverSpace, design(RegulationDesign.COMPLIANCE_BURDEN), Parameter.ELECTRICITY_PRICE, 0.01, 0.30,
                Output.MINING_HHI, Direction.NEVER_LOWER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    @Test
    void dearerElectricityNeverMakesMiningLessConcentratedWithoutRegulation() {
        RandomScenarios draw = new RandomScenarios(102);
        check(draw::leverSpace, s -> s.with(Parameter.REGULATION_STRENGTH, 0), Parameter.ELECTRICITY_PRICE, 0.01, 0.30,
                Output.MINING_HHI, Direction.NEVER_LOWER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    @Test
    void worseHardwareThanTodaysNeverMakesMiningLessConcentratedUnderComplianceBurden() {
        RandomScenarios draw = new RandomScenarios(103);
        check(draw::leverSpace, design(RegulationDesign.COMPLIANCE_BURDEN), Parameter.ASIC_EFFICIENCY, 17.5, 100,
                Output.MINING_HHI, Direction.NEVER_LOWER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    @Test
    void aBetterMachineThanTodaysNeverMakesMiningLessConcentratedWhileFleetsTurnOver() {
        RandomScenarios draw = new RandomScenarios(104);
        BiPredicate<Scenario, Double> turnover = (s, year) -> year < 2025 + s.get(Parameter.HOME_VINTAGE);
        check(draw::leverSpace, s -> s, Parameter.ASIC_EFFICIENCY, 5, 17.5,
                Output.MINING_HHI, Direction.NEVER_HIGHER, turnover, 0, NEARLY_ALL, draw);
    }

    @Test
    void strongerAntiConsolidationRegulationNeverRaisesMiningHhi() {
        RandomScenarios draw = new RandomScenarios(105);
        check(draw::leverSpace, design(RegulationDesign.ANTI_CONSOLIDATION), Parameter.REGULATION_STRENGTH, 0, 100,
                Output.MINING_HHI, Direction.NEVER_HIGHER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    @Test
    void strongerComplianceBurdenNeverRaisesTheNakamotoCoefficientOrTheHomeMinersShare() {
        RandomScenarios draw = new RandomScenarios(106);
        UnaryOperator<Scenario> burden = design(RegulationDesign.COMPLIANCE_BURDEN);
        // Measured: the lever moved the output in 21.4 % of the pairs.
        check(draw::leverSpace, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.MINING_NAKAMOTO, Direction.NEVER_HIGHER, EVERY_STEP, 0, 0.15, draw);
        check(draw::leverSpace, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.SHARE_HOME, Direction.NEVER_HIGHER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    @Test
    void strongerComplianceBurdenNeverLowersMiningHhiBeyondASecondOrderEffect() {
        // When small operators leave, the hashprice rises and the marginal industrial class runs a
        // little more, which can lower HHI by a fraction of a percent for a step or two.
        RandomScenarios draw = new RandomScenarios(107);
        // Measured: the lever moved the output in 38.4 % of the pairs.
        check(draw::leverSpace, design(RegulationDesign.COMPLIANCE_BURDEN), Parameter.REGULATION_STRENGTH, 0, 100,
                Output.MINING_HHI, Direction.NEVER_LOWER, EVERY_STEP, SECOND_ORDER_TOLERANCE, 0.25, draw);
    }

    @Test
    void dearerElectricityNeverRaisesTheNetworkHashrate() {
        RandomScenarios draw = new RandomScenarios(108);
        check(draw::leverSpace, s -> s, Parameter.ELECTRICITY_PRICE, 0.01, 0.30,
                Output.NETWORK_HASHRATE, Direction.NEVER_HIGHER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    // --- edge AI: the whole space, every advanced assumption drawn

    @Test
    void moreNpuThroughputNeverLowersTheEdgeShareOrTheEdgeIndex() {
        RandomScenarios draw = new RandomScenarios(201);
        check(draw::anywhere, s -> s, Parameter.NPU_THROUGHPUT, 1, 500,
                Output.EDGE_SHARE, Direction.NEVER_LOWER, EVERY_STEP, 0, NEARLY_ALL, draw);
        check(draw::anywhere, s -> s, Parameter.NPU_THROUGHPUT, 1, 500,
                Output.EDGE_DECENTRALIZATION, Direction.NEVER_LOWER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    @Test
    void dearerElectricityNeverLowersTheEdgeShare() {
        RandomScenarios draw = new RandomScenarios(202);
        // Measured: the lever moved the output in 19.1 % of the pairs.
        check(draw::anywhere, s -> s, Parameter.ELECTRICITY_PRICE, 0.01, 0.30,
                Output.EDGE_SHARE, Direction.NEVER_LOWER, EVERY_STEP, 0, 0.10, draw);
    }

    @Test
    void strongerAntiConsolidationRegulationNeverLowersTheEdgeShareAndNeverRaisesCloudHhi() {
        RandomScenarios draw = new RandomScenarios(203);
        UnaryOperator<Scenario> anti = design(RegulationDesign.ANTI_CONSOLIDATION);
        // Measured: the lever moved the output in 20.6 % of the pairs.
        check(draw::anywhere, anti, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.EDGE_SHARE, Direction.NEVER_LOWER, EVERY_STEP, 0, 0.15, draw);
        check(draw::anywhere, anti, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.CLOUD_HHI, Direction.NEVER_HIGHER, EVERY_STEP, 0, NEARLY_ALL, draw);
        check(draw::anywhere, anti, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.EDGE_DECENTRALIZATION, Direction.NEVER_LOWER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    @Test
    void strongerComplianceBurdenNeverRaisesTheEdgeShareAndNeverLowersCloudHhi() {
        RandomScenarios draw = new RandomScenarios(204);
        UnaryOperator<Scenario> burden = design(RegulationDesign.COMPLIANCE_BURDEN);
        // Measured: the lever moved the output in 29.1 % of the pairs.
        check(draw::anywhere, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.EDGE_SHARE, Direction.NEVER_HIGHER, EVERY_STEP, 0, 0.20, draw);
        check(draw::anywhere, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.CLOUD_HHI, Direction.NEVER_LOWER, EVERY_STEP, 0, NEARLY_ALL, draw);
        check(draw::anywhere, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.EDGE_DECENTRALIZATION, Direction.NEVER_HIGHER, EVERY_STEP, 0, NEARLY_ALL, draw);
    }

    // --- the two designs side by side: design matters more than dose

    @Test
    void atTheSameStrengthAntiConsolidationNeverLeavesMiningMoreConcentratedThanComplianceBurden() {
        RandomScenarios draw = new RandomScenarios(301);
        int lessConcentrated = 0;
        int moreOnDevices = 0;
        for (int n = 0; n < PAIRS; n++) {
            Scenario s = draw.leverSpace();
            Projection anti = DivergenceModel.run(s.withRegulationDesign(RegulationDesign.ANTI_CONSOLIDATION));
            Projection burden = DivergenceModel.run(s.withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN));
            boolean hhiMoved = false;
            boolean edgeMoved = false;
            for (int k = 0; k < anti.steps(); k++) {
                double hhiAnti = anti.value(Output.MINING_HHI, k);
                double hhiBurden = burden.value(Output.MINING_HHI, k);
                double edgeAnti = anti.value(Output.EDGE_SHARE, k);
                double edgeBurden = burden.value(Output.EDGE_SHARE, k);
                // The allowance is compliance burden's own second-order effect (see above).
                if (hhiAnti > hhiBurden * (1 + SECOND_ORDER_TOLERANCE) || edgeAnti < edgeBurden) {
                    fail("anti-consolidation worse than compliance burden at step " + k + " of " + s);
                }
                hhiMoved |= hhiAnti < hhiBurden * (1 - SECOND_ORDER_TOLERANCE);
                edgeMoved |= edgeAnti > edgeBurden * (1 + EFFECT) + 1e-12;
            }
            lessConcentrated += hhiMoved ? 1 : 0;
            moreOnDevices += edgeMoved ? 1 : 0;
        }
        // Measured: mining HHI lower by more than the allowance in 99.9 % of the pairs, edge share
        // higher in 31.7 %.
        assertMoved(lessConcentrated, NEARLY_ALL, "anti-consolidation lowered MINING_HHI below compliance burden");
        assertMoved(moreOnDevices, 0.20, "anti-consolidation raised EDGE_SHARE above compliance burden");
    }
}
