package org.divergence.model;

import java.util.Locale;
import java.util.Optional;

/**
 * One number read from a projection, for the tornado chart and the regime map: an output (or the
 * gap, edge-AI index minus mining index) in a year. The year is clamped into the horizon.
 *
 * @param output the output read, or empty for the gap
 * @param year   the whole year read (its 1 January step)
 */
public record Outcome(Optional<Output> output, int year) {

    /** Name of the gap on the command line: {@code --outcome gap@2035}. */
    public static final String GAP = "gap";
    /** The default: the 2035 gap, edge-AI decentralization index minus mining's. */
    public static final Outcome DEFAULT_GAP = new Outcome(Optional.empty(), 2035);

    public Outcome {
        if (year < (int) Halving.START_YEAR || year > (int) Parameter.END_YEAR.max()) {
            throw new IllegalArgumentException("the outcome's year must be between " + (int) Halving.START_YEAR
                    + " and " + (int) Parameter.END_YEAR.max() + ", got " + year);
        }
    }

    public static Outcome gap(int year) {
        return new Outcome(Optional.empty(), year);
    }

    public static Outcome of(Output output, int year) {
        return new Outcome(Optional.of(output), year);
    }

    /** The outcome's value in a projection. */
    public double of(Projection projection) {
        if (output.isEmpty()) {
            return projection.valueAt(Output.EDGE_DECENTRALIZATION, year)
                    - projection.valueAt(Output.MINING_DECENTRALIZATION, year);
        }
        return projection.valueAt(output.get(), year);
    }

    /** "gap@2035" or "mining_hhi@2040": how the command line names it. */
    public String key() {
        return output.map(Output::column).orElse(GAP) + "@" + year;
    }

    /** "Gap in 2035 (edge-AI index minus mining index)" or "Mining HHI in 2040". */
    public String label() {
        return output.map(o -> o.label() + " in " + year)
                .orElse("Gap in " + year + " (edge-AI index minus mining index)");
    }

    /** The unit of the value: index points for the gap. */
    public String unit() {
        return output.map(Output::unit).orElse("index points");
    }

    /**
     * Reads "gap", "gap@2040", "mining_hhi" or "mining_hhi@2040" (the year defaults to 2035); the
     * message of the exception says what was wrong and what is allowed.
     */
    public static Outcome parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int at = t.indexOf('@');
        String name = at < 0 ? t : t.substring(0, at);
        int year = DEFAULT_GAP.year();
        if (at >= 0) {
            try {
                year = Integer.parseInt(t.substring(at + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the year after @ must be a whole number, got '" + t.substring(at + 1) + "'");
            }
        }
        if (name.equals(GAP)) {
            return gap(year);
        }
        for (Output o : Output.values()) {
            if (o.column().equals(name)) {
                return of(o, year);
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + name + "': use gap or an output column such as "
                + Output.MINING_HHI.column() + ", optionally with @year (gap@2035)");
    }
}
