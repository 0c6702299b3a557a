package org.divergence.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import org.divergence.model.Sensitivity;

/**
 * A sensitivity run as CSV: one row per parameter, largest effect first, with the columns
 * key, low, high, outcome_at_low, outcome_at_high (docs/CSV_COLUMNS.md). Numbers are written in
 * Java's shortest round-trip form, as in {@link ProjectionCsv}.
 */
public final class SensitivityCsv {

    public static final List<String> COLUMNS = List.of("key", "low", "high", "outcome_at_low", "outcome_at_high");
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = schema();

    private SensitivityCsv() {}

    public static byte[] toBytes(Sensitivity.Result result) {
        List<Object[]> rows = new ArrayList<>(result.rows().size());
        for (Sensitivity.Row row : result.rows()) {
            rows.add(new Object[] {row.parameter().key(), row.low(), row.high(), row.outcomeAtLow(), row.outcomeAtHigh()});
        }
        try {
            return MAPPER.writer(SCHEMA).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the sensitivity table as CSV", e);
        }
    }

    private static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder().addColumn(COLUMNS.get(0), CsvSchema.ColumnType.STRING);
        COLUMNS.subList(1, COLUMNS.size()).forEach(name -> builder.addColumn(name, CsvSchema.ColumnType.NUMBER));
        return builder.setUseHeader(true).setLineSeparator("\n").build();
    }
}
