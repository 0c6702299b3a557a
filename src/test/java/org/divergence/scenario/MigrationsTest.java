package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One fixture per format version, each a file as that version wrote it; every one must keep opening. */
class MigrationsTest {

    /** The scenario both fixtures describe. */
    private static final Scenario EXPECTED = Scenario.defaults()
            .with(Parameter.ELECTRICITY_PRICE, 0.03).with(Parameter.ASIC_EFFICIENCY, 15)
            .with(Parameter.NPU_THROUGHPUT, 60).with(Parameter.REGULATION_STRENGTH, 65)
            .with(Parameter.BTC_PRICE, 90_000).with(Parameter.BTC_PRICE_DRIFT, 5)
            .with(Parameter.FEES_PER_BLOCK, 0.05).with(Parameter.START_HASHRATE, 750)
            .with(Parameter.ASIC_IMPROVEMENT, 10).with(Parameter.HARDWARE_COST, 18)
            .with(Parameter.HOME_POWER_PREMIUM, 1.8).with(Parameter.SMALL_FARM_POWER_PREMIUM, 1.3)
            .with(Parameter.HOME_VINTAGE, 4.5).with(Parameter.SMALL_FARM_VINTAGE, 2.5)
            .with(Parameter.INDUSTRIAL_VINTAGE, 1.5).with(Parameter.HYPERSCALE_VINTAGE, 0.5)
            .with(Parameter.INFERENCE_DEMAND_GROWTH, 45).with(Parameter.TASK_SIZE_GROWTH, 15)
            .with(Parameter.NPU_GROWTH, 28).with(Parameter.DEVICE_REPLACEMENT, 3.5)
            .with(Parameter.RESIDENTIAL_PRICE, 0.18).with(Parameter.PRIVACY_VALUE, 0.12)
            .with(Parameter.CLOUD_COST_DECLINE, 35).with(Parameter.DATA_CENTER_PUE, 1.25)
            .with(Parameter.COMPLIANCE_COST, 30_000).with(Parameter.ANTI_CONSOLIDATION_SURCHARGE, 60)
            .with(Parameter.END_YEAR, 2045).with(Parameter.STEPS_PER_YEAR, 4)
            .withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN).withSeed(7);

    private static byte[] fixture(int version) throws IOException {
        String resource = "fixtures/format-" + version + ScenarioFormat.EXTENSION;
        try (InputStream in = MigrationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "format {0}")
    @ValueSource(ints = {1, 2, 3})
    void everyFormatVersionOpensAsTheSameScenarioWithoutWarnings(int version) throws Exception {
        LoadedScenario loaded = ScenarioReader.read(fixture(version), "format-" + version, "fixture");

        assertThat(loaded.formatVersion()).isEqualTo(version);
        // Fixtures are frozen files from older releases: the one note allowed is that the model has moved on since.
        assertThat(loaded.warnings()).filteredOn(w -> !w.field().equals("modelVersion")).isEmpty();
        assertThat(loaded.document().scenario()).isEqualTo(EXPECTED);
        assertThat(loaded.document().name()).isEqualTo("Class hand-in: cheap power, strict rules");
    }

    @Test
    void thereIsAFixtureForEveryVersionUpToTheCurrentOne() throws Exception {
        for (int version = 1; version <= ScenarioFormat.CURRENT_VERSION; version++) {
            assertThat(fixture(version)).as("fixture for format %d", version).isNotEmpty();
        }
    }

    @Test
    void formatOneNotesAndTimeCarryOver() throws Exception {
        LoadedScenario loaded = ScenarioReader.read(fixture(1), "format-1", "fixture");

        assertThat(loaded.wasMigrated()).isTrue();
        assertThat(loaded.document().description()).startsWith("Written by a Divergence 0.0.x prototype");
        assertThat(loaded.document().modified()).contains(Instant.parse("2024-11-02T10:15:00Z"));
    }

    @Test
    void savingAMigratedFileWritesTheCurrentFormatAndReadsBackIdentically() throws Exception {
        ScenarioDocument migrated = ScenarioReader.read(fixture(1), "format-1", "fixture").document();
        byte[] saved = ScenarioWriter.toBytes(migrated);

        assertThat(new String(saved, StandardCharsets.UTF_8)).contains("\"formatVersion\": " + ScenarioFormat.CURRENT_VERSION).doesNotContain("\"version\"");
        assertThat(ScenarioReader.read(saved, "saved", "saved").document()).isEqualTo(migrated);
    }

    @Test
    void problemsInAnOldFileAreNamedAsTheyAppearInThatFile() throws Exception {
        String text = new String(fixture(1), StandardCharsets.UTF_8)
                .replace("\"npuThroughput\": 60", "\"npuThroughput\": \"sixty\"")
                .replace("\"notes\": \"Written", "\"colour\": \"blue\", \"notes\": \"Written");

        assertThatThrownBy(() -> ScenarioReader.read(text.getBytes(StandardCharsets.UTF_8), "old.json", "old"))
                .hasMessage("old.json: npuThroughput: must be a number between 1 and 500 TOPS, got the text \"sixty\"");
    }

    @Test
    void aFormatOneFileMissingAFieldReportsItUnderItsOldName() throws Exception {
        String text = new String(fixture(1), StandardCharsets.UTF_8).replace("\"seed\": 7", "\"unused\": 7");

        LoadedScenario loaded = ScenarioReader.read(text.getBytes(StandardCharsets.UTF_8), "old.json", "old");

        assertThat(loaded.warnings()).extracting(Problem::toString)
                .containsExactlyInAnyOrder("unused: unknown field, ignored", "seed: missing; set to the default 42");
    }

    @Test
    void aFormatTwoFileGetsTheFirstBandsSettingsWithoutAWarningAndKeepsItsOwnSeed() throws Exception {
        LoadedScenario loaded = ScenarioReader.read(fixture(2), "format-2", "fixture");

        assertThat(loaded.wasMigrated()).isTrue();
        Scenario scenario = loaded.document().scenario();
        assertThat(scenario.get(Parameter.BTC_PRICE_VOLATILITY)).isEqualTo(50);
        assertThat(scenario.get(Parameter.MONTE_CARLO_PATHS)).isEqualTo(500);
        assertThat(scenario.seed()).isEqualTo(7);
    }

    @Test
    void theBandsSettingsOfAFormatThreeFileAreReadAndWrittenBack() throws Exception {
        Scenario chosen = EXPECTED.with(Parameter.MONTE_CARLO_PATHS, 2000).with(Parameter.BTC_PRICE_VOLATILITY, 80)
                .withSeed(123);
        byte[] saved = ScenarioWriter.toBytes(ScenarioDocument.untitled(chosen));

        assertThat(new String(saved, StandardCharsets.UTF_8)).contains("\"monteCarloPaths\": 2000");
        assertThat(ScenarioReader.read(saved, "saved", "saved").document().scenario()).isEqualTo(chosen);
    }

    @Test
    void aFileWithoutAnyVersionButWithTheCurrentSectionsIsReadAsCurrentWithAWarning() throws Exception {
        String text = "{\"levers\": {\"npuThroughput\": 90}}";

        LoadedScenario loaded = ScenarioReader.read(text.getBytes(StandardCharsets.UTF_8), "hand.json", "hand");

        assertThat(loaded.document().scenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(90);
        assertThat(loaded.warnings()).extracting(Problem::toString).contains("formatVersion: missing; read as format " + ScenarioFormat.CURRENT_VERSION);
    }
}
