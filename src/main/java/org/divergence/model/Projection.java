package org.divergence.model;

import java.util.Arrays;

/**
 * The model's result: one value of every {@link Output} at each time step. Immutable; the arrays
 * never leave this class except as copies.
 */
public final class Projection {

    private final Scenario scenario;
    private final double[] years;
    private final double[][] series; // [output ordinal][step]

    Projection(Scenario scenario, double[] years, double[][] series) {
        this.scenario = scenario;
        this.years = years;
        this.series = series;
    }

    /** The input this projection was computed from. */
    public Scenario scenario() { return scenario; }

    public int steps() { return years.length; }

    /** Decimal year of a step: 2025.0, 2025.25, ... */
    public double year(int step) { return years[step]; }

    public double value(Output output, int step) { return series[output.ordinal()][step]; }

    /** The step closest to a decimal year (clamped to the horizon). */
    public int stepAt(double year) {
        int spy = scenario.stepsPerYear();
        long step = Math.round((year - years[0]) * spy);
        return (int) Math.max(0, Math.min(years.length - 1, step));
    }

    public double valueAt(Output output, double year) { return value(output, stepAt(year)); }

    public double last(Output output) { return value(output, steps() - 1); }

    public double[] years() { return years.clone(); }

    public double[] series(Output output) { return series[output.ordinal()].clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Projection p && scenario.equals(p.scenario)
                && Arrays.equals(years, p.years) && Arrays.deepEquals(series, p.series);
    }

    @Override
    public int hashCode() { return scenario.hashCode() * 31 + Arrays.hashCode(years); }
}
