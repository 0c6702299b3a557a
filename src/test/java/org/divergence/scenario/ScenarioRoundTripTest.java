package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void savingThenOpeningGivesTheSameDocumentAndTheSameProjection() throws Exception {
        RandomScenarios random = new RandomScenarios(20250601L);
        Path file = folder.resolve("round-trip" + ScenarioFormat.EXTENSION);
        for (int i = 0; i < 200; i++) {
            ScenarioDocument saved = random.document();
            ScenarioWriter.save(file, saved);

            LoadedScenario opened = ScenarioReader.read(file);

            assertThat(opened.warnings()).as("warnings for %s", saved).isEmpty();
            assertThat(opened.document()).isEqualTo(saved);
            assertThat(DivergenceModel.run(opened.document().scenario()))
                    .isEqualTo(DivergenceModel.run(saved.scenario()));
        }
    }

    @Test
    void aSavedFileIsPrettyStableAndInParameterOrder() throws Exception {
        ScenarioDocument doc = ScenarioDocument.untitled(Scenario.defaults()).savedAt(Instant.parse("2025-01-01T00:00:00Z"));
        String first = new String(ScenarioWriter.toBytes(doc), StandardCharsets.UTF_8);
        String second = new String(ScenarioWriter.toBytes(ScenarioReader.read(ScenarioWriter.toBytes(doc), "x", "x").document()),
                StandardCharsets.UTF_8);

        assertThat(second).isEqualTo(first);
        assertThat(first).startsWith("{\n  \"formatVersion\": " + ScenarioFormat.CURRENT_VERSION + ",\n  \"modelVersion\": \"" + DivergenceModel.VERSION + "\",\n")
                .endsWith("}\n")
                .doesNotContain("\r")
                .contains("\"electricityPrice\": 0.05,\n", "\"btcPrice\": 95000,\n", "\"complianceCost\": 25000,\n")
                .doesNotContain("E+", "E7", ".0,");
        assertThat(first.indexOf("\"electricityPrice\"")).isLessThan(first.indexOf("\"regulationStrength\""));
        assertThat(first.indexOf("\"btcPrice\"")).isLessThan(first.indexOf("\"stepsPerYear\""));
        assertThat(first.indexOf("\"stepsPerYear\"")).isLessThan(first.indexOf("\"regulationDesign\""));
    }

    @Test
    void savingStampsModifiedAndKeepsCreated() {
        Instant created = Instant.parse("2024-05-01T08:00:00Z");
        Instant now = Instant.parse("2025-02-03T04:05:06.789Z");
        ScenarioDocument doc = ScenarioDocument.untitled(Scenario.defaults()).savedAt(created).savedAt(now);

        assertThat(doc.created()).contains(created);
        assertThat(doc.modified()).contains(Instant.parse("2025-02-03T04:05:06Z"));
    }

    @Test
    void aFileSavedTodayNamesTheCurrentFormatAndModel() throws Exception {
        Path file = folder.resolve("today" + ScenarioFormat.EXTENSION);
        ScenarioWriter.save(file, ScenarioDocument.untitled(Scenario.defaults()));

        String text = Files.readString(file);
        assertThat(text).contains("\"formatVersion\": " + ScenarioFormat.CURRENT_VERSION,
                "\"modelVersion\": \"" + DivergenceModel.VERSION + "\"");
    }
}
