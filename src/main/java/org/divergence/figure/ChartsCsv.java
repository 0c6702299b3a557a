package org.divergence.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The numbers behind the charts on screen as CSV: one row per year of the scenario's horizon, one
 * column per chart series with its unit in the header ("headline: Edge AI [Index (0-100)]"), then the
 * baseline's copy of each ("baseline: headline: Edge AI [Index (0-100)]"), empty beyond the baseline's
 * horizon. Numbers in Java's shortest round-trip form.
 */
public final class ChartsCsv {

    public static final String YEAR_COLUMN = "year";
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private ChartsCsv() {}

    /** The header of a series' column. */
    public static String column(ChartSpec chart, SeriesSpec series) {
        return chart.id() + ": " + series.name() + " [" + chart.axis().label() + "]";
    }

    /** CSV of the given charts' data (all from the same projection, and baseline if any). */
    public static byte[] toBytes(List<ChartData> charts) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("no charts");
        }
        ChartData first = charts.get(0);
        boolean baseline = first.baseline().isPresent();
        CsvSchema.Builder schema = CsvSchema.builder().addColumn(YEAR_COLUMN, CsvSchema.ColumnType.NUMBER);
        for (String prefix : baseline ? List.of("", "baseline: ") : List.of("")) {
            for (ChartData chart : charts) {
                for (SeriesSpec series : chart.spec().series()) {
                    schema.addColumn(prefix + column(chart.spec(), series), CsvSchema.ColumnType.NUMBER);
                }
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < first.steps(); k++) {
            List<Object> row = new ArrayList<>();
            double year = first.year(k);
            row.add(year);
            for (ChartData chart : charts) {
                for (int s = 0; s < chart.seriesCount(); s++) {
                    row.add(chart.value(s, k));
                }
            }
            if (baseline) {
                for (ChartData chart : charts) {
                    for (int s = 0; s < chart.seriesCount(); s++) {
                        Optional<Double> value = chart.baselineAt(s, year);
                        row.add(value.isPresent() ? value.get() : "");
                    }
                }
            }
            rows.add(row.toArray());
        }
        try {
            return MAPPER.writer(schema.setUseHeader(true).setLineSeparator("\n").build()).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the charts' data as CSV", e);
        }
    }
}
