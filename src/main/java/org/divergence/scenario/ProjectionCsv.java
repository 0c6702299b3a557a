package org.divergence.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import org.divergence.model.Output;
import org.divergence.model.Projection;

/**
 * A projection as CSV: a header row, then one row per time step with the decimal year followed by
 * every {@link Output} in enum order (the columns are documented in docs/CSV_COLUMNS.md). Numbers
 * are written in Java's shortest round-trip form, so reading the CSV back gives the exact doubles.
 */
public final class ProjectionCsv {

    public static final String YEAR_COLUMN = "year";
    // Quote only what needs quoting: Jackson otherwise quotes long header names "just in case".
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = schema();

    private ProjectionCsv() {}

    /** The column names in order: "year", then each output's column. */
    public static List<String> columns() {
        List<String> names = new ArrayList<>();
        SCHEMA.forEach(column -> names.add(column.getName()));
        return names;
    }

    public static byte[] toBytes(Projection projection) {
        Output[] outputs = Output.values();
        List<Object[]> rows = new ArrayList<>(projection.steps());
        for (int k = 0; k < projection.steps(); k++) {
            Object[] row = new Object[outputs.length + 1];
            row[0] = projection.year(k);
            for (Output output : outputs) {
                row[output.ordinal() + 1] = projection.value(output, k);
            }
            rows.add(row);
        }
        try {
            return MAPPER.writer(SCHEMA).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            // Rows of doubles always serialise; reaching here is a bug, not a user error.
            throw new IllegalStateException("could not write the projection as CSV", e);
        }
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder().addColumn(YEAR_COLUMN, CsvSchema.ColumnType.NUMBER);
        for (Output output : Output.values()) {
            builder.addColumn(output.column(), CsvSchema.ColumnType.NUMBER);
        }
        return builder.setUseHeader(true).setLineSeparator("\n").build();
    }
}
