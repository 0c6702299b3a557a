package org.divergence.model;

import java.util.Random;
import java.util.Set;

/**
 * Draws scenarios for the property tests from a seeded generator, so every run checks the same
 * sample and a failure can be replayed. Wide ranges (more than 50x between bounds) are drawn
 * log-uniformly so that both ends are visited.
 */
final class RandomScenarios {

    /** Advanced assumptions the mining submodel does not read: drawing them shows it ignores them. */
    static final Set<ParameterGroup> EDGE_GROUPS = Set.of(ParameterGroup.EDGE_AI, ParameterGroup.CLOUD);

    private final Random random;

    RandomScenarios(long seed) {
        this.random = new Random(seed);
    }

    /** A value of the parameter anywhere in its range (whole numbers for integer parameters). */
    double draw(Parameter p) {
        if (p.isInteger()) {
            return p.min() + random.nextInt((int) (p.max() - p.min()) + 1);
        }
        return between(p, p.min(), p.max());
    }

    /** A value between lo and hi of the parameter's range, drawn as {@link #draw} would. */
    double between(Parameter p, double lo, double hi) {
        if (lo > 0 && p.max() / p.min() > 50) {
            return lo * Math.pow(hi / lo, random.nextDouble());
        }
        return lo + (hi - lo) * random.nextDouble();
    }

    RegulationDesign design() {
        return random.nextBoolean() ? RegulationDesign.ANTI_CONSOLIDATION : RegulationDesign.COMPLIANCE_BURDEN;
    }

    /** Every parameter, levers and advanced assumptions alike, anywhere in its range; either design. */
    Scenario anywhere() {
        Scenario s = Scenario.defaults();
        for (Parameter p : Parameter.values()) {
            s = s.with(p, draw(p));
        }
        return s.withRegulationDesign(design()).withSeed(random.nextLong());
    }

    /** A corner of the parameter space: each value at its minimum, its maximum or its default. */
    Scenario corner() {
        Scenario s = Scenario.defaults();
        for (Parameter p : Parameter.values()) {
            int pick = random.nextInt(3);
            s = s.with(p, pick == 0 ? p.min() : pick == 1 ? p.max() : p.defaultValue());
        }
        return s.withRegulationDesign(design());
    }

    /**
     * The scope of the mining directions: the four levers anywhere, either design, any horizon end and
     * step count from 2025, every edge-AI and cloud assumption anywhere; the other mining assumptions
     * at their documented defaults (docs/MODEL.md, section 7, says why). Backcasts are outside it:
     * before 2025 the record, not the calibrated market, drives mining.
     */
    Scenario leverSpace() {
        Scenario s = Scenario.defaults();
        for (Parameter p : Parameter.values()) {
            boolean horizon = p.group() == ParameterGroup.HORIZON && p != Parameter.START_YEAR;
            if (p.isLever() || horizon || EDGE_GROUPS.contains(p.group())) {
                s = s.with(p, draw(p));
            }
        }
        return s.withRegulationDesign(design());
    }

    double nextDouble() {
        return random.nextDouble();
    }
}
