package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static final Scenario BASE = Scenario.defaults().withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN);

    private static Sweep.Axis axis(Parameter p, String from, String to, int steps) {
        return new Sweep.Axis(p, Sweep.Axis.linear(new BigDecimal(from), new BigDecimal(to), steps));
    }

    private static String csv(Sweep sweep) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sweep.writeCsv(out, (rows, total) -> {});
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void valuesIncludeBothEndsAndAreRoundedInDecimal() {
        assertThat(Sweep.Axis.linear(new BigDecimal("0.01"), new BigDecimal("0.3"), 30))
                .hasSize(30).startsWith(0.01, 0.02, 0.03).endsWith(0.29, 0.3);
        assertThat(Sweep.Axis.linear(new BigDecimal("2030"), new BigDecimal("2050"), 5)).containsExactly(2030, 2035, 2040, 2045, 2050);
        assertThat(Sweep.Axis.linear(new BigDecimal("100"), new BigDecimal("0"), 3)).containsExactly(100, 50, 0);
        assertThat(Sweep.Axis.linear(new BigDecimal("0"), new BigDecimal("1"), 3)).containsExactly(0, 0.5, 1);
    }

    @Test
    void rowsAreTheCartesianGridWithTheFirstAxisSlowest() {
        Sweep sweep = new Sweep(BASE, List.of(axis(Parameter.ELECTRICITY_PRICE, "0.02", "0.08", 3),
                axis(Parameter.REGULATION_STRENGTH, "0", "100", 4)), new int[] {2030}, Optional.empty());

        assertThat(sweep.size()).isEqualTo(12);
        List<double[]> cells = new ArrayList<>();
        for (long i = 0; i < sweep.size(); i++) {
            Scenario s = sweep.scenarioAt(i);
            cells.add(new double[] {s.get(Parameter.ELECTRICITY_PRICE), s.get(Parameter.REGULATION_STRENGTH)});
            assertThat(s.regulationDesign()).isEqualTo(RegulationDesign.COMPLIANCE_BURDEN);
        }
        assertThat(cells.get(0)).containsExactly(0.02, 0);
        assertThat(cells.get(1)).containsExactly(0.02, 100.0 / 3);
        assertThat(cells.get(3)).containsExactly(0.02, 100);
        assertThat(cells.get(4)).containsExactly(0.05, 0);
        assertThat(cells.get(11)).containsExactly(0.08, 100);
    }

    @Test
    void everyRowEqualsASingleRunOfItsScenario() throws Exception {
        Sweep sweep = new Sweep(BASE, List.of(axis(Parameter.NPU_THROUGHPUT, "10", "400", 7),
                axis(Parameter.ASIC_EFFICIENCY, "8", "40", 5), axis(Parameter.END_YEAR, "2036", "2048", 4)),
                new int[] {2030, 2035}, Optional.empty());
        String[] lines = csv(sweep).split("\n");
        assertThat(lines).hasSize((int) sweep.size() + 1);
        assertThat(lines[0]).isEqualTo("npu_throughput_tops,asic_efficiency_j_per_th,end_year,"
                + "mining_decentralization_index_2030,edge_decentralization_index_2030,decentralization_gap_2030,"
                + "mining_hhi_2030,mining_nakamoto_coefficient_2030,edge_inference_share_2030,"
                + "mining_decentralization_index_2035,edge_decentralization_index_2035,decentralization_gap_2035,"
                + "mining_hhi_2035,mining_nakamoto_coefficient_2035,edge_inference_share_2035");
        Random random = new Random(3);
        for (int trial = 0; trial < 12; trial++) {
            int row = random.nextInt((int) sweep.size());
            String[] cells = lines[row + 1].split(",");
            Scenario s = BASE.with(Parameter.NPU_THROUGHPUT, Double.parseDouble(cells[0]))
                    .with(Parameter.ASIC_EFFICIENCY, Double.parseDouble(cells[1]))
                    .with(Parameter.END_YEAR, Double.parseDouble(cells[2]));
            assertThat(sweep.scenarioAt(row)).isEqualTo(s);
            Projection p = DivergenceModel.run(s);
            int c = 3;
            for (int year : new int[] {2030, 2035}) {
                double mining = p.valueAt(Output.MINING_DECENTRALIZATION, year);
                double edge = p.valueAt(Output.EDGE_DECENTRALIZATION, year);
                assertThat(Double.parseDouble(cells[c++])).isEqualTo(mining);
                assertThat(Double.parseDouble(cells[c++])).isEqualTo(edge);
                assertThat(Double.parseDouble(cells[c++])).isEqualTo(edge - mining);
                assertThat(Double.parseDouble(cells[c++])).isEqualTo(p.valueAt(Output.MINING_HHI, year));
                assertThat(Double.parseDouble(cells[c++])).isEqualTo(p.valueAt(Output.MINING_NAKAMOTO, year));
                assertThat(Double.parseDouble(cells[c++])).isEqualTo(p.valueAt(Output.EDGE_SHARE, year));
            }
            assertThat(sweep.row(row)).hasSize(15);
        }
    }

    @Test
    void theCsvIsTheSameOnEveryRun() throws Exception {
        Sweep sweep = new Sweep(BASE, List.of(axis(Parameter.ELECTRICITY_PRICE, "0.01", "0.3", 40),
                axis(Parameter.PRIVACY_VALUE, "0", "1", 30)), new int[] {2035, 2040}, Optional.empty());
        String first = csv(sweep);
        assertThat(first.split("\n")).hasSize(1201);
        assertThat(csv(sweep)).isEqualTo(first);
    }

    @Test
    void aBaselineAddsItsOwnRunAtTheSameSweptValues() throws Exception {
        Scenario baseline = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 200);
        Sweep sweep = new Sweep(BASE, List.of(axis(Parameter.ELECTRICITY_PRICE, "0.02", "0.1", 3)), new int[] {2035},
                Optional.of(baseline));

        String[] lines = csv(sweep).split("\n");
        assertThat(lines[0]).endsWith(",edge_inference_share_2035,baseline_mining_decentralization_index_2035,"
                + "baseline_edge_decentralization_index_2035,baseline_decentralization_gap_2035,baseline_mining_hhi_2035,"
                + "baseline_mining_nakamoto_coefficient_2035,baseline_edge_inference_share_2035");
        String[] cells = lines[2].split(",");
        Projection p = DivergenceModel.run(baseline.with(Parameter.ELECTRICITY_PRICE, 0.06));
        assertThat(Double.parseDouble(cells[7])).isEqualTo(p.valueAt(Output.MINING_DECENTRALIZATION, 2035));
        assertThat(Double.parseDouble(cells[12])).isEqualTo(p.valueAt(Output.EDGE_SHARE, 2035));
    }

    @Test
    void aBaselineThatEndsEarlierLeavesItsCellsEmpty() throws Exception {
        Scenario shortBaseline = Scenario.defaults().with(Parameter.END_YEAR, 2030);
        Sweep sweep = new Sweep(BASE, List.of(axis(Parameter.ELECTRICITY_PRICE, "0.02", "0.1", 2)), new int[] {2030, 2040},
                Optional.of(shortBaseline));

        String row = csv(sweep).split("\n")[1];
        assertThat(row).endsWith(",,,,,,").doesNotContain("NaN");
        assertThat(row.split(",", -1)).hasSize(1 + 12 + 12);
    }

    @Test
    void defaultYearsAre2035AndTheEndOfTheShortestHorizon() {
        assertThat(Sweep.defaultYears(BASE, List.of(axis(Parameter.ELECTRICITY_PRICE, "0.02", "0.1", 2)))).containsExactly(2035, 2040);
        assertThat(Sweep.defaultYears(BASE.with(Parameter.END_YEAR, 2030), List.of(axis(Parameter.ELECTRICITY_PRICE, "0.02", "0.1", 2))))
                .containsExactly(2030);
        assertThat(Sweep.defaultYears(BASE, List.of(axis(Parameter.END_YEAR, "2045", "2050", 6)))).containsExactly(2035, 2045);
        assertThat(Sweep.defaultYears(BASE.with(Parameter.END_YEAR, 2035), List.of(axis(Parameter.NPU_THROUGHPUT, "1", "2", 2))))
                .containsExactly(2035);
    }

    @Test
    void refusesYearsOutsideTheHorizonRepeatedParametersAndHugeGrids() {
        List<Sweep.Axis> price = List.of(axis(Parameter.ELECTRICITY_PRICE, "0.02", "0.1", 2));
        assertThatThrownBy(() -> new Sweep(BASE, price, new int[] {2041}, Optional.empty()))
                .hasMessage("year 2041 is outside the projection (2025 to 2040)");
        assertThatThrownBy(() -> new Sweep(BASE, List.of(axis(Parameter.END_YEAR, "2030", "2040", 3)), new int[] {2035}, Optional.empty()))
                .hasMessageContaining("outside the projection (2025 to 2030, the earliest swept endYear)");
        assertThatThrownBy(() -> new Sweep(BASE, price, new int[] {2030, 2030}, Optional.empty())).hasMessage("year 2030 is given twice");
        assertThatThrownBy(() -> new Sweep(BASE, List.of(price.get(0), price.get(0)), new int[] {2030}, Optional.empty()))
                .hasMessage("electricityPrice is swept twice");
        Sweep.Axis thousand = new Sweep.Axis(Parameter.NPU_THROUGHPUT, Sweep.Axis.linear(BigDecimal.ONE, BigDecimal.TEN, 1000));
        Sweep.Axis tenThousand = new Sweep.Axis(Parameter.BTC_PRICE, Sweep.Axis.linear(new BigDecimal(1000), new BigDecimal(100_000), 10_001));
        assertThatThrownBy(() -> new Sweep(BASE, List.of(thousand, tenThousand), new int[] {2030}, Optional.empty()))
                .hasMessage("the grid has 10,001,000 scenarios; a sweep runs at most 10,000,000 (use fewer steps)");
        assertThatThrownBy(() -> new Sweep.Axis(Parameter.END_YEAR, new double[] {2030, 2030.5}))
                .hasMessageContaining("endYear must be a whole number");
    }

    @Test
    void parameterColumnsFollowTheCsvNamingStyle() {
        assertThat(Sweep.parameterColumn(Parameter.ELECTRICITY_PRICE)).isEqualTo("electricity_price_usd_per_kwh");
        assertThat(Sweep.parameterColumn(Parameter.ASIC_EFFICIENCY)).isEqualTo("asic_efficiency_j_per_th");
        assertThat(Sweep.parameterColumn(Parameter.REGULATION_STRENGTH)).isEqualTo("regulation_strength_pct");
        assertThat(Sweep.parameterColumn(Parameter.BTC_PRICE_DRIFT)).isEqualTo("btc_price_drift_pct_per_yr");
        assertThat(Sweep.parameterColumn(Parameter.START_HASHRATE)).isEqualTo("start_hashrate_ehs");
        assertThat(Sweep.parameterColumn(Parameter.END_YEAR)).isEqualTo("end_year");
        assertThat(Sweep.parameterColumn(Parameter.STEPS_PER_YEAR)).isEqualTo("steps_per_year");
        assertThat(Sweep.parameterColumn(Parameter.DATA_CENTER_PUE)).isEqualTo("data_center_pue");
        assertThat(Sweep.parameterColumn(Parameter.PRIVACY_VALUE)).isEqualTo("privacy_value_usd_per_mtok");
        for (Parameter p : Parameter.values()) {
            assertThat(Sweep.parameterColumn(p)).matches("[a-z0-9_]+");
        }
    }
}
