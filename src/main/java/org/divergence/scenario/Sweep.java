package org.divergence.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;

/**
 * A parameter sweep: the cartesian grid of some parameters' values on top of a base scenario, and
 * its CSV with one row per scenario (the swept values, then key outcomes at chosen years; columns in
 * docs/CSV_COLUMNS.md). Rows are in grid order, the first axis varying slowest, like nested loops in
 * the order the axes were given; they are computed on all cores and written in that order, so the
 * output is the same on every run and machine.
 *
 * <p>With a baseline scenario, every outcome column gets a {@code baseline_} copy computed from the
 * baseline with the same swept values applied, so each row compares the two worlds at one setting.
 */
public final class Sweep {

    /** Largest grid a sweep runs: 10 million scenarios, about three minutes on two cores. */
    public static final long MAX_SCENARIOS = 10_000_000L;
    /** Prefix of the baseline's copy of a column. */
    public static final String BASELINE_PREFIX = "baseline_";
    /** Year every sweep reports by default, besides the end of the horizon. */
    public static final int DEFAULT_YEAR = 2035;

    /** Rows computed by one task: enough to amortise the scheduling, few enough to balance two cores. */
    private static final int CHUNK_ROWS = 512;
    /** Chunks computed before they are written, so memory stays bounded however big the grid. */
    private static final int CHUNKS_PER_WAVE = 64;

    /** One swept parameter and its values, in order. */
    public record Axis(Parameter parameter, double[] values) {
        public Axis {
            Objects.requireNonNull(parameter, "parameter");
            values = values.clone();
            if (values.length < 2) {
                throw new IllegalArgumentException(parameter.key() + ": a sweep needs at least 2 values");
            }
            for (double v : values) {
                parameter.check(v);
            }
        }

        /**
         * STEPS evenly spaced values from {@code from} to {@code to}, both ends included. Computed in
         * decimal and rounded once, so 0.01:0.3:30 gives 0.02, not 0.020000000000000004, and the
         * values of whole-number parameters are exact. Does not check the parameter's range.
         */
        public static double[] linear(BigDecimal from, BigDecimal to, int steps) {
            if (steps < 2) {
                throw new IllegalArgumentException("a sweep needs at least 2 steps, got " + steps);
            }
            double[] values = new double[steps];
            BigDecimal span = to.subtract(from);
            BigDecimal intervals = BigDecimal.valueOf(steps - 1L);
            for (int i = 0; i < steps; i++) {
                values[i] = from.add(span.multiply(BigDecimal.valueOf(i)).divide(intervals, MathContext.DECIMAL128))
                        .doubleValue();
            }
            return values;
        }

        @Override
        public double[] values() { return values.clone(); }

        int size() { return values.length; }

        double value(int index) { return values[index]; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Axis a && parameter == a.parameter && java.util.Arrays.equals(values, a.values);
        }

        @Override
        public int hashCode() { return parameter.hashCode() * 31 + java.util.Arrays.hashCode(values); }

        @Override
        public String toString() { return parameter.key() + java.util.Arrays.toString(values); }
    }

    /** The outcomes a sweep reports at each year; the gap is edge minus mining decentralization. */
    public enum Outcome {
        MINING_DECENTRALIZATION(Output.MINING_DECENTRALIZATION),
        EDGE_DECENTRALIZATION(Output.EDGE_DECENTRALIZATION),
        DECENTRALIZATION_GAP(null),
        MINING_HHI(Output.MINING_HHI),
        MINING_NAKAMOTO(Output.MINING_NAKAMOTO),
        EDGE_SHARE(Output.EDGE_SHARE);

        private final Output output;

        Outcome(Output output) { this.output = output; }

        /** Column name before the year: the projection CSV's name, "decentralization_gap" for the gap. */
        public String column() { return output == null ? "decentralization_gap" : output.column(); }

        public String unit() { return output == null ? "index points, -100 to 100" : output.unit(); }

        public String label() {
            return output == null ? "Edge-AI minus mining decentralization index" : output.label();
        }

        double valueAt(Projection p, int step) {
            if (output != null) {
                return p.value(output, step);
            }
            return p.value(Output.EDGE_DECENTRALIZATION, step) - p.value(Output.MINING_DECENTRALIZATION, step);
        }
    }

    /** Told how far a sweep has got, from the writing thread, after each batch of rows. */
    @FunctionalInterface
    public interface Progress {
        void done(long rows, long total);
    }

    private final Scenario base;
    private final List<Axis> axes;
    private final int[] years;
    private final Optional<Scenario> baseline;
    private final long size;

