package org.divergence.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The model's whole input: a value for every {@link Parameter}, the regulation design and a random seed.
 *
 * <p>Immutable and always valid: the constructor refuses out-of-range, NaN or infinite values with a
 * message naming the parameter and its range. A final class over an array rather than a record with
 * 28 components, so the window, the file format and the command line can treat parameters generically
 * ({@link #get}, {@link #with}) while the model still reads them by name.
 */
public final class Scenario {

    private static final Parameter[] PARAMETERS = Parameter.values();
    private static final Scenario DEFAULTS = new Scenario(defaultValues(), RegulationDesign.ANTI_CONSOLIDATION, 42L);

    private final double[] values;
    private final RegulationDesign regulationDesign;
    private final long seed;

    private Scenario(double[] values, RegulationDesign regulationDesign, long seed) {
        if (values.length != PARAMETERS.length) {
            throw new IllegalArgumentException("expected " + PARAMETERS.length + " parameter values, got " + values.length);
        }
        for (Parameter p : PARAMETERS) {
            p.check(values[p.ordinal()]);
        }
        this.values = values;
        this.regulationDesign = Objects.requireNonNull(regulationDesign, "regulationDesign");
        this.seed = seed;
    }

    /** Today's world: every parameter at its documented default, anti-consolidation design, seed 42. */
    public static Scenario defaults() {
        return DEFAULTS;
    }

    private static double[] defaultValues() {
        double[] v = new double[PARAMETERS.length];
        for (Parameter p : PARAMETERS) {
            v[p.ordinal()] = p.defaultValue();
        }
        return v;
    }

    public double get(Parameter parameter) {
        return values[parameter.ordinal()];
    }

    /** A copy with one parameter changed; throws (naming the parameter) if the value is not allowed. */
    public Scenario with(Parameter parameter, double value) {
        parameter.check(value);
        if (values[parameter.ordinal()] == value) {
            return this;
        }
        double[] copy = values.clone();
        copy[parameter.ordinal()] = value;
        return new Scenario(copy, regulationDesign, seed);
    }

    public Scenario withRegulationDesign(RegulationDesign design) {
        return design == regulationDesign ? this : new Scenario(values, design, seed);
    }

    public Scenario withSeed(long newSeed) {
        return newSeed == seed ? this : new Scenario(values, regulationDesign, newSeed);
    }

    public RegulationDesign regulationDesign() { return regulationDesign; }

    /** Seed for the random draws of Monte Carlo runs; the central projection itself draws nothing. */
    public long seed() { return seed; }

    // Named reads for the model's equations, so they read like docs/MODEL.md.
    public double electricityPrice() { return get(Parameter.ELECTRICITY_PRICE); }
    public double asicEfficiency() { return get(Parameter.ASIC_EFFICIENCY); }
    public double npuThroughput() { return get(Parameter.NPU_THROUGHPUT); }
    /** Regulation strength as a fraction 0..1. */
    public double regulation() { return get(Parameter.REGULATION_STRENGTH) / 100.0; }
    public int endYear() { return (int) get(Parameter.END_YEAR); }
    public int stepsPerYear() { return (int) get(Parameter.STEPS_PER_YEAR); }
    /** First year of the projection (2025 unless backcasting from 2016-2024). */
    public int startYear() { return (int) get(Parameter.START_YEAR); }
    /** A percent-per-year parameter as a fraction per year. */
    public double rate(Parameter percentParameter) { return get(percentParameter) / 100.0; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s
                && Arrays.equals(values, s.values)
                && regulationDesign == s.regulationDesign
                && seed == s.seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(values), regulationDesign, seed);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Scenario{");
        for (Parameter p : PARAMETERS) {
            sb.append(p.key()).append('=').append(Parameter.plain(get(p))).append(", ");
        }
        return sb.append("regulationDesign=").append(regulationDesign.key())
                .append(", seed=").append(seed).append('}').toString();
    }
}
