package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What must hold for every scenario the window can build: every parameter anywhere in its range,
 * both regulation designs, and the corners of the space.
 */
class ProjectionPropertiesTest {

    private static final Output[] SHARES = {Output.SHARE_HOME, Output.SHARE_SMALL_FARM, Output.SHARE_INDUSTRIAL,
            Output.SHARE_HYPERSCALE};
    private static final Output[] FRACTIONS = {Output.SHARE_HOME, Output.SHARE_SMALL_FARM, Output.SHARE_INDUSTRIAL,
            Output.SHARE_HYPERSCALE, Output.MINING_TOP3_SHARE, Output.EDGE_SHARE, Output.CLOUD_SHARE,
            Output.CAPABLE_DEVICE_SHARE, Output.TASK_FIT_SHARE, Output.DEVICE_PREFERENCE};

    @Test
    void everyScenarioAnywhereInTheSpaceGivesAWellFormedProjection() {
        RandomScenarios draw = new RandomScenarios(2025);
        checkAll(draw::anywhere, 2_000);
    }

    @Test
    void everyCornerOfTheSpaceGivesAWellFormedProjection() {
        RandomScenarios draw = new RandomScenarios(2040);
        checkAll(draw::corner, 1_000);
    }

    private static void checkAll(Supplier<Scenario> scenarios, int count) {
        for (int n = 0; n < count; n++) {
            Scenario s = scenarios.get();
            Projection p = DivergenceModel.run(s);
            assertWellFormed(s, p);
        }
    }

    private static void assertWellFormed(Scenario s, Projection p) {
        int expectedSteps = (s.endYear() - s.startYear()) * s.stepsPerYear() + 1;
        assertThat(p.steps()).isEqualTo(expectedSteps);
        assertThat(p.year(0)).isEqualTo((double) s.startYear());
        assertThat(p.year(p.steps() - 1)).isEqualTo((double) s.endYear());
        for (int k = 0; k < p.steps(); k++) {
            final int step = k;
            for (Output o : Output.values()) {
                double v = p.value(o, k);
                require(Double.isFinite(v) && v >= 0, () -> o + " is " + p.value(o, step), k, s);
            }
            for (Output o : FRACTIONS) {
                require(p.value(o, k) <= 1, () -> o + " is " + p.value(o, step), k, s);
            }
            double sum = 0;
            for (Output o : SHARES) {
                sum += p.value(o, k);
            }
            double shares = sum;
            require(Math.abs(sum - 1) < 1e-9, () -> "class shares sum to " + shares, k, s);
            double edgePlusCloud = p.value(Output.EDGE_SHARE, k) + p.value(Output.CLOUD_SHARE, k);
            require(Math.abs(edgePlusCloud - 1) < 1e-12, () -> "edge + cloud = " + edgePlusCloud, k, s);
            require(p.value(Output.MINING_HHI, k) <= 10_000, () -> "mining HHI above 10,000", k, s);
            require(p.value(Output.CLOUD_HHI, k) <= 10_000, () -> "cloud HHI above 10,000", k, s);
            require(p.value(Output.MINING_EFFECTIVE_OPERATORS, k) >= 1 - 1e-9, () -> "fewer than one operator", k, s);
            require(p.value(Output.INFERENCE_CONTROLLERS, k) >= 1 - 1e-9, () -> "fewer than one controller", k, s);
            double nakamoto = p.value(Output.MINING_NAKAMOTO, k);
            require(nakamoto >= 1 && nakamoto == Math.rint(nakamoto), () -> "Nakamoto coefficient " + nakamoto, k, s);
            require(p.value(Output.MINING_DECENTRALIZATION, k) <= 100, () -> "mining index above 100", k, s);
            require(p.value(Output.EDGE_DECENTRALIZATION, k) <= 100, () -> "edge index above 100", k, s);
            require(p.value(Output.NETWORK_HASHRATE, k) > 0, () -> "no hashrate", k, s);
            require(p.value(Output.HASHPRICE, k) > 0, () -> "no hashprice", k, s);
        }
    }

    /** A plain check: building descriptions for millions of values would dominate the run time. */
    private static void require(boolean condition, Supplier<String> what, int step, Scenario s) {
        if (!condition) {
            fail(what.get() + " at step " + step + " of " + s);
        }
    }
}
