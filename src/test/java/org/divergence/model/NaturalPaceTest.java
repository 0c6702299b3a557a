package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/MODEL.md, sections 3.3 and 4.2: a lever reaches the installed base only as machines and
 * devices are replaced, so no output jumps. Checked on monthly steps: no month's move is more than
 * three times the larger of its neighbours' moves while being more than 1 % of the output's range
 * over the horizon (a smooth path changes its monthly pace gradually; a step shows as one month
 * whose move dwarfs both neighbours'). The halving is a real jump in revenue, so mining outputs are
 * exempt next to one; the Nakamoto coefficient is a whole number and moves in steps by nature.
 */
class NaturalPaceTest {

    private static final double SPIKE_RATIO = 3;
    private static final double VISIBLE_SHARE_OF_RANGE = 0.01;
    private static final Set<Output> WHOLE_NUMBERS = Set.of(Output.MINING_NAKAMOTO);

    @Test
    void noOutputJumpsWhenALeverIsFarFromToday() {
        List<Scenario> scenarios = new ArrayList<>();
        Scenario monthly = Scenario.defaults().with(Parameter.STEPS_PER_YEAR, 12);
        for (double tops : new double[] {1, 10, 100, 500}) {
            scenarios.add(monthly.with(Parameter.NPU_THROUGHPUT, tops));
        }
        for (double joules : new double[] {5, 10, 30, 100}) {
            scenarios.add(monthly.with(Parameter.ASIC_EFFICIENCY, joules));
        }
        RandomScenarios draw = new RandomScenarios(29);
        for (int i = 0; i < 150; i++) {
            scenarios.add(draw.leverSpace().with(Parameter.STEPS_PER_YEAR, 12));
        }
        for (Scenario s : scenarios) {
            assertSmooth(DivergenceModel.run(s));
        }
    }

    @Test
    void theIssuesCaseNpu500MovesTheEdgeShareAtMostFivePointsAQuarter() {
        // Model 1.1 moved it from 4 % to 20 % between 2026.75 and 2027.0, when its "typical device"
        // switched to the lever's path in one step; now a quarter of the base's gap closes each year.
        Projection p = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 500));
        double largest = 0;
        for (int k = 1; k < p.steps(); k++) {
            largest = Math.max(largest, Math.abs(p.value(Output.EDGE_SHARE, k) - p.value(Output.EDGE_SHARE, k - 1)));
        }
        assertThat(largest).isLessThan(0.05);
        assertThat(p.valueAt(Output.EDGE_SHARE, 2027.0) - p.valueAt(Output.EDGE_SHARE, 2026.75)).isLessThan(0.03);
    }

    private static void assertSmooth(Projection p) {
        for (Output o : Output.values()) {
            if (WHOLE_NUMBERS.contains(o)) {
                continue;
            }
            double[] v = p.series(o);
            double range = 0;
            double size = 0;
            for (double x : v) {
                range = Math.max(range, Math.abs(x - v[0]));
                size = Math.max(size, Math.abs(x));
            }
            if (range <= 1e-9 * size) {
                continue; // flat but for rounding
            }
            for (int m = 1; m + 2 < v.length; m++) {
                if (isMining(o) && containsHalving(p.year(m - 1), p.year(m + 2))) {
                    continue;
                }
                double before = Math.abs(v[m] - v[m - 1]);
                double move = Math.abs(v[m + 1] - v[m]);
                double after = Math.abs(v[m + 2] - v[m + 1]);
                boolean spike = move > SPIKE_RATIO * Math.max(before, after) && move > VISIBLE_SHARE_OF_RANGE * range;
                assertThat(spike).as("%s jumps by %.6g from %.4f (neighbours %.6g, %.6g; range %.6g) in %s", o, move,
                        p.year(m), before, after, range, p.scenario()).isFalse();
            }
        }
    }

    private static boolean isMining(Output o) {
        return o.ordinal() <= Output.MINING_DECENTRALIZATION.ordinal();
    }

    private static boolean containsHalving(double from, double to) {
        return Halving.subsidyAt(from) != Halving.subsidyAt(to);
    }
}
