package org.divergence.scenario;

import org.divergence.model.DivergenceModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each class of bad input gets a clear message naming the file, the field and the problem. */
class ScenarioReaderTest {

    private static final String FILE = "class.divergence.json";

    @TempDir
    Path folder;

    private static final Scenario CHANGED = Scenario.defaults()
            .with(Parameter.NPU_THROUGHPUT, 120).with(Parameter.COMPLIANCE_COST, 40_000)
            .withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN).withSeed(99);

    /** A valid file of {@link #CHANGED}, edited by {@code edit} before it is written out. */
    private static byte[] edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = ScenarioWriter.toTree(ScenarioDocument.untitled(CHANGED).savedAt(Instant.parse("2025-01-01T00:00:00Z")));
        edit.accept(tree);
        return ScenarioFormat.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    }

    private static LoadedScenario read(byte[] bytes) throws ScenarioFileException {
        return ScenarioReader.read(bytes, FILE, "class");
    }

    private static LoadedScenario read(String text) throws ScenarioFileException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode levers(ObjectNode root) {
        return (ObjectNode) root.get("levers");
    }

    private static ObjectNode assumptions(ObjectNode root) {
        return (ObjectNode) root.get("assumptions");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String text = "{\n  \"formatVersion\": 2,\n  \"levers\": {\n    \"npuThroughput\": 40,,\n  }\n}\n";

        assertThatThrownBy(() -> read(text)).isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith(FILE + ": ")
                .hasMessage(FILE + ": levers.npuThroughput: malformed JSON at line 4, column 25: "
                        + "Unexpected character (','): was expecting double-quote to start field name");
    }

    @Test
    void aFileCutOffHalfWaySaysSo() throws Exception {
        byte[] whole = edited(root -> { });
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> read(half)).hasMessageContaining("was it cut off?");
    }

    @Test
    void wrongTypesNameTheFieldTheRangeAndWhatWasFound() {
        assertThatThrownBy(() -> read(edited(root -> levers(root).put("npuThroughput", "fast"))))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage(FILE + ": levers.npuThroughput: must be a number between 1 and 500 TOPS, got the text \"fast\"");
        assertThatThrownBy(() -> read(edited(root -> levers(root).putNull("electricityPrice"))))
                .hasMessageContaining("levers.electricityPrice: must be a number between 0.01 and 0.3 USD/kWh, got null");
        assertThatThrownBy(() -> read(edited(root -> root.put("levers", 5))))
                .hasMessageContaining("levers: must be an object { ... }, got 5");
        assertThatThrownBy(() -> read(edited(root -> assumptions(root).put("seed", "abc"))))
                .hasMessageContaining("assumptions.seed: must be a whole number");
        assertThatThrownBy(() -> read(edited(root -> assumptions(root).put("regulationDesign", 3))))
                .hasMessageContaining("assumptions.regulationDesign: must be \"antiConsolidation\" or \"complianceBurden\", got 3");
        assertThatThrownBy(() -> read(edited(root -> assumptions(root).put("endYear", 2040.5))))
                .hasMessageContaining("assumptions.endYear: must be a whole number between 2026 and 2050");
    }

    @Test
    void everyErrorIsListedNotJustTheFirst() {
        ScenarioFileException e = catchThrowable(() -> read(edited(root -> {
            levers(root).put("npuThroughput", "fast");
            levers(root).put("electricityPrice", 7);
            assumptions(root).put("btcPrice", -1);
            assumptions(root).put("seed", 0.5);
        })));

        assertThat(e.problems()).extracting(Problem::field).containsExactly(
                "levers.electricityPrice", "levers.npuThroughput", "assumptions.btcPrice", "assumptions.seed");
        assertThat(e.getMessage()).contains("; and 1 more problem").doesNotContain("\n");
    }

    @Test
    void missingFieldsAreFilledWithDefaultsAndReported() throws Exception {
        LoadedScenario loaded = read(edited(root -> {
            levers(root).remove("npuThroughput");
            assumptions(root).remove("seed");
            root.remove("name");
        }));

        assertThat(loaded.document().scenario()).isEqualTo(CHANGED
                .with(Parameter.NPU_THROUGHPUT, Parameter.NPU_THROUGHPUT.defaultValue())
                .withSeed(Scenario.defaults().seed()));
        assertThat(loaded.document().name()).isEqualTo("class");
        assertThat(loaded.warnings()).extracting(Problem::toString).containsExactly(
                "levers.npuThroughput: missing; set to the default 40 TOPS",
                "assumptions.seed: missing; set to the default 42");
    }

    @Test
    void aMissingSectionIsOneWarningNotTwentyFour() throws Exception {
        LoadedScenario loaded = read(edited(root -> root.remove("assumptions")));

        assertThat(loaded.warnings()).extracting(Problem::field).containsExactly("assumptions");
        assertThat(loaded.document().scenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(120);
        assertThat(loaded.document().scenario().get(Parameter.COMPLIANCE_COST))
                .isEqualTo(Parameter.COMPLIANCE_COST.defaultValue());
    }

    @Test
    void unknownFieldsAreWarnedAboutAndIgnored() throws Exception {
        LoadedScenario loaded = read(edited(root -> {
            root.put("author", "Ada");
            levers(root).put("btcPrice", 5);
            assumptions(root).put("colour", "red");
            ((ObjectNode) root.get("view")).put("zoom", 2);
            root.put("$schema", "https://example.org/scenario.schema.json");
        }));

        assertThat(loaded.document().scenario()).isEqualTo(CHANGED);
        assertThat(loaded.warnings()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "author: unknown field, ignored",
                "levers.btcPrice: unknown field, ignored (btcPrice belongs in assumptions)",
                "assumptions.colour: unknown field, ignored",
                "view.zoom: unknown field, ignored");
    }

    @Test
    void outOfRangeValuesNameTheAllowedRange() {
        assertThatThrownBy(() -> read(edited(root -> levers(root).put("regulationStrength", 101))))
                .hasMessage(FILE + ": levers.regulationStrength: must be between 0 and 100 %, got 101");
        assertThatThrownBy(() -> read(edited(root -> assumptions(root).put("stepsPerYear", 0))))
                .hasMessageContaining("assumptions.stepsPerYear: must be between 1 and 12 steps, got 0");
    }

    @Test
    void nonFiniteAndHugeNumbersAreRefusedByName() {
        String nan = "{\"formatVersion\": 2, \"levers\": {\"electricityPrice\": NaN}}";
        String infinity = "{\"formatVersion\": 2, \"levers\": {\"asicEfficiency\": -Infinity}}";
        String huge = "{\"formatVersion\": 2, \"assumptions\": {\"btcPrice\": 1e400}}";
        String hugeInteger = "{\"formatVersion\": 2, \"assumptions\": {\"seed\": 123456789012345678901234567890}}";
        String tooLong = "{\"formatVersion\": 2, \"assumptions\": {\"btcPrice\": 1" + "0".repeat(500) + "}}";

        assertThatThrownBy(() -> read(nan)).hasMessageContaining("levers.electricityPrice: must be a finite number between 0.01 and 0.3 USD/kWh, got NaN");
        assertThatThrownBy(() -> read(infinity)).hasMessageContaining("levers.asicEfficiency: must be a finite number");
        assertThatThrownBy(() -> read(huge)).hasMessageContaining("assumptions.btcPrice: must be a finite number");
        assertThatThrownBy(() -> read(hugeInteger)).hasMessageContaining("assumptions.seed: must be a whole number");
        assertThatThrownBy(() -> read(tooLong)).hasMessageContaining("a number longer than 100 digits");
    }

    @Test
    void aNewerFormatIsRefusedWithTheVersions() {
        assertThatThrownBy(() -> read(edited(root -> root.put("formatVersion", 4))))
                .hasMessage(FILE + ": written by a newer Divergence (format 4); this version reads up to format 3."
                        + " Update Divergence to open it.");
        assertThatThrownBy(() -> read(edited(root -> root.put("formatVersion", "two"))))
                .hasMessageContaining("formatVersion: must be a whole number (1 to 3), got the text \"two\"");
        assertThatThrownBy(() -> read(edited(root -> root.put("formatVersion", 0))))
                .hasMessageContaining("formatVersion: must be between 1 and 3, got 0");
    }

    @Test
    void emptyAndBlankFilesSayEmpty() {
        assertThatThrownBy(() -> read(new byte[0])).hasMessage(FILE + ": the file is empty");
        assertThatThrownBy(() -> read(" \n\t\r\n")).hasMessage(FILE + ": the file is empty");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).hasMessage(FILE + ": the file is empty");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Path big = folder.resolve("big.divergence.json");
        // Valid JSON padded with spaces: only the size can be the reason it is refused.
        byte[] padding = " ".repeat(ScenarioFormat.MAX_FILE_BYTES).getBytes(StandardCharsets.US_ASCII);
        Files.write(big, edited(root -> { }));
        Files.write(big, padding, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> ScenarioReader.read(big))
                .hasMessage("big.divergence.json: is too large to be a scenario file (1.0 MB; the limit is 1024 KB)");
    }

    @Test
    void binaryFilesAreRecognised() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] utf16 = "{\"formatVersion\": 2}".getBytes(StandardCharsets.UTF_16LE);
        byte[] latin1 = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(jpeg)).hasMessage(FILE + ": is not a scenario file: binary content (not UTF-8 text) at byte 0");
        // A PNG is a figure that may carry a scenario (FigureFiles), so it is read as one: this one is cut off.
        assertThatThrownBy(() -> read(png)).hasMessage(FILE + ": this PNG is cut off after 12 bytes: the file is incomplete"
                + " (copy the figure again)");
        assertThatThrownBy(() -> read(utf16)).hasMessageContaining("binary content");
        assertThatThrownBy(() -> read(latin1)).hasMessageContaining("binary content");
    }

    @Test
    void pathologicalNestingIsRefusedQuicklyWithoutStackOverflow() {
        String deepArrays = "[".repeat(100_000) + "]".repeat(100_000);
        String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

        assertThatThrownBy(() -> read(deepArrays)).hasMessage(FILE + ": refused: nested deeper than 32 levels");
        assertThatThrownBy(() -> read(deepObjects)).hasMessageContaining("refused: nested deeper than 32 levels");
    }

    @Test
    void duplicateKeysAreRefusedByName() {
        String text = "{\"formatVersion\": 2,\n \"levers\": {\"npuThroughput\": 40, \"npuThroughput\": 400}}";

        assertThatThrownBy(() -> read(text)).hasMessage(FILE + ": levers.npuThroughput: appears twice (line 2, column 49)");
    }

    @Test
    void foreignJsonIsNotMistakenForAScenario() {
        assertThatThrownBy(() -> read("{\"name\": \"my-package\", \"version\": \"1.2.3\"}"))
                .hasMessage(FILE + ": not a Divergence scenario file (it has no formatVersion, levers or assumptions field)");
        assertThatThrownBy(() -> read("[1, 2, 3]")).hasMessage(FILE + ": must contain a JSON object { ... }, found a list");
        assertThatThrownBy(() -> read("\"just text\"")).hasMessageContaining("found the text \"just text\"");
        assertThatThrownBy(() -> read("{} {}")).hasMessageContaining("more content after the end of the scenario object");
    }

    @Test
    void metadataProblemsAreWarningsSoTheScenarioStillOpens() throws Exception {
        LoadedScenario loaded = read(edited(root -> {
            root.put("created", "yesterday");
            root.put("name", 42);
            root.put("modelVersion", "0.9");
            ((ObjectNode) root.get("view")).put("summaryYear", 2101);
            ((ObjectNode) root.get("view")).put("baseline", "baseline");
        }));

        assertThat(loaded.document().scenario()).isEqualTo(CHANGED);
        assertThat(loaded.document().name()).isEqualTo("class");
        assertThat(loaded.document().created()).isEmpty();
        assertThat(loaded.warnings()).extracting(Problem::field)
                .containsExactlyInAnyOrder("created", "name", "modelVersion", "view.summaryYear", "view.baseline");
        assertThat(loaded.warnings().toString()).contains("saved with model 0.9; this is model " + DivergenceModel.VERSION);
    }

    @Test
    void aBrokenBaselineIsDroppedWithAWarning() throws Exception {
        ScenarioDocument withBaseline = ScenarioDocument.untitled(CHANGED).withView(new ViewSettings(
                java.util.OptionalInt.of(2030), java.util.Optional.of(new ViewSettings.Baseline("Today", Scenario.defaults()))));
        ObjectNode tree = ScenarioWriter.toTree(withBaseline);
        ((ObjectNode) tree.at("/view/baseline/levers")).put("npuThroughput", -3);

        LoadedScenario loaded = read(ScenarioFormat.mapper().writeValueAsBytes(tree));

        assertThat(loaded.document().scenario()).isEqualTo(CHANGED);
        assertThat(loaded.document().view().baseline()).isEmpty();
        assertThat(loaded.document().view().summaryYear()).hasValue(2030);
        assertThat(loaded.warnings()).extracting(Problem::toString).containsExactly(
                "view.baseline.levers.npuThroughput: must be between 1 and 500 TOPS, got -3; baseline ignored");
    }

    @Test
    void unreadableFilesAndFoldersGiveAClearMessage() throws Exception {
        assertThatThrownBy(() -> ScenarioReader.read(folder.resolve("nope.divergence.json")))
                .hasMessageStartingWith("nope.divergence.json: file not found");
        assertThatThrownBy(() -> ScenarioReader.read(folder)).hasMessageEndingWith(": is a folder, not a scenario file");
        assertThatThrownBy(() -> ScenarioReader.read(Path.of("/dev/zero"))).hasMessage("zero: is not a regular file");
    }

    @Test
    void controlCharactersFromTheFileNeverBreakTheOneLineMessage() {
        String text = "{\"formatVersion\": 2, \"levers\": {\"npuThroughput\": \"a\\nb\\u001b[31mred\"}}";

        assertThatThrownBy(() -> read(text)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\u001b"));
    }

    private static ScenarioFileException catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(ScenarioFileException.class);
        return (ScenarioFileException) t;
    }
}
