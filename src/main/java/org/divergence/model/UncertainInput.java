package org.divergence.model;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The yearly rates a Monte Carlo path draws once, each from a documented distribution around the
 * scenario's own value (docs/MODEL.md, section 17). A rate is drawn as a yearly factor: 1 + growth
 * for a growth rate, 1 - decline for a decline, log-normal with its median at the scenario's value,
 * so the draw never crosses -100 % and the scenario's value stays the middle of the band. The draw
 * is clamped into the parameter's allowed range. The BTC price path is drawn separately, step by
 * step ({@link MonteCarlo}).
 */
public enum UncertainInput {
    INFERENCE_DEMAND_GROWTH(Parameter.INFERENCE_DEMAND_GROWTH, false, 0.20,
            "Model assumption on a wide spread: tokens served grew 50-fold in the year to May 2025 (Google I/O "
                    + "2025) and no public forecast pins the later rate down; a shape of 0.20 puts the 10th-90th "
                    + "percentiles at 8-81 %/yr around 40 %/yr."),
    CLOUD_COST_DECLINE(Parameter.CLOUD_COST_DECLINE, true, 0.25,
            "Prices for equal capability fell 9- to 900-fold a year depending on the task (Epoch AI, 'LLM "
                    + "inference prices have fallen rapidly but unequally across tasks', 2025); the default assumes "
                    + "the fall slows to 30 %/yr, and a shape of 0.25 spans 4-49 %/yr at the 10th-90th percentiles."),
    NPU_GROWTH(Parameter.NPU_GROWTH, false, 0.08,
            "Apple M1 (11 TOPS, 2020) to M4 (38 TOPS, 2024) is 36 %/yr (Apple specifications); a shape of 0.08 "
                    + "spans 13-38 %/yr at the 10th-90th percentiles around 25 %/yr, the historical rate near the top."),
    TASK_SIZE_GROWTH(Parameter.TASK_SIZE_GROWTH, false, 0.08,
            "Model assumption, no public series: the same relative spread as NPU growth (4-27 %/yr at the "
                    + "10th-90th percentiles around 15 %/yr), so neither side of the device race is favoured.");

    private final Parameter parameter;
    private final boolean decline;
    private final double shape;
    private final String source;

    UncertainInput(Parameter parameter, boolean decline, double shape, String source) {
        this.parameter = parameter;
        this.decline = decline;
        this.shape = shape;
        this.source = source;
    }

    public Parameter parameter() { return parameter; }

    /** Standard deviation of the logarithm of the yearly factor. */
    public double shape() { return shape; }

    public String source() { return source; }

    /** True for a yearly decline (its factor is 1 - rate), false for a growth (1 + rate). */
    public boolean isDecline() { return decline; }

    /** A draw of this rate, in the parameter's unit (percent per year), inside its allowed range. */
    double draw(Scenario scenario, RandomGenerator random) {
        double rate = scenario.rate(parameter);
        double median = decline ? 1 - rate : 1 + rate;
        if (median <= 0) {
            return scenario.get(parameter); // a 100 % decline has no spread to draw from
        }
        double factor = new LogNormalDistribution(random, Math.log(median), shape).sample();
        double drawn = 100 * (decline ? 1 - factor : factor - 1);
        return Math.max(parameter.min(), Math.min(parameter.max(), drawn));
    }
}
