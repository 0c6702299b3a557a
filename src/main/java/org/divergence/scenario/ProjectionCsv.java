package org.divergence.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import org.divergence.model.Bands;
import org.divergence.model.Output;
import org.divergence.model.Projection;
import org.divergence.model.Quantile;

/**
 * A projection as CSV: a header row, then one row per time step with the decimal year followed by
 * every {@link Output} in enum order (the columns are documented in docs/CSV_COLUMNS.md). Numbers
 * are written in Java's shortest round-trip form, so reading the CSV back gives the exact doubles.
 */
public final class ProjectionCsv {

    public static final String YEAR_COLUMN = "year";
    /** Prefix of a baseline's copy of an output column. */
    public static final String BASELINE_PREFIX = "baseline_";
    // Quote only what needs quoting: Jackson otherwise quotes long header names "just in case".
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = schema(false, false);
    private static final CsvSchema SCHEMA_WITH_BASELINE = schema(true, false);

    private ProjectionCsv() {}

    /** The column names in order: "year", then each output's column. */
    public static List<String> columns() {
        return columns(false);
    }

    /** As above, then with a baseline "baseline_" and each output's column again. */
    public static List<String> columns(boolean withBaseline) {
        List<String> names = new ArrayList<>();
        (withBaseline ? SCHEMA_WITH_BASELINE : SCHEMA).forEach(column -> names.add(column.getName()));
        return names;
    }

    public static byte[] toBytes(Projection projection) {
        return write(projection, null, null);
    }

    /**
     * The projection's rows and columns, then each output of the baseline at the same time step as
     * "baseline_" + column. The rows are the projection's: a baseline cell is empty where the
     * baseline has no step at that time (its horizon ends earlier, or its steps are coarser).
     */
    public static byte[] toBytes(Projection projection, Projection baseline) {
        return write(projection, java.util.Objects.requireNonNull(baseline, "baseline"), null);
    }

    /**
     * As {@link #toBytes(Projection, Projection)} with {@code baseline} null for none, then, for every
     * output in order, its Monte Carlo percentiles: column + "_p10", "_p25", "_p50", "_p75", "_p90".
     */
    public static byte[] toBytes(Projection projection, Projection baseline, Bands bands) {
        if (bands.steps() != projection.steps()) {
            throw new IllegalArgumentException("the bands have " + bands.steps() + " steps, the projection " + projection.steps());
        }
        return write(projection, baseline, bands);
    }

    /** The columns the percentiles add, in order: every output's five percentile columns. */
    public static List<String> percentileColumns() {
        List<String> names = new ArrayList<>();
        for (Output output : Output.values()) {
            for (Quantile q : Quantile.values()) {
                names.add(output.column() + q.suffix());
            }
        }
        return names;
    }

    /** Rows of the projection at which the baseline has no step: 0 when the baseline covers them all. */
    public static int rowsWithoutBaseline(Projection projection, Projection baseline) {
        int missing = 0;
        for (int k = 0; k < projection.steps(); k++) {
            if (baselineStep(baseline, projection.year(k)) < 0) {
                missing++;
            }
        }
        return missing;
    }

    private static byte[] write(Projection projection, Projection baseline, Bands bands) {
        Output[] outputs = Output.values();
        Quantile[] quantiles = Quantile.values();
        int bandsFrom = outputs.length + 1 + (baseline == null ? 0 : outputs.length);
        int width = bandsFrom + (bands == null ? 0 : outputs.length * quantiles.length);
        List<Object[]> rows = new ArrayList<>(projection.steps());
        for (int k = 0; k < projection.steps(); k++) {
            Object[] row = new Object[width];
            row[0] = projection.year(k);
            for (Output output : outputs) {
                row[output.ordinal() + 1] = projection.value(output, k);
            }
            if (baseline != null) {
                int step = baselineStep(baseline, projection.year(k));
                for (Output output : outputs) {
                    row[outputs.length + 1 + output.ordinal()] = step < 0 ? null : baseline.value(output, step);
                }
            }
            if (bands != null) {
                for (Output output : outputs) {
                    for (Quantile q : quantiles) {
                        row[bandsFrom + output.ordinal() * quantiles.length + q.ordinal()] = bands.value(q, output, k);
                    }
                }
            }
            rows.add(row);
        }
        CsvSchema schema = bands != null ? schema(baseline != null, true)
                : baseline == null ? SCHEMA : SCHEMA_WITH_BASELINE;
        try {
            return MAPPER.writer(schema).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            // Rows of doubles always serialise; reaching here is a bug, not a user error.
            throw new IllegalStateException("could not write the projection as CSV", e);
        }
    }

    /** The baseline's step at exactly this decimal year, or -1 when it has none. */
    private static int baselineStep(Projection baseline, double year) {
        int step = baseline.stepAt(year);
        return baseline.year(step) == year ? step : -1;
    }

    private static CsvSchema schema(boolean withBaseline, boolean withBands) {
        CsvSchema.Builder builder = CsvSchema.builder().addColumn(YEAR_COLUMN, CsvSchema.ColumnType.NUMBER);
        for (Output output : Output.values()) {
            builder.addColumn(output.column(), CsvSchema.ColumnType.NUMBER);
        }
        if (withBaseline) {
            for (Output output : Output.values()) {
                builder.addColumn(BASELINE_PREFIX + output.column(), CsvSchema.ColumnType.NUMBER);
            }
        }
        if (withBands) {
            percentileColumns().forEach(name -> builder.addColumn(name, CsvSchema.ColumnType.NUMBER));
        }
        return builder.setUseHeader(true).setLineSeparator("\n").build();
    }
}
