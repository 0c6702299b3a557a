package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The documentation generated from the code matches the committed files. After changing a
 * Parameter or Output, regenerate with
 * {@code mvn test -Dtest=FormatDocsTest -Ddivergence.updateDocs=true} and commit the result.
 */
class FormatDocsTest {

    private static final boolean UPDATE = Boolean.getBoolean("divergence.updateDocs");
    private static final Path DOCS = Path.of("docs");

    private static void check(Path file, String expected) throws Exception {
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("%s is missing; run with -Ddivergence.updateDocs=true", file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is out of date; run mvn test -Dtest=FormatDocsTest -Ddivergence.updateDocs=true", file)
                .isEqualTo(expected);
    }

    @Test
    void theJsonSchemaMatchesTheParameterTable() throws Exception {
        check(DOCS.resolve("scenario.schema.json"), FormatDocs.schema());
    }

    @Test
    void theCsvColumnPageMatchesTheOutputTable() throws Exception {
        check(DOCS.resolve("CSV_COLUMNS.md"), FormatDocs.csvColumns());
    }

    @Test
    void theFormatPagesFieldTableMatchesTheParameterTable() throws Exception {
        Path page = DOCS.resolve("SCENARIO_FORMAT.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(FormatDocs.FIELDS_START);
        int end = text.indexOf(FormatDocs.FIELDS_END);
        assertThat(start).as("field table markers in %s", page).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String updated = text.substring(0, start) + FormatDocs.fieldsTable() + text.substring(end + FormatDocs.FIELDS_END.length());
        check(page, updated);
    }

    /** Without a schema validator on the classpath, check the shipped files against the schema's own bounds. */
    @Test
    void everyPresetAndFixtureIsWithinTheSchemasBounds() throws Exception {
        JsonNode schema = ScenarioFormat.mapper().readTree(FormatDocs.schema());
        for (String id : Presets.index()) {
            JsonNode preset = ScenarioFormat.mapper().readTree(Path.of("assets/presets", id + ScenarioFormat.EXTENSION).toFile());
            checkSection(schema.at("/$defs/levers"), preset.get("levers"), id);
            checkSection(schema.at("/$defs/assumptions"), preset.get("assumptions"), id);
            for (Iterator<String> names = preset.fieldNames(); names.hasNext(); ) {
                assertThat(schema.get("properties").has(names.next())).isTrue();
            }
        }
    }

    private static void checkSection(JsonNode schema, JsonNode values, String source) {
        for (JsonNode required : schema.get("required")) {
            assertThat(values.has(required.asText())).as("%s has %s", source, required).isTrue();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode rule = schema.get("properties").get(field.getKey());
            assertThat(rule).as("%s: %s is in the schema", source, field.getKey()).isNotNull();
            if (rule.has("minimum")) {
                assertThat(field.getValue().decimalValue()).isBetween(rule.get("minimum").decimalValue(), rule.get("maximum").decimalValue());
            }
            if (rule.has("enum")) {
                assertThat(rule.get("enum").toString()).contains("\"" + field.getValue().asText() + "\"");
            }
        }
    }
}
