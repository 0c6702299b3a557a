package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The directions of effect stated as invariants in docs/MODEL.md, section 6, each checked at every
 * time step on pairs of scenarios that differ in one lever only. Each test names its scope; the
 * document states the same scope.
 */
class DirectionsOfEffectTest {

    private static final int PAIRS = 700;
    /** Largest relative dip allowed for compliance burden's second-order effect on mining HHI (0.3 %). */
    static final double SECOND_ORDER_TOLERANCE = 3e-3;
    private static final BiPredicate<Scenario, Double> EVERY_STEP = (s, year) -> true;

    private enum Direction { NEVER_LOWER, NEVER_HIGHER }

    private static UnaryOperator<Scenario> design(RegulationDesign design) {
        return s -> s.withRegulationDesign(design);
    }

    /**
     * Draws a scenario and two values of the lever (lo <= hi) and checks that the output at the
     * higher value is never lower (or never higher) than at the lower value, at each counted step,
     * up to a relative tolerance.
     */
    private static void check(Supplier<Scenario> scenarios, UnaryOperator<Scenario> scope, Parameter lever,
                              double min, double max, Output output, Direction direction,
                              BiPredicate<Scenario, Double> counted, double relativeTolerance, RandomScenarios draw) {
        for (int n = 0; n < PAIRS; n++) {
            Scenario s = scope.apply(scenarios.get());
            double a = draw.between(lever, min, max);
            double b = draw.between(lever, min, max);
            Scenario lo = s.with(lever, Math.min(a, b));
            Scenario hi = s.with(lever, Math.max(a, b));
            Projection low = DivergenceModel.run(lo);
            Projection high = DivergenceModel.run(hi);
            for (int k = 0; k < low.steps(); k++) {
                if (!counted.test(s, low.year(k))) {
                    continue;
                }
                double atLow = low.value(output, k);
                double atHigh = high.value(output, k);
                double slack = relativeTolerance * Math.abs(atLow) + 1e-12;
                boolean holds = direction == Direction.NEVER_LOWER ? atHigh >= atLow - slack : atHigh <= atLow + slack;
                if (!holds) {
                    fail(String.format("%s %s at %.2f: %s=%s gives %s, %s=%s gives %s; scenario %s", output,
                            direction, low.year(k), lever.key(), lo.get(lever), atLow, lever.key(), hi.get(lever),
                            atHigh, lo));
                }
            }
        }
    }

    // --- mining: the lever space (levers, horizon and edge assumptions drawn; mining assumptions at defaults)

