package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.divergence.model.Output.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The shipped presets: all listed, all clean, and each telling the story its description claims,
 * checked against the baseline by running the model.
 */
class PresetsTest {

    private static final Path FOLDER = Path.of("assets/presets");
    private static final Projection BASELINE = DivergenceModel.run(Scenario.defaults());

    private static Projection run(String id) {
        return DivergenceModel.run(Presets.find(id).orElseThrow().document().scenario());
    }

    private static double at(Projection p, Output output, double year) {
        return p.valueAt(output, year);
    }

    @Test
    void theIndexListsExactlyThePresetFilesInTheFolder() throws Exception {
        List<String> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.map(p -> p.getFileName().toString()).filter(ScenarioFormat::hasExtension)
                    .map(ScenarioFormat::baseName).sorted().toList();
        }
        assertThat(Presets.index()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        assertThat(Presets.ids()).hasSizeGreaterThanOrEqualTo(6).startsWith(Presets.BASELINE);
    }

    @Test
    void everyPresetOpensWithoutWarningsAndHasANameAndAStory() throws Exception {
        for (String id : Presets.index()) {
            LoadedScenario loaded = ScenarioReader.read(FOLDER.resolve(id + ScenarioFormat.EXTENSION));
            assertThat(loaded.warnings()).as(id).isEmpty();
            assertThat(loaded.document().name()).as(id).isNotBlank();
            assertThat(loaded.document().description()).as(id).hasSizeGreaterThan(80);
        }
    }

    @Test
    void everyPresetIsStoredExactlyAsTheAppWouldSaveIt() throws Exception {
        for (String id : Presets.index()) {
            Path file = FOLDER.resolve(id + ScenarioFormat.EXTENSION);
            ScenarioDocument document = ScenarioReader.read(file).document();
            assertThat(Files.readAllBytes(file)).as("%s is in canonical form", id).isEqualTo(ScenarioWriter.toBytes(document));
        }
    }

    @Test
    void baselineIsExactlyTheDefaultScenario() {
        assertThat(Presets.find("baseline").orElseThrow().document().scenario()).isEqualTo(Scenario.defaults());
    }

    @Test
    void presetsAreFoundByIdInAnyCaseAndUnknownOnesListTheChoices() {
        assertThat(Presets.find("NPU-Leap")).isPresent();
        assertThat(Presets.find("npu-leap.divergence.json")).isPresent();
        assertThatThrownBy(() -> Presets.get("moon-base"))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("preset moon-base: no such preset (available: baseline, ");
    }

