package org.divergence.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;

/**
 * Splits the change of outputs between a baseline and the current scenario among the four levers
 * (docs/MODEL.md, section 20). Each lever that differs is a player; every other difference (the
 * advanced assumptions and the regulation design together) is one more player, "other assumptions",
 * so the parts always add up to the whole change. With k players it runs the model 2^k times (at most
 * 32), each only up to the year asked about: the model is causal, so a shorter horizon changes
 * nothing before its end.
 */
public final class LeverDecomposition {

    private static final List<Parameter> LEVERS = Parameter.levers();

    private LeverDecomposition() {}

    /** The change of each output from {@code baseline} to {@code current} at a whole year, in parts. */
    public static List<Decomposition> of(Scenario baselineScenario, Scenario currentScenario, int year,
                                         List<Output> outputs) {
        // Both up to the same year, and with one seed: neither the horizon nor the seed is a cause.
        Scenario current = untilYear(currentScenario, year);
        Scenario baseline = untilYear(baselineScenario, year).withSeed(current.seed());
        List<Parameter> levers = new ArrayList<>();
        for (Parameter lever : LEVERS) {
            if (baseline.get(lever) != current.get(lever)) {
                levers.add(lever);
            }
        }
        Scenario others = withLevers(current, baseline, LEVERS); // current's assumptions, baseline's levers
        boolean othersDiffer = !others.equals(baseline);
        int players = levers.size() + (othersDiffer ? 1 : 0);
        double[][] values = new double[outputs.size()][1 << players];
        for (int coalition = 0; coalition < 1 << players; coalition++) {
            Scenario start = othersDiffer && (coalition & 1 << levers.size()) != 0 ? others : baseline;
            Scenario s = start;
            for (int i = 0; i < levers.size(); i++) {
                if ((coalition & 1 << i) != 0) {
                    s = s.with(levers.get(i), current.get(levers.get(i)));
                }
            }
            Projection p = DivergenceModel.run(s);
            int step = p.stepAt(year);
            for (int o = 0; o < outputs.size(); o++) {
                values[o][coalition] = p.value(outputs.get(o), step);
            }
        }
        List<Driver> drivers = new ArrayList<>(levers.stream().map(Driver::of).toList());
        if (othersDiffer) {
            drivers.add(otherAssumptions(baseline, current));
        }
        List<Decomposition> result = new ArrayList<>();
        for (int o = 0; o < outputs.size(); o++) {
            double[] phi = Shapley.values(players, values[o]);
            List<Decomposition.Part> parts = new ArrayList<>();
            for (int i = 0; i < players; i++) {
                parts.add(new Decomposition.Part(drivers.get(i), phi[i]));
            }
            result.add(new Decomposition(outputs.get(o), values[o][0], values[o][values[o].length - 1], parts));
        }
        return result;
    }

    /**
     * The scenario run up to the start of {@code year} only (never shorter than the shortest horizon
     * allowed); the horizon itself is not a cause.
     */
    static Scenario untilYear(Scenario s, int year) {
        double end = Math.max(Parameter.END_YEAR.min(), Math.min(Parameter.END_YEAR.max(), year));
        return s.with(Parameter.END_YEAR, end);
    }

    private static Scenario withLevers(Scenario target, Scenario from, List<Parameter> levers) {
        Scenario s = target;
        for (Parameter lever : levers) {
            s = s.with(lever, from.get(lever));
        }
        return s;
    }

    /** "Other assumptions", linked to the first one that differs (the regulation design if only it does). */
    private static Driver otherAssumptions(Scenario baseline, Scenario current) {
        String key = Arrays.stream(Parameter.values())
                .filter(p -> !p.isLever() && baseline.get(p) != current.get(p))
                .map(Parameter::key).findFirst()
                .orElse(Driver.REGULATION_DESIGN);
        return Driver.otherAssumptions(key);
    }
}