    @Test
    void dearerElectricityNeverMakesMiningLessConcentratedUnderComplianceBurden() {
        RandomScenarios draw = new RandomScenarios(101);
        check(draw::leverSpace, design(RegulationDesign.COMPLIANCE_BURDEN), Parameter.ELECTRICITY_PRICE, 0.01, 0.30,
                Output.MINING_HHI, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
    }

    @Test
    void dearerElectricityNeverMakesMiningLessConcentratedWithoutRegulation() {
        RandomScenarios draw = new RandomScenarios(102);
        check(draw::leverSpace, s -> s.with(Parameter.REGULATION_STRENGTH, 0), Parameter.ELECTRICITY_PRICE, 0.01, 0.30,
                Output.MINING_HHI, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
    }

    @Test
    void worseHardwareThanTodaysNeverMakesMiningLessConcentratedUnderComplianceBurden() {
        RandomScenarios draw = new RandomScenarios(103);
        check(draw::leverSpace, design(RegulationDesign.COMPLIANCE_BURDEN), Parameter.ASIC_EFFICIENCY, 17.5, 100,
                Output.MINING_HHI, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
    }

    @Test
    void aBetterMachineThanTodaysNeverMakesMiningLessConcentratedWhileFleetsTurnOver() {
        RandomScenarios draw = new RandomScenarios(104);
        BiPredicate<Scenario, Double> turnover = (s, year) -> year < 2025 + s.get(Parameter.HOME_VINTAGE);
        check(draw::leverSpace, s -> s, Parameter.ASIC_EFFICIENCY, 5, 17.5,
                Output.MINING_HHI, Direction.NEVER_HIGHER, turnover, 0, draw);
    }

    @Test
    void strongerAntiConsolidationRegulationNeverRaisesMiningHhi() {
        RandomScenarios draw = new RandomScenarios(105);
        check(draw::leverSpace, design(RegulationDesign.ANTI_CONSOLIDATION), Parameter.REGULATION_STRENGTH, 0, 100,
                Output.MINING_HHI, Direction.NEVER_HIGHER, EVERY_STEP, 0, draw);
    }

    @Test
    void strongerComplianceBurdenNeverRaisesTheNakamotoCoefficientOrTheHomeMinersShare() {
        RandomScenarios draw = new RandomScenarios(106);
        UnaryOperator<Scenario> burden = design(RegulationDesign.COMPLIANCE_BURDEN);
        check(draw::leverSpace, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.MINING_NAKAMOTO, Direction.NEVER_HIGHER, EVERY_STEP, 0, draw);
        check(draw::leverSpace, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.SHARE_HOME, Direction.NEVER_HIGHER, EVERY_STEP, 0, draw);
    }

    @Test
    void strongerComplianceBurdenNeverLowersMiningHhiBeyondASecondOrderEffect() {
        // When small operators leave, the hashprice rises and the marginal industrial class runs a
        // little more, which can lower HHI by a fraction of a percent for a step or two.
        RandomScenarios draw = new RandomScenarios(107);
        check(draw::leverSpace, design(RegulationDesign.COMPLIANCE_BURDEN), Parameter.REGULATION_STRENGTH, 0, 100,
                Output.MINING_HHI, Direction.NEVER_LOWER, EVERY_STEP, SECOND_ORDER_TOLERANCE, draw);
    }

    @Test
    void dearerElectricityNeverRaisesTheNetworkHashrate() {
        RandomScenarios draw = new RandomScenarios(108);
        check(draw::leverSpace, s -> s, Parameter.ELECTRICITY_PRICE, 0.01, 0.30,
                Output.NETWORK_HASHRATE, Direction.NEVER_HIGHER, EVERY_STEP, 0, draw);
    }

    // --- edge AI: the whole space, every advanced assumption drawn

    @Test
    void moreNpuThroughputNeverLowersTheEdgeShareOrTheEdgeIndex() {
        RandomScenarios draw = new RandomScenarios(201);
        check(draw::anywhere, s -> s, Parameter.NPU_THROUGHPUT, 1, 500,
                Output.EDGE_SHARE, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
        check(draw::anywhere, s -> s, Parameter.NPU_THROUGHPUT, 1, 500,
                Output.EDGE_DECENTRALIZATION, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
    }

    @Test
    void dearerElectricityNeverLowersTheEdgeShare() {
        RandomScenarios draw = new RandomScenarios(202);
        check(draw::anywhere, s -> s, Parameter.ELECTRICITY_PRICE, 0.01, 0.30,
                Output.EDGE_SHARE, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
    }

    @Test
    void strongerAntiConsolidationRegulationNeverLowersTheEdgeShareAndNeverRaisesCloudHhi() {
        RandomScenarios draw = new RandomScenarios(203);
        UnaryOperator<Scenario> anti = design(RegulationDesign.ANTI_CONSOLIDATION);
        check(draw::anywhere, anti, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.EDGE_SHARE, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
        check(draw::anywhere, anti, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.CLOUD_HHI, Direction.NEVER_HIGHER, EVERY_STEP, 0, draw);
        check(draw::anywhere, anti, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.EDGE_DECENTRALIZATION, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
    }

    @Test
    void strongerComplianceBurdenNeverRaisesTheEdgeShareAndNeverLowersCloudHhi() {
        RandomScenarios draw = new RandomScenarios(204);
        UnaryOperator<Scenario> burden = design(RegulationDesign.COMPLIANCE_BURDEN);
        check(draw::anywhere, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.EDGE_SHARE, Direction.NEVER_HIGHER, EVERY_STEP, 0, draw);
        check(draw::anywhere, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.CLOUD_HHI, Direction.NEVER_LOWER, EVERY_STEP, 0, draw);
        check(draw::anywhere, burden, Parameter.REGULATION_STRENGTH, 0, 100,
                Output.EDGE_DECENTRALIZATION, Direction.NEVER_HIGHER, EVERY_STEP, 0, draw);
    }

    // --- the two designs side by side: design matters more than dose

    @Test
    void atTheSameStrengthAntiConsolidationNeverLeavesMiningMoreConcentratedThanComplianceBurden() {
        RandomScenarios draw = new RandomScenarios(301);
        for (int n = 0; n < PAIRS; n++) {
            Scenario s = draw.leverSpace();
            Projection anti = DivergenceModel.run(s.withRegulationDesign(RegulationDesign.ANTI_CONSOLIDATION));
            Projection burden = DivergenceModel.run(s.withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN));
            for (int k = 0; k < anti.steps(); k++) {
                // The allowance is compliance burden's own second-order effect (see above).
                if (anti.value(Output.MINING_HHI, k) > burden.value(Output.MINING_HHI, k) * (1 + SECOND_ORDER_TOLERANCE)
                        || anti.value(Output.EDGE_SHARE, k) < burden.value(Output.EDGE_SHARE, k)) {
                    fail("anti-consolidation worse than compliance burden at step " + k + " of " + s);
                }
            }
        }
    }
}