    /**
     * @throws IllegalArgumentException when a parameter is swept twice, the grid is larger than
     *         {@link #MAX_SCENARIOS}, or a year is outside 2025 to the end of some scenario of the grid
     */
    public Sweep(Scenario base, List<Axis> axes, int[] years, Optional<Scenario> baseline) {
        this.base = Objects.requireNonNull(base, "base");
        this.axes = List.copyOf(axes);
        this.years = years.clone();
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        if (this.axes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one parameter");
        }
        long n = 1;
        for (int i = 0; i < this.axes.size(); i++) {
            Axis axis = this.axes.get(i);
            for (int j = 0; j < i; j++) {
                if (this.axes.get(j).parameter() == axis.parameter()) {
                    throw new IllegalArgumentException(axis.parameter().key() + " is swept twice");
                }
            }
            n = gridSize(n, axis.size());
        }
        if (n > MAX_SCENARIOS) {
            throw new IllegalArgumentException(tooLarge(n));
        }
        size = n;
        if (this.years.length == 0) {
            throw new IllegalArgumentException("a sweep needs at least one year");
        }
        int lastYear = shortestHorizon();
        int firstYear = latestStart(base, axes);
        for (int i = 0; i < this.years.length; i++) {
            int year = this.years[i];
            if (year < firstYear || year > lastYear) {
                throw new IllegalArgumentException("year " + year + " is outside the projection ("
                        + firstYear + " to " + lastYear + (endYearSwept() ? ", the earliest swept endYear" : "") + ")");
            }
            for (int j = 0; j < i; j++) {
                if (this.years[j] == year) {
                    throw new IllegalArgumentException("year " + year + " is given twice");
                }
            }
        }
    }

