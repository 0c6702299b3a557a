package org.divergence.model;

/**
 * The one entry point of the model: a {@link Scenario} in, a {@link Projection} out. Pure and
 * deterministic; the window, the command line and the tests all call {@link #run}.
 */
public final class DivergenceModel {

    /** Version of the model's equations, written into scenario files and CSV exports. */
    public static final String VERSION = "1.2";

    private DivergenceModel() {}

    public static Projection run(Scenario scenario) {
        return run(scenario, null);
    }

    /**
     * One Monte Carlo path: the scenario with the BTC price multiplied by {@code priceFactors} at each
     * settle of the mining dynamics ({@link MonteCarlo} draws them); null gives the central projection.
     */
    static Projection run(Scenario scenario, double[] priceFactors) {
        double[] years = timeSteps(scenario);
        double[][] series = new double[Output.values().length][years.length];
        MiningModel.run(scenario, years, series, priceFactors);
        EdgeAiModel.run(scenario, years, series);
        return new Projection(scenario, years, series);
    }

    /** Decimal years from 1 January of the start year to 1 January of the end year, stepsPerYear apart. */
    static double[] timeSteps(Scenario scenario) {
        int perYear = scenario.stepsPerYear();
        int start = scenario.startYear();
        int count = (scenario.endYear() - start) * perYear + 1;
        double[] years = new double[count];
        for (int k = 0; k < count; k++) {
            years[k] = start + (double) k / perYear;
        }
        return years;
    }
}
