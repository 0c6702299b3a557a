package org.divergence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.divergence.scenario.LoadedScenario;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ProjectionCsv;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioReader;
import org.divergence.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    @TempDir
    Path folder;

    /** What one run printed and returned. */
    private record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String path(String name) {
        return folder.resolve(name).toString();
    }

    private long filesInFolder() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void onlyArgumentsStartingWithAnOptionAreCommandLineMode() {
        assertThat(CommandLine.isCommandLine(new String[] {"--preset", "baseline"})).isTrue();
        assertThat(CommandLine.isCommandLine(new String[] {"thesis.divergence.json"})).isFalse();
        assertThat(CommandLine.isCommandLine(new String[0])).isFalse();
    }

    @Test
    void csvOfAPresetHasOneRowPerStepAndTheRequiredColumns() throws Exception {
        Run r = run("--preset", "npu-leap", "--csv", path("npu.csv"));

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = Files.readAllLines(folder.resolve("npu.csv"));
        assertThat(lines.get(0).split(",")).startsWith("year").contains("btc_price_usd", "block_subsidy_btc",
                "network_hashrate_ehs", "hashprice_usd_per_th_day", "breakeven_efficiency_j_per_th", "mining_hhi",
                "mining_nakamoto_coefficient", "mining_decentralization_index", "edge_inference_share",
                "edge_decentralization_index", "cloud_cost_usd_per_mtok", "edge_cost_usd_per_mtok");
        var projection = DivergenceModel.run(Presets.find("npu-leap").orElseThrow().document().scenario());
        assertThat(lines).hasSize(projection.steps() + 1);
        assertThat(Files.readAllBytes(folder.resolve("npu.csv"))).isEqualTo(ProjectionCsv.toBytes(projection));
    }

    @Test
    void withNoSourceTheBaselineIsUsed() throws Exception {
        assertThat(run("--csv", path("default.csv")).exitCode()).isZero();

        assertThat(Files.readAllBytes(folder.resolve("default.csv")))
                .isEqualTo(ProjectionCsv.toBytes(DivergenceModel.run(Scenario.defaults())));
    }

    @Test
    void setOverridesLeversAssumptionsDesignAndSeedThenSavesTheScenario() throws Exception {
        Run r = run("--preset", "baseline", "--set", "npuThroughput=150", "--set", "complianceCost=90000",
                "--set", "regulationDesign=complianceBurden", "--set=seed=7", "--set", "npuThroughput=160",
                "--save-scenario", path("mine.divergence.json"), "--csv", path("mine.csv"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        LoadedScenario saved = ScenarioReader.read(folder.resolve("mine.divergence.json"));
        Scenario expected = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 160).with(Parameter.COMPLIANCE_COST, 90_000)
                .withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN).withSeed(7);
        assertThat(saved.warnings()).isEmpty();
        assertThat(saved.document().scenario()).isEqualTo(expected);
        assertThat(saved.document().description()).endsWith(
                "Changed on the command line: npuThroughput=150, complianceCost=90000, regulationDesign=complianceBurden, seed=7, npuThroughput=160.");
        assertThat(Files.readAllBytes(folder.resolve("mine.csv"))).isEqualTo(ProjectionCsv.toBytes(DivergenceModel.run(expected)));
    }

    @Test
    void aScenarioFileIsReadAndItsWarningsReported() throws Exception {
        Path file = folder.resolve("in.divergence.json");
        ScenarioWriter.save(file, ScenarioDocument.untitled(Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.02)));
        Files.writeString(file, Files.readString(file).replace("\"seed\": 42", "\"colour\": 1"));

        Run r = run("--scenario", file.toString(), "--csv", path("out.csv"));

        assertThat(r.exitCode()).isZero();
        assertThat(r.errLines()).containsExactlyInAnyOrder(
                "divergence: warning: in.divergence.json: assumptions.colour: unknown field, ignored",
                "divergence: warning: in.divergence.json: assumptions.seed: missing; set to the default 42");
        assertThat(Files.readAllBytes(folder.resolve("out.csv"))).isEqualTo(ProjectionCsv.toBytes(
                DivergenceModel.run(Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.02))));
    }

    @Test
    void csvToStandardOutput() {
        Run r = run("--preset", "baseline", "--csv", "-");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("year,btc_price_usd,");
        assertThat(r.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(ProjectionCsv.toBytes(DivergenceModel.run(Scenario.defaults())));
    }

    @Test
    void scenarioToStandardOutputButNotBothOutputs() throws Exception {
        Run r = run("--preset", "npu-leap", "--save-scenario", "-");
        Run both = run("--csv", "-", "--save-scenario", "-");

        assertThat(r.exitCode()).isZero();
        assertThat(ScenarioReader.read(r.out().getBytes(StandardCharsets.UTF_8), "stdout", "x").document().scenario())
                .isEqualTo(Presets.find("npu-leap").orElseThrow().document().scenario());
        assertThat(both.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(both.err()).contains("only one of --csv and --save-scenario can write to standard output");
        assertThat(both.out()).isEmpty();
    }

    @Test
    void withoutOutputFilesASummaryIsPrinted() {
        Run r = run("--preset", "great-divergence");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("The great divergence (model ").contains("2050", "mining_decentralization_index");
    }

    @Test
    void helpVersionAndListPresets() {
        Run help = run("--help");
        Run version = run("--version");
        Run list = run("--list-presets");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--scenario FILE", "--preset NAME", "--set KEY=VALUE", "--csv OUT",
                "--save-scenario OUT", "--list-presets", "Exit codes", "electricityPrice", "antiConsolidationSurcharge", "seed");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Divergence ").contains("model " + DivergenceModel.VERSION, "scenario format 2");
        assertThat(list.exitCode()).isZero();
        for (String id : Presets.ids()) {
            assertThat(list.out()).contains(id);
        }
        assertThat(list.out()).contains("Cheap-power boom");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --bogus                                       | 2 | unknown option --bogus (see --help)
            stray                                         | 2 | unexpected argument 'stray'
            --set                                         | 2 | --set needs a value KEY=VALUE
            --set npuThroughput                           | 2 | --set needs KEY=VALUE, got 'npuThroughput'
            --set npuThroughpt=100                        | 2 | unknown lever or assumption 'npuThroughpt'; did you mean npuThroughput?
            --set npuThroughput=1000                      | 2 | npuThroughput must be between 1 and 500 TOPS, got 1000
            --set npuThroughput=fast                      | 2 | npuThroughput must be a number between 1 and 500 TOPS
            --set electricityPrice=NaN                    | 2 | electricityPrice must be a number between 0.01 and 0.3 USD/kWh
            --set electricityPrice=Infinity               | 2 | electricityPrice must be a number between
            --set electricityPrice=1e400                  | 2 | electricityPrice must be a finite number
            --set endYear=2040.5                          | 2 | endYear must be a whole number
            --set regulationDesign=laissezFaire           | 2 | regulationDesign must be antiConsolidation or complianceBurden
            --set seed=1.5                                | 2 | seed must be a whole number
            --preset moon-base                            | 2 | unknown preset 'moon-base' (available: baseline,
            --preset baseline --scenario x.json           | 2 | give either --scenario or --preset, not both
            --csv                                         | 2 | --csv needs a value
            --help=yes                                    | 2 | --help takes no value
            --scenario does-not-exist.divergence.json     | 1 | does-not-exist.divergence.json: file not found
            """)
    void everyBadArgumentIsOneLineWithTheRightExitCodeAndNoFile(String line, int exitCode, String expected) throws Exception {
        String csv = path("must-not-exist.csv");
        String[] given = line.trim().split("\\s+");
        String[] args = Stream.concat(Stream.of(given), Stream.of("--csv", csv)).toArray(String[]::new);
        // "--csv" as the last given argument must stay value-less for its own test.
        if (line.trim().equals("--csv")) {
            args = given;
        }

        Run r = run(args);

        assertThat(r.exitCode()).isEqualTo(exitCode);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).startsWith("divergence: ").contains(expected).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(filesInFolder()).isZero();
    }

    @Test
    void aBrokenScenarioFileIsExitOneWithTheFieldNamedAndNothingWritten() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.divergence.json"),
                "{\"formatVersion\": 2, \"levers\": {\"npuThroughput\": \"fast\"}}");

        Run r = run("--scenario", broken.toString(), "--csv", path("out.csv"), "--save-scenario", path("out.divergence.json"));

        assertThat(r.exitCode()).isEqualTo(CommandLine.FILE_PROBLEM);
        assertThat(r.err()).isEqualTo("divergence: broken.divergence.json: levers.npuThroughput: "
                + "must be a number between 1 and 500 TOPS, got the text \"fast\"\n");
        assertThat(filesInFolder()).isEqualTo(1);
    }

    @Test
    void anUnwritableOutputFailsBeforeAnyFileIsWritten() throws Exception {
        Run missingFolder = run("--save-scenario", path("ok.divergence.json"), "--csv", path("no/such/folder/out.csv"));
        Files.createDirectory(folder.resolve("a-folder.csv"));
        Run isFolder = run("--csv", path("a-folder.csv"), "--save-scenario", path("ok.divergence.json"));
        Run sameFile = run("--csv", path("same"), "--save-scenario", path("same"));

        assertThat(missingFolder.exitCode()).isEqualTo(CommandLine.FILE_PROBLEM);
        assertThat(missingFolder.err()).contains("does not exist").hasLineCount(1);
        assertThat(isFolder.exitCode()).isEqualTo(CommandLine.FILE_PROBLEM);
        assertThat(isFolder.err()).contains("it is a folder").hasLineCount(1);
        assertThat(sameFile.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(sameFile.err()).contains("name the same file").hasLineCount(1);
        assertThat(filesInFolder()).isEqualTo(1);
        assertThat(folder.resolve("ok.divergence.json")).doesNotExist();
    }

    @Test
    void theCsvCannotOverwriteTheInputScenario() throws Exception {
        Path input = folder.resolve("in.divergence.json");
        ScenarioWriter.save(input, ScenarioDocument.untitled(Scenario.defaults()));
        byte[] before = Files.readAllBytes(input);

        Run r = run("--scenario", input.toString(), "--csv", input.toString());

        assertThat(r.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(r.err()).contains("--csv would overwrite the input scenario");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void savingOverAnExistingScenarioReplacesIt() throws Exception {
        Path file = folder.resolve("s.divergence.json");
        Files.writeString(file, "old content");

        Run r = run("--preset", "npu-leap", "--save-scenario", file.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(ScenarioReader.read(file).document().scenario())
                .isEqualTo(Presets.find("npu-leap").orElseThrow().document().scenario());
    }
}