    /** The number of scenarios of a grid with one more axis; Long.MAX_VALUE once it no longer fits a long. */
    public static long gridSize(long sizeSoFar, long axisSize) {
        long product = sizeSoFar * axisSize;
        return Math.multiplyHigh(sizeSoFar, axisSize) != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    /** "the grid has N scenarios; a sweep runs at most 10,000,000 (use fewer steps)". */
    public static String tooLarge(long size) {
        String n = size == Long.MAX_VALUE ? String.format(Locale.ROOT, "more than %,d", MAX_SCENARIOS)
                : String.format(Locale.ROOT, "%,d", size);
        return String.format(Locale.ROOT, "the grid has %s scenarios; a sweep runs at most %,d (use fewer steps)", n, MAX_SCENARIOS);
    }

    /** The default years: {@link #DEFAULT_YEAR} (when the horizon reaches it) and the end of the horizon. */
    public static int[] defaultYears(Scenario base, List<Axis> axes) {
        int end = shortestHorizon(base, axes);
        return end > DEFAULT_YEAR ? new int[] {DEFAULT_YEAR, end} : new int[] {end};
    }

    public long size() { return size; }

    public List<Axis> axes() { return axes; }

    public int[] years() { return years.clone(); }

    /** The scenario of row {@code index} (0-based, grid order). */
    public Scenario scenarioAt(long index) {
        return apply(base, index);
    }

    /** Header names: the swept parameters, the outcomes at each year, then the baseline's copies. */
    public List<String> columns() {
        List<String> names = new ArrayList<>();
        for (Axis axis : axes) {
            names.add(parameterColumn(axis.parameter()));
        }
        List<String> outcomes = outcomeColumns();
        names.addAll(outcomes);
        if (baseline.isPresent()) {
            outcomes.forEach(name -> names.add(BASELINE_PREFIX + name));
        }
        return names;
    }

    private List<String> outcomeColumns() {
        List<String> names = new ArrayList<>();
        for (int year : years) {
            for (Outcome outcome : Outcome.values()) {
                names.add(outcome.column() + "_" + year);
            }
        }
        return names;
    }

    /**
     * Writes the CSV: computes the rows on all cores, a wave of chunks at a time, and writes them in
     * grid order. {@code progress} is told after each wave.
     */
    public void writeCsv(OutputStream out, Progress progress) throws IOException {
        out.write((String.join(",", columns()) + "\n").getBytes(StandardCharsets.US_ASCII));
        long chunks = (size + CHUNK_ROWS - 1) / CHUNK_ROWS;
        for (long first = 0; first < chunks; first += CHUNKS_PER_WAVE) {
            long firstChunk = first;
            int count = (int) Math.min(CHUNKS_PER_WAVE, chunks - first);
            byte[][] wave = IntStream.range(0, count).parallel()
                    .mapToObj(c -> chunk((firstChunk + c) * CHUNK_ROWS))
                    .toArray(byte[][]::new);
            for (byte[] bytes : wave) {
                out.write(bytes);
            }
            progress.done(Math.min(size, (first + count) * CHUNK_ROWS), size);
        }
        out.flush();
    }

    /** The CSV text of the rows from {@code start} (up to CHUNK_ROWS of them). */
    private byte[] chunk(long start) {
        long end = Math.min(size, start + CHUNK_ROWS);
        StringBuilder sb = new StringBuilder((int) (end - start) * 32 * (1 + years.length * Outcome.values().length));
        for (long row = start; row < end; row++) {
            appendRow(sb, row);
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** One row of values, as numbers (NaN where the baseline's horizon ends before the year); for tests. */
    public double[] row(long index) {
        List<Double> values = new ArrayList<>();
        int[] cell = indices(index);
        for (int a = 0; a < axes.size(); a++) {
            values.add(axes.get(a).value(cell[a]));
        }
        addOutcomes(values, DivergenceModel.run(apply(base, index)));
        baseline.ifPresent(b -> addOutcomes(values, DivergenceModel.run(apply(b, index))));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void addOutcomes(List<Double> values, Projection p) {
        for (int year : years) {
            int step = stepOf(p, year);
            for (Outcome outcome : Outcome.values()) {
                values.add(step < 0 ? Double.NaN : outcome.valueAt(p, step));
            }
        }
    }

    private void appendRow(StringBuilder sb, long index) {
        int[] cell = indices(index);
        for (int a = 0; a < axes.size(); a++) {
            sb.append(axes.get(a).value(cell[a])).append(',');
        }
        appendOutcomes(sb, DivergenceModel.run(apply(base, index)));
        if (baseline.isPresent()) {
            sb.append(',');
            appendOutcomes(sb, DivergenceModel.run(apply(baseline.get(), index)));
        }
        sb.append('\n');
    }

    private void appendOutcomes(StringBuilder sb, Projection p) {
        boolean first = true;
        for (int year : years) {
            int step = stepOf(p, year);
            for (Outcome outcome : Outcome.values()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                if (step >= 0) { // empty where a baseline's horizon ends before the year
                    sb.append(outcome.valueAt(p, step));
                }
            }
        }
    }

    /** The step at a whole year, or -1 when the projection ends before it. */
    private static int stepOf(Projection p, int year) {
        return year > p.scenario().endYear() ? -1 : p.stepAt(year);
    }

    /** Index along each axis of a row: the last axis varies fastest. */
    private int[] indices(long index) {
        int[] cell = new int[axes.size()];
        long rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            int n = axes.get(a).size();
            cell[a] = (int) (rest % n);
            rest /= n;
        }
        return cell;
    }

    private Scenario apply(Scenario scenario, long index) {
        int[] cell = indices(index);
        Scenario s = scenario;
        for (int a = 0; a < axes.size(); a++) {
            s = s.with(axes.get(a).parameter(), axes.get(a).value(cell[a]));
        }
        return s;
    }

    private boolean endYearSwept() {
        return axes.stream().anyMatch(a -> a.parameter() == Parameter.END_YEAR);
    }

    private int shortestHorizon() {
        return shortestHorizon(base, axes);
    }

    /** The latest start year of any scenario of the grid: every scenario has a step from then on. */
    private static int latestStart(Scenario base, List<Axis> axes) {
        for (Axis axis : axes) {
            if (axis.parameter() == Parameter.START_YEAR) {
                double max = -Double.MAX_VALUE;
                for (double v : axis.values) {
                    max = Math.max(max, v);
                }
                return (int) max;
            }
        }
        return base.startYear();
    }

    /** The earliest end year of any scenario of the grid. */
    private static int shortestHorizon(Scenario base, List<Axis> axes) {
        for (Axis axis : axes) {
            if (axis.parameter() == Parameter.END_YEAR) {
                double min = Double.MAX_VALUE;
                for (double v : axis.values) {
                    min = Math.min(min, v);
                }
                return (int) min;
            }
        }
        return base.endYear();
    }

    /**
     * CSV column of a swept parameter, in the projection CSV's style: the key in snake_case, then
     * its unit ({@code electricityPrice} in USD/kWh is {@code electricity_price_usd_per_kwh}).
     */
    public static String parameterColumn(Parameter p) {
        String name = p.key().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        String unit = unitSuffix(p.unit());
        return unit.isEmpty() ? name : name + "_" + unit;
    }

    /** The unit as a column suffix; empty where the name already says it (year, steps, multiples). */
    static String unitSuffix(String unit) {
        return switch (unit) {
            case "year", "steps", "x" -> "";
            case "%" -> "pct";
            case "%/yr" -> "pct_per_yr";
            case "EH/s" -> "ehs"; // as in network_hashrate_ehs
            default -> unit.toLowerCase(Locale.ROOT).replace("/", "_per_").replace(' ', '_');
        };
    }
}
