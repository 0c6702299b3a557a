package org.divergence.model;

/**
 * What a Monte Carlo run found: for every {@link Output} at every time step, the {@link Quantile
 * percentiles} of its value over the paths. Immutable. Each percentile reads like a projection
 * ({@link #at}), so whatever draws a projection's series draws a percentile's the same way.
 */
public final class Bands {

    private final Scenario scenario;
    private final int paths;
    private final double[] years;
    private final double[][][] values; // [quantile][output][step]

    Bands(Scenario scenario, int paths, double[] years, double[][][] values) {
        this.scenario = scenario;
        this.paths = paths;
        this.years = years;
        this.values = values;
    }

    /** The scenario whose uncertainty this is: bands belong to the projection of this very scenario. */
    public Scenario scenario() { return scenario; }

    public int paths() { return paths; }

    public int steps() { return years.length; }

    public double year(int step) { return years[step]; }

    /**
     * True when these bands have the time steps of {@code projection} (another scenario's bands may stand
     * in for a moment, but only on the same years).
     */
    public boolean hasYearsOf(Projection projection) {
        if (projection.steps() != years.length) {
            return false;
        }
        for (int k = 0; k < years.length; k++) {
            if (projection.year(k) != years[k]) {
                return false;
            }
        }
        return true;
    }

    public double value(Quantile quantile, Output output, int step) {
        return values[quantile.ordinal()][output.ordinal()][step];
    }

    /** One percentile of every output, as a projection (the series at each step are that step's percentile). */
    public Projection at(Quantile quantile) {
        return new Projection(scenario, years, values[quantile.ordinal()]);
    }
}
