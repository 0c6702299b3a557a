package org.divergence.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * One-at-a-time sensitivity (docs/MODEL.md, section 18): every parameter that moves the central
 * projection set to the low and the high end of a range around its current value, the others kept,
 * and an outcome read at each end. The rows come sorted by the size of the effect, largest first:
 * the bars of a tornado chart.
 */
public final class Sensitivity {

    /** Each parameter's range is its value times 1 -/+ this, clamped into its allowed range. */
    public static final double RELATIVE_SPAN = 0.25;
    /** A parameter at zero has no relative range; it moves by this share of its allowed range instead. */
    public static final double SPAN_OF_RANGE_AT_ZERO = 0.10;

    /**
     * One parameter's bar.
     *
     * @param elasticity relative change of the outcome over relative change of the parameter, from low to
     *                   high around the central values; NaN where either is zero
     */
    public record Row(Parameter parameter, double low, double high, double outcomeAtLow, double outcomeAtHigh,
                      double elasticity) {

        /** The bar's length: how far apart the two ends take the outcome. */
        public double effect() { return Math.abs(outcomeAtHigh - outcomeAtLow); }
    }

    /** The result: the outcome in the scenario itself, and one row per parameter, largest effect first. */
    public record Result(Scenario scenario, Outcome outcome, double central, List<Row> rows) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    private Sensitivity() {}

    /** The parameters a tornado varies: all but the horizon and the uncertainty settings, which move no outcome. */
    public static List<Parameter> varied() {
        List<Parameter> varied = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            if (p.group() != ParameterGroup.HORIZON && p.group() != ParameterGroup.UNCERTAINTY) {
                varied.add(p);
            }
        }
        return varied;
    }

    /** The low end of a parameter's range around {@code value}. */
    public static double low(Parameter p, double value) {
        double low = value == 0 ? value - SPAN_OF_RANGE_AT_ZERO * (p.max() - p.min()) : value * (1 - RELATIVE_SPAN);
        return clamp(p, Math.min(low, value));
    }

    /** The high end of a parameter's range around {@code value}. */
    public static double high(Parameter p, double value) {
        double high = value == 0 ? value + SPAN_OF_RANGE_AT_ZERO * (p.max() - p.min()) : value * (1 + RELATIVE_SPAN);
        return clamp(p, Math.max(high, value));
    }

    /** Into the allowed range, and to 12 significant digits so 0.05 x 0.75 reads 0.0375, not 0.037500000000000006. */
    private static double clamp(Parameter p, double value) {
        double tidy = new java.math.BigDecimal(value).round(new java.math.MathContext(12)).doubleValue();
        return Math.max(p.min(), Math.min(p.max(), tidy));
    }

    public static Result run(Scenario scenario, Outcome outcome) {
        return run(scenario, outcome, () -> false);
    }

    /** Runs the 2 x {@link #varied()} projections on both cores; stops with a CancellationException once cancelled. */
    public static Result run(Scenario scenario, Outcome outcome, BooleanSupplier cancelled) {
        List<Parameter> varied = varied();
        double central = outcome.of(DivergenceModel.run(scenario));
        Row[] rows = new Row[varied.size()];
        IntStream.range(0, varied.size()).parallel().forEach(i -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("sensitivity run cancelled");
            }
            Parameter p = varied.get(i);
            double value = scenario.get(p);
            double low = low(p, value);
            double high = high(p, value);
            double atLow = outcome.of(DivergenceModel.run(scenario.with(p, low)));
            double atHigh = outcome.of(DivergenceModel.run(scenario.with(p, high)));
            double elasticity = value == 0 || central == 0 || high == low ? Double.NaN
                    : ((atHigh - atLow) / Math.abs(central)) / ((high - low) / value);
            rows[i] = new Row(p, low, high, atLow, atHigh, elasticity);
        });
        List<Row> sorted = new ArrayList<>(List.of(rows));
        // Largest first; ties keep the parameter table's order, so the chart never shuffles equal bars.
        sorted.sort(Comparator.comparingDouble(Row::effect).reversed());
        return new Result(scenario, outcome, central, sorted);
    }
}