    @Test
    void cheapPowerBuysHashrateNotDecentralization() {
        Projection p = run("cheap-power-boom");
        assertThat(at(p, NETWORK_HASHRATE, 2035)).isGreaterThan(1.5 * at(BASELINE, NETWORK_HASHRATE, 2035));
        assertThat(at(p, MINING_ENERGY, 2035)).isGreaterThan(1.3 * at(BASELINE, MINING_ENERGY, 2035));
        assertThat(at(p, MINING_DECENTRALIZATION, 2035)).isCloseTo(at(BASELINE, MINING_DECENTRALIZATION, 2035),
                org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void efficiencyLeapMultipliesHashrateAndConcentratesMining() {
        Projection p = run("efficiency-leap");
        assertThat(at(p, NETWORK_HASHRATE, 2035)).isGreaterThan(2 * at(BASELINE, NETWORK_HASHRATE, 2035));
        assertThat(at(p, SHARE_HYPERSCALE, 2035)).isGreaterThan(at(BASELINE, SHARE_HYPERSCALE, 2035));
        assertThat(at(p, MINING_HHI, 2035)).isGreaterThan(at(BASELINE, MINING_HHI, 2035));
        assertThat(at(p, MINING_DECENTRALIZATION, 2035)).isLessThan(at(BASELINE, MINING_DECENTRALIZATION, 2035));
    }

    @Test
    void npuLeapRoughlyDoublesTheEdgeShareAndLeavesMiningAlone() {
        Projection p = run("npu-leap");
        assertThat(at(p, EDGE_SHARE, 2035)).isGreaterThan(1.8 * at(BASELINE, EDGE_SHARE, 2035));
        assertThat(at(p, EDGE_DECENTRALIZATION, 2035)).isGreaterThan(at(BASELINE, EDGE_DECENTRALIZATION, 2035) + 10);
        assertThat(p.series(MINING_HHI)).isEqualTo(BASELINE.series(MINING_HHI));
    }

    @Test
    void antiConsolidationRegulationLowersMiningConcentrationAndKeepsInferenceOnDevices() {
        Projection p = run("anti-consolidation");
        assertThat(at(p, MINING_HHI, 2035)).isLessThan(at(BASELINE, MINING_HHI, 2035));
        assertThat(at(p, MINING_DECENTRALIZATION, 2035)).isGreaterThan(at(BASELINE, MINING_DECENTRALIZATION, 2035));
        assertThat(at(p, EDGE_SHARE, 2035)).isGreaterThan(at(BASELINE, EDGE_SHARE, 2035));
    }

    @Test
    void complianceHeavyRegulationBackfires() {
        Projection p = run("compliance-heavy");
        assertThat(at(p, MINING_HHI, 2035)).isGreaterThan(at(BASELINE, MINING_HHI, 2035));
        assertThat(at(p, EDGE_COST, 2035)).isGreaterThan(at(BASELINE, EDGE_COST, 2035));
        assertThat(at(p, EDGE_SHARE, 2035)).isLessThan(at(BASELINE, EDGE_SHARE, 2035));
    }

    @Test
    void aBullRunMultipliesHashrateAndSlowsConsolidation() {
        Projection p = run("btc-bull-run");
        assertThat(at(p, NETWORK_HASHRATE, 2040)).isGreaterThan(5 * at(BASELINE, NETWORK_HASHRATE, 2040));
        assertThat(at(p, MINING_HHI, 2040)).isLessThan(at(BASELINE, MINING_HHI, 2040));
    }

    @Test
    void aCryptoWinterShrinksTheNetworkAndConcentratesIt() {
        Projection p = run("crypto-winter");
        assertThat(at(p, NETWORK_HASHRATE, 2035)).isLessThan(0.5 * at(BASELINE, NETWORK_HASHRATE, 2035));
        assertThat(at(p, MINING_HHI, 2035)).isGreaterThan(at(BASELINE, MINING_HHI, 2035));
        assertThat(at(p, SHARE_HYPERSCALE, 2035)).isGreaterThan(at(BASELINE, SHARE_HYPERSCALE, 2035));
    }

    @Test
    void theGreatDivergenceCrossesEarlierAndWidensTheGap() {
        Projection p = run("great-divergence");
        Projection baseline2050 = DivergenceModel.run(Scenario.defaults().with(org.divergence.model.Parameter.END_YEAR, 2050));
        assertThat(p.last(EDGE_DECENTRALIZATION) - p.last(MINING_DECENTRALIZATION))
                .isGreaterThan(1.5 * (baseline2050.last(EDGE_DECENTRALIZATION) - baseline2050.last(MINING_DECENTRALIZATION)));
        assertThat(crossingYear(p)).isLessThan(crossingYear(baseline2050));
        assertThat(at(p, MINING_DECENTRALIZATION, 2040)).isLessThan(at(baseline2050, MINING_DECENTRALIZATION, 2040));
        assertThat(at(p, EDGE_DECENTRALIZATION, 2040)).isGreaterThan(at(baseline2050, EDGE_DECENTRALIZATION, 2040));
    }

    /** First year the edge-AI index is above the mining index. */
    private static double crossingYear(Projection p) {
        for (int k = 0; k < p.steps(); k++) {
            if (p.value(EDGE_DECENTRALIZATION, k) > p.value(MINING_DECENTRALIZATION, k)) {
                return p.year(k);
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
