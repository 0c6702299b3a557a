package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;

class ProjectionCsvTest {

    /** The columns issue 5 promises by name. */
    static final List<String> REQUIRED = List.of("year", "btc_price_usd", "block_subsidy_btc", "network_hashrate_ehs",
            "hashprice_usd_per_th_day", "breakeven_efficiency_j_per_th", "mining_hhi", "mining_nakamoto_coefficient",
            "mining_decentralization_index", "edge_inference_share", "edge_decentralization_index",
            "cloud_cost_usd_per_mtok", "edge_cost_usd_per_mtok");

    @Test
    void headerIsYearThenEveryOutputInEnumOrder() {
        String csv = new String(ProjectionCsv.toBytes(DivergenceModel.run(Scenario.defaults())), StandardCharsets.UTF_8);
        String header = csv.substring(0, csv.indexOf('\n'));

        assertThat(ProjectionCsv.columns()).containsAll(REQUIRED).startsWith("year").hasSize(Output.values().length + 1);
        assertThat(header).isEqualTo(String.join(",", ProjectionCsv.columns()));
        assertThat(ProjectionCsv.columns().get(Output.MINING_HHI.ordinal() + 1)).isEqualTo(Output.MINING_HHI.column());
    }

    @Test
    void oneRowPerStepWithExactlyTheProjectionsNumbers() throws Exception {
        Scenario monthly = Scenario.defaults().with(Parameter.STEPS_PER_YEAR, 12).with(Parameter.END_YEAR, 2030);
        Projection projection = DivergenceModel.run(monthly);

        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(ProjectionCsv.toBytes(projection))) {
            rows = it.readAll();
        }

        assertThat(rows).hasSize(projection.steps() + 1);
        for (int k = 0; k < projection.steps(); k++) {
            String[] row = rows.get(k + 1);
            assertThat(Double.parseDouble(row[0])).isEqualTo(projection.year(k));
            for (Output output : Output.values()) {
                assertThat(Double.parseDouble(row[output.ordinal() + 1])).isEqualTo(projection.value(output, k));
            }
        }
        assertThat(Double.parseDouble(rows.get(2)[0])).isEqualTo(2025 + 1 / 12.0);
    }
}
