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
import org.divergence.model.Output;
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
    void setStartYearBackcastsFromTheRecordAndTheFileAndCsvCarryIt() throws Exception {
        Run r = run("--set", "startYear=2016", "--save-scenario", path("back.divergence.json"), "--csv", path("back.csv"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(folder.resolve("back.csv"));
        assertThat(lines.get(1)).startsWith("2016.0,");
        assertThat(Files.readString(folder.resolve("back.divergence.json"))).contains("\"startYear\": 2016");
        assertThat(ScenarioReader.read(folder.resolve("back.divergence.json")).document().scenario().startYear()).isEqualTo(2016);
        assertThat(run("--set", "startYear=2015", "--csv", path("no.csv")).err())
                .contains("startYear must be between 2016 and 2025 year");
    }

    @Test
    void aSweepOfTheStartYearReadsYearsEveryBackcastReaches() throws Exception {
        Run r = run("--sweep", "startYear=2016:2024:9", "--years", "2024,2030", "--csv", path("starts.csv"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(folder.resolve("starts.csv"));
        assertThat(lines).hasSize(1 + 9);
        assertThat(lines.get(0)).startsWith("start_year,").contains("_2024,").endsWith("_2030");
        String[] first = lines.get(1).split(",");
        var p = DivergenceModel.run(Scenario.defaults().with(Parameter.START_YEAR, 2016));
        assertThat(Double.parseDouble(first[1])).isEqualTo(p.valueAt(Output.MINING_DECENTRALIZATION, 2024));
        assertThat(run("--sweep", "startYear=2016:2024:9", "--years", "2020", "--csv", path("no.csv")).err())
                .contains("year 2020 is outside the projection (2024 to 2040)");
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
                "--save-scenario OUT", "--list-presets", "Exit codes", "electricityPrice", "antiConsolidationSurcharge", "seed",
                "--sweep KEY=FROM:TO:STEPS", "--years Y1,Y2,...", "--baseline FILE|PRESET", "at most 10,000,000");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Divergence ").contains("model " + DivergenceModel.VERSION, "scenario format " + org.divergence.scenario.ScenarioFormat.CURRENT_VERSION);
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
            --sweep                                       | 2 | --sweep needs a value KEY=FROM:TO:STEPS
            --sweep electricityPrice=0.01:0.3             | 2 | --sweep needs KEY=FROM:TO:STEPS, got 'electricityPrice=0.01:0.3'
            --sweep electricityPrice                      | 2 | --sweep needs KEY=FROM:TO:STEPS, got 'electricityPrice'
            --sweep npuThroughpt=1:500:5                  | 2 | unknown lever or assumption 'npuThroughpt'; did you mean npuThroughput?
            --sweep seed=1:5:5                            | 2 | seed cannot be swept
            --sweep regulationDesign=0:1:2                | 2 | regulationDesign cannot be swept
            --sweep electricityPrice=0:0.3:4              | 2 | electricityPrice must be between 0.01 and 0.3 USD/kWh, got 0
            --sweep npuThroughput=10:600:5                | 2 | npuThroughput must be between 1 and 500 TOPS, got 600
            --sweep electricityPrice=cheap:0.3:4          | 2 | FROM and TO must be numbers between 0.01 and 0.3 USD/kWh
            --sweep electricityPrice=0.01:0.3:2.5         | 2 | STEPS must be a whole number of at least 2 (the number of values, both ends included), got '2.5'
            --sweep electricityPrice=0.01:0.3:1           | 2 | STEPS must be a whole number of at least 2
            --sweep electricityPrice=0.01:0.3:-3          | 2 | STEPS must be a whole number of at least 2
            --sweep electricityPrice=0.05:0.05:3          | 2 | FROM and TO are equal; use --set for a single value
            --sweep endYear=2030:2040:4                   | 2 | endYear must be a whole number between 2026 and 2050 year, got 2033.3333333333333
            --sweep stepsPerYear=1:12:3                   | 2 | stepsPerYear must be a whole number between 1 and 12 steps, got 6.5
            --sweep electricityPrice=0.01:0.3:3 --sweep electricityPrice=0.02:0.2:3 | 2 | electricityPrice is swept twice
            --sweep npuThroughput=1:500:10000 --sweep btcPrice=1000:100000:1001      | 2 | the grid has 10,010,000 scenarios; a sweep runs at most 10,000,000
            --sweep npuThroughput=1:500:99999999999999    | 2 | the grid has 99,999,999,999,999 scenarios; a sweep runs at most 10,000,000 (use fewer steps)
            --sweep npuThroughput=1:500:999999999999999999 --sweep btcPrice=1000:2000:100 | 2 | the grid has more than 10,000,000 scenarios
            --sweep npuThroughput=1:500:3 --years 2030,x  | 2 | --years needs whole years separated by commas
            --sweep npuThroughput=1:500:3 --years 2045    | 2 | --years: year 2045 is outside the projection (2025 to 2040)
            --sweep npuThroughput=1:500:3 --years 2020    | 2 | --years: year 2020 is outside the projection (2025 to 2040)
            --sweep npuThroughput=1:500:3 --years 2015    | 2 | --years: 2015 is before any projection starts (2016)
            --sweep npuThroughput=1:500:3 --years 2030,2030 | 2 | --years: year 2030 is given twice
            --years 2030                                  | 2 | --years chooses the years of a --sweep
            --baseline moon-base                          | 2 | --baseline moon-base: no such scenario file or preset (presets: baseline,
            --baseline nowhere/base.divergence.json       | 1 | base.divergence.json: file not found
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

    // --- sweeps -----------------------------------------------------------------------------------

    @Test
    void aSweepWritesOneRowPerScenarioOnTopOfThePresetAndSettings() throws Exception {
        Run r = run("--preset", "npu-leap", "--set", "regulationStrength=60", "--sweep", "electricityPrice=0.02:0.1:5",
                "--sweep=npuThroughput=50:450:3", "--csv", path("sweep.csv"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = Files.readAllLines(folder.resolve("sweep.csv"));
        assertThat(lines).hasSize(1 + 15);
        assertThat(lines.get(0)).startsWith("electricity_price_usd_per_kwh,npu_throughput_tops,mining_decentralization_index_2035,")
                .contains("edge_inference_share_2035,mining_decentralization_index_2040,").endsWith("edge_inference_share_2040");
        // Both ends included, the first sweep slowest.
        assertThat(lines.get(1)).startsWith("0.02,50.0,");
        assertThat(lines.get(2)).startsWith("0.02,250.0,");
        assertThat(lines.get(3)).startsWith("0.02,450.0,");
        assertThat(lines.get(4)).startsWith("0.04,50.0,");
        assertThat(lines.get(15)).startsWith("0.1,450.0,");
        Scenario base = Presets.find("npu-leap").orElseThrow().document().scenario().with(Parameter.REGULATION_STRENGTH, 60);
        for (int row : new int[] {1, 8, 15}) {
            String[] cells = lines.get(row).split(",");
            var p = DivergenceModel.run(base.with(Parameter.ELECTRICITY_PRICE, Double.parseDouble(cells[0]))
                    .with(Parameter.NPU_THROUGHPUT, Double.parseDouble(cells[1])));
            assertThat(Double.parseDouble(cells[2])).isEqualTo(p.valueAt(Output.MINING_DECENTRALIZATION, 2035));
            assertThat(Double.parseDouble(cells[8])).isEqualTo(p.valueAt(Output.MINING_DECENTRALIZATION, 2040));
            assertThat(Double.parseDouble(cells[13])).isEqualTo(p.valueAt(Output.EDGE_SHARE, 2040));
        }
    }

    @Test
    void aSweepToStandardOutputWithChosenYearsIsTheSameEveryRun() {
        String[] args = {"--sweep", "endYear=2030:2050:5", "--sweep", "stepsPerYear=1:4:2", "--years", "2026,2030", "--csv", "-"};
        Run first = run(args);
        Run second = run(args);

        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> lines = first.out().lines().toList();
        assertThat(lines).hasSize(1 + 10);
        assertThat(lines.get(0)).startsWith("end_year,steps_per_year,mining_decentralization_index_2026,")
                .endsWith(",edge_inference_share_2030");
        assertThat(lines.get(1)).startsWith("2030.0,1.0,");
        assertThat(lines.get(10)).startsWith("2050.0,4.0,");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void aSweepNeedsACsvAndSavesTheBaseScenarioOnRequest() throws Exception {
        Run noCsv = run("--sweep", "electricityPrice=0.02:0.1:5");
        Run withSave = run("--sweep", "electricityPrice=0.02:0.1:2", "--set", "npuThroughput=90",
                "--csv", path("s.csv"), "--save-scenario", path("s.divergence.json"));

        assertThat(noCsv.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(noCsv.err()).isEqualTo("divergence: --sweep writes a CSV: give --csv OUT (\"-\" for standard output)\n");
        assertThat(withSave.exitCode()).as(withSave.err()).isZero();
        assertThat(ScenarioReader.read(folder.resolve("s.divergence.json")).document().scenario())
                .isEqualTo(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 90));
        assertThat(Files.readAllLines(folder.resolve("s.csv"))).hasSize(3);
    }

    @Test
    void aLongSweepShowsItsProgressOnStderrAndEndsTheLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(new String[] {"--sweep", "npuThroughput=1:500:40", "--csv", path("p.csv")},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), 0);

        assertThat(code).isZero();
        String progress = err.toString(StandardCharsets.UTF_8);
        assertThat(progress).startsWith("\rdivergence: sweep ").contains("40 of 40 scenarios (100 %)").endsWith("\n");
        assertThat(progress.indexOf('\n')).isEqualTo(progress.length() - 1); // rewritten in place, one line at the end
        assertThat(Files.readAllLines(folder.resolve("p.csv"))).hasSize(41);
    }

    // --- baseline ---------------------------------------------------------------------------------

    @Test
    void aBaselinePresetAddsABaselineCopyOfEveryColumn() throws Exception {
        Run r = run("--preset", "npu-leap", "--baseline", "baseline", "--csv", path("b.csv"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = Files.readAllLines(folder.resolve("b.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).hasSize(1 + 2 * Output.values().length).startsWith("year", "btc_price_usd");
        assertThat(header.subList(1 + Output.values().length, header.size()))
                .startsWith("baseline_btc_price_usd").endsWith("baseline_typical_device_tops");
        var current = DivergenceModel.run(Presets.find("npu-leap").orElseThrow().document().scenario());
        var base = DivergenceModel.run(Scenario.defaults());
        assertThat(Files.readAllBytes(folder.resolve("b.csv"))).isEqualTo(ProjectionCsv.toBytes(current, base));
        String[] row = lines.get(5).split(",");
        assertThat(Double.parseDouble(row[header.indexOf("baseline_mining_hhi")])).isEqualTo(base.value(Output.MINING_HHI, 4));
        assertThat(Double.parseDouble(row[header.indexOf("mining_hhi")])).isEqualTo(current.value(Output.MINING_HHI, 4));
    }

    @Test
    void aBaselineFileWithAShorterCoarserHorizonLeavesEmptyCellsAndSaysSo() throws Exception {
        Path file = folder.resolve("short.divergence.json");
        ScenarioWriter.save(file, ScenarioDocument.untitled(Scenario.defaults().with(Parameter.END_YEAR, 2030)
                .with(Parameter.STEPS_PER_YEAR, 1)));

        Run r = run("--baseline", file.toString(), "--csv", path("b.csv"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("divergence: note: the baseline (1 steps a year to 2030) has no step at 55 of the 61 rows; "
                + "their baseline_ cells are empty\n");
        List<String> lines = Files.readAllLines(folder.resolve("b.csv"));
        assertThat(lines).hasSize(62);
        assertThat(lines.get(1)).doesNotEndWith(",");     // 2025.0: the baseline has it
        assertThat(lines.get(2)).endsWith(",,,");         // 2025.25: it does not
        assertThat(lines.get(21)).startsWith("2030.0,").doesNotEndWith(",");
        assertThat(lines.get(25)).startsWith("2031.0,").endsWith(",,,");
    }

    @Test
    void aBaselineWorksWithASweepAndNeedsACsv() throws Exception {
        Run sweep = run("--preset", "npu-leap", "--baseline", "cheap-power-boom", "--sweep", "regulationStrength=0:100:3",
                "--years", "2035", "--csv", "-");
        Run noCsv = run("--baseline", "baseline");

        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        List<String> lines = sweep.out().lines().toList();
        assertThat(lines.get(0).split(",")).hasSize(1 + 6 + 6).endsWith("baseline_edge_inference_share_2035");
        var baseline = DivergenceModel.run(Presets.find("cheap-power-boom").orElseThrow().document().scenario()
                .with(Parameter.REGULATION_STRENGTH, 50));
        assertThat(Double.parseDouble(lines.get(2).split(",")[7])).isEqualTo(baseline.valueAt(Output.MINING_DECENTRALIZATION, 2035));
        assertThat(noCsv.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(noCsv.err()).contains("--baseline adds columns to the CSV and lines to the figures; give --csv, --png, --svg or --pdf OUT too");
    }

    // --- uncertainty bands and sensitivity ------------------------------------------------------

    @Test
    void monteCarloAddsFivePercentileColumnsPerOutputAndIsTheSameForTheSameSeed() throws Exception {
        Run first = run("--set", "seed=7", "--set", "endYear=2030", "--monte-carlo", "50", "--csv", path("a.csv"));
        Run again = run("--set", "seed=7", "--set", "endYear=2030", "--monte-carlo=50", "--csv", path("b.csv"));
        Run other = run("--set", "seed=8", "--set", "endYear=2030", "--monte-carlo", "50", "--csv", path("c.csv"));

        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> lines = Files.readAllLines(folder.resolve("a.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).hasSize(1 + 6 * org.divergence.model.Output.values().length)
                .contains("btc_price_usd_p10", "btc_price_usd_p90", "edge_decentralization_index_p50");
        assertThat(header.indexOf("mining_hhi_p25")).isEqualTo(header.indexOf("mining_hhi_p10") + 1);
        assertThat(lines).hasSize(1 + 5 * 4 + 1);
        assertThat(Files.readString(folder.resolve("b.csv"))).isEqualTo(Files.readString(folder.resolve("a.csv")));
        assertThat(Files.readString(folder.resolve("c.csv"))).isNotEqualTo(Files.readString(folder.resolve("a.csv")));
        assertThat(again.exitCode()).isZero();
        assertThat(other.exitCode()).isZero();
    }

    @Test
    void monteCarloNeedsACsvAndAPathCountInRange() throws Exception {
        Run noCsv = run("--monte-carlo", "100");
        Run tooFew = run("--monte-carlo", "1", "--csv", path("x.csv"));
        Run text = run("--monte-carlo", "many", "--csv", path("x.csv"));
        Run sweep = run("--monte-carlo", "100", "--sweep", "electricityPrice=0.02:0.1:3", "--csv", path("x.csv"));

        assertThat(noCsv.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(noCsv.err()).contains("--monte-carlo adds percentile columns to the CSV; give --csv OUT too");
        assertThat(tooFew.err()).contains("--monte-carlo: the number of paths must be a whole number between 20 and 10,000, got '1'");
        assertThat(text.err()).contains("got 'many'");
        assertThat(sweep.err()).contains("--monte-carlo works on one scenario, not on a --sweep");
        assertThat(filesInFolder()).isZero();
    }

    @Test
    void sensitivityWritesOneRowPerParameterLargestEffectFirst() throws Exception {
        Run gap = run("--set", "seed=3", "--sensitivity", path("tornado.csv"));
        Run hhi = run("--sensitivity", "-", "--outcome", "mining_hhi@2040");

        assertThat(gap.exitCode()).as(gap.err()).isZero();
        List<String> lines = Files.readAllLines(folder.resolve("tornado.csv"));
        assertThat(lines.get(0)).isEqualTo("key,low,high,outcome_at_low,outcome_at_high");
        assertThat(lines).hasSize(1 + org.divergence.model.Sensitivity.varied().size());
        assertThat(lines).anyMatch(l -> l.startsWith("electricityPrice,0.0375,0.0625,"));
        double previous = Double.POSITIVE_INFINITY;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double effect = Math.abs(Double.parseDouble(cells[4]) - Double.parseDouble(cells[3]));
            assertThat(effect).as(line).isLessThanOrEqualTo(previous);
            previous = effect;
        }
        assertThat(hhi.exitCode()).isZero();
        assertThat(hhi.out()).startsWith("key,low,high,outcome_at_low,outcome_at_high\n").contains("\nelectricityPrice,");
        assertThat(hhi.out()).isNotEqualTo(Files.readString(folder.resolve("tornado.csv")));
    }

    @Test
    void outcomeNeedsSensitivityAndAKnownName() throws Exception {
        Run alone = run("--outcome", "gap");
        Run unknown = run("--sensitivity", path("t.csv"), "--outcome", "happiness");
        Run badYear = run("--sensitivity", path("t.csv"), "--outcome", "gap@1990");
        Run twoToStdout = run("--sensitivity", "-", "--csv", "-");

        assertThat(alone.err()).contains("--outcome chooses what --sensitivity reports; give --sensitivity OUT too");
        assertThat(unknown.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(unknown.err()).contains("--outcome: unknown outcome 'happiness'");
        assertThat(badYear.err()).contains("--outcome: the outcome's year must be between 2025 and 2050, got 1990");
        assertThat(twoToStdout.err()).contains("only one of --csv and --sensitivity can write to standard output");
        assertThat(filesInFolder()).isZero();
    }
}
