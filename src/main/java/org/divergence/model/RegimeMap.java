package org.divergence.model;

import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * An outcome over a grid of two parameters, every other parameter as in the scenario
 * (docs/MODEL.md, section 19). Cell (i, j) is the projection with the first parameter at
 * {@link #x(int)} and the second at {@link #y(int)}: the centres of a columns x rows grid over
 * each parameter's allowed range, spaced evenly or, for a range of two decades or more, evenly in
 * the logarithm.
 */
public final class RegimeMap {

    private final Scenario scenario;
    private final Outcome outcome;
    private final Parameter xParameter;
    private final Parameter yParameter;
    private final int columns;
    private final int rows;
    private final double[] values; // row-major: j * columns + i

    private RegimeMap(Scenario scenario, Outcome outcome, Parameter x, Parameter y, int columns, int rows,
                      double[] values) {
        this.scenario = scenario;
        this.outcome = outcome;
        this.xParameter = x;
        this.yParameter = y;
        this.columns = columns;
        this.rows = rows;
        this.values = values;
    }

    /** Computes the map on both cores. */
    public static RegimeMap compute(Scenario scenario, Outcome outcome, Parameter x, Parameter y, int columns, int rows) {
        return compute(scenario, outcome, x, y, columns, rows, () -> false);
    }

    /**
     * Computes the map on both cores; stops with a CancellationException once {@code cancelled} is true.
     * (The cores' threads call {@code cancelled}: a lambda of a class still being initialised, such as
     * one in a static field's initialiser, would wait for that class forever.)
     */
    public static RegimeMap compute(Scenario scenario, Outcome outcome, Parameter x, Parameter y, int columns,
                                    int rows, BooleanSupplier cancelled) {
        if (x == y) {
            throw new IllegalArgumentException("a regime map needs two different parameters, got " + x.key() + " twice");
        }
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a regime map needs at least 2 x 2 cells, got " + columns + " x " + rows);
        }
        double[] values = new double[columns * rows];
        RegimeMap map = new RegimeMap(scenario, outcome, x, y, columns, rows, values);
        IntStream.range(0, rows).parallel().forEach(j -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("regime map cancelled");
            }
            Scenario row = scenario.with(y, map.y(j));
            for (int i = 0; i < columns; i++) {
                values[j * columns + i] = outcome.of(DivergenceModel.run(row.with(x, map.x(i))));
            }
        });
        return map;
    }

    /** A parameter whose range spans two decades or more (NPU throughput, 1-500 TOPS) is mapped on a log axis. */
    public static boolean isLogarithmic(Parameter p) {
        return p.min() > 0 && p.max() / p.min() >= 100;
    }

    /** Where a value sits on a parameter's axis, 0 at its minimum to 1 at its maximum. */
    public static double position(Parameter p, double value) {
        return isLogarithmic(p) ? Math.log(value / p.min()) / Math.log(p.max() / p.min())
                : (value - p.min()) / (p.max() - p.min());
    }

    /** The value at a position 0..1 of a parameter's axis. */
    public static double valueAt(Parameter p, double position) {
        return isLogarithmic(p) ? p.min() * Math.pow(p.max() / p.min(), position)
                : p.min() + position * (p.max() - p.min());
    }

    /** The centre of cell i of n along a parameter's axis (whole numbers for whole-number parameters). */
    public static double centre(Parameter p, int i, int n) {
        double value = valueAt(p, (i + 0.5) / n);
        return p.isInteger() ? Math.rint(value) : value;
    }

    public Scenario scenario() { return scenario; }

    public Outcome outcome() { return outcome; }

    public Parameter xParameter() { return xParameter; }

    public Parameter yParameter() { return yParameter; }

    public int columns() { return columns; }

    public int rows() { return rows; }

    /** The first parameter's value at the centre of column i. */
    public double x(int i) { return centre(xParameter, i, columns); }

    /** The second parameter's value at the centre of row j (row 0 at the parameter's minimum). */
    public double y(int j) { return centre(yParameter, j, rows); }

    public double value(int i, int j) { return values[j * columns + i]; }

    /** The column whose cell holds a value of the first parameter. */
    public int column(double xValue) { return cell(xParameter, xValue, columns); }

    /** The row whose cell holds a value of the second parameter. */
    public int row(double yValue) { return cell(yParameter, yValue, rows); }

    private static int cell(Parameter p, double value, int n) {
        int i = (int) Math.floor(position(p, value) * n);
        return Math.max(0, Math.min(n - 1, i));
    }

    /** Smallest and largest value on the map (for its colour scale). */
    public double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min <= max ? new double[] {min, max} : new double[] {0, 1};
    }
}
