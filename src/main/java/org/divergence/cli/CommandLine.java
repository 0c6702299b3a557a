package org.divergence.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.divergence.AppInfo;
import org.divergence.figure.Figure;
import org.divergence.figure.FigureExport;
import org.divergence.model.Bands;
import org.divergence.model.DivergenceModel;
import org.divergence.model.MonteCarlo;
import org.divergence.model.Outcome;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.divergence.model.Sensitivity;
import org.divergence.scenario.AtomicFiles;
import org.divergence.scenario.LoadedScenario;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ProjectionCsv;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioFileException;
import org.divergence.scenario.ScenarioReader;
import org.divergence.scenario.ScenarioWriter;
import org.divergence.scenario.SensitivityCsv;
import org.divergence.scenario.Sweep;
import org.divergence.scenario.ViewSettings;

/**
 * Runs the model without a window: load a scenario or preset, apply overrides, write a CSV and/or a
 * scenario file. Everything is checked before anything is written, so a failed run leaves no file
 * behind, and every failure is one line on stderr with no stack trace.
 *
 * <p>Exit codes: 0 success, 1 a file could not be read or written, 2 a usage error (unknown option,
 * key or preset, bad value), 3 an internal error (a bug; please report it). 4 is the launcher's: no
 * desktop to show the window on (the command line itself never needs one).
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FILE_PROBLEM = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;
    /** Returned by the launcher, not by {@link #run}: the window was asked for, but there is no desktop to show it on. */
    public static final int NO_DESKTOP = 4;
    private static final String PROGRAM = "divergence";
    /** The year a figure's legends give the baseline difference for, as in the window, unless the file says. */
    private static final int PREFERRED_READING_YEAR = 2035;
    /** A sweep that runs longer than this shows its progress on stderr. */
    private static final long PROGRESS_AFTER_NANOS = 1_000_000_000L;
    /** How often the progress line is rewritten. */
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private CommandLine() {}

    /**
     * True when the arguments ask for the command line rather than the window: the first one is an
     * option. A single file path opens that file in the window instead.
     */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && args[0].startsWith("--");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, PROGRESS_AFTER_NANOS);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, showing a sweep's progress once it has run this long. */
    static int run(String[] args, PrintStream out, PrintStream err, long progressAfterNanos) {
        try {
            CliOptions options = CliOptions.parse(args);
            if (options.help()) {
                out.print(Help.text());
                return OK;
            }
            if (options.version()) {
                out.println(AppInfo.versionLine());
                return OK;
            }
            if (options.listPresets()) {
                out.print(Help.presetList());
                return OK;
            }
            if (!options.sweeps().isEmpty()) {
                if (options.monteCarlo().isPresent() || options.sensitivity().isPresent()) {
                    throw new UsageException((options.monteCarlo().isPresent() ? "--monte-carlo" : "--sensitivity")
                            + " works on one scenario, not on a --sweep");
                }
                return runSweep(options, out, err, progressAfterNanos);
            }
            if (options.outcome().isPresent() && options.sensitivity().isEmpty()) {
                throw new UsageException("--outcome chooses what --sensitivity reports; give --sensitivity OUT too");
            }
            if (options.years().isPresent()) {
                throw new UsageException("--years chooses the years of a --sweep; give --sweep KEY=FROM:TO:STEPS too");
            }
            return runModel(options, out, err);
        } catch (UsageException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return USAGE;
        } catch (ScenarioFileException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return FILE_PROBLEM;
        } catch (RuntimeException | Error e) {
            // Never a stack trace: a bug is still reported in one line the user can paste into an issue.
            err.println(PROGRAM + ": internal error (please report): " + oneLine(String.valueOf(e)));
            return INTERNAL_ERROR;
        }
    }

    private static int runModel(CliOptions options, PrintStream out, PrintStream err)
            throws UsageException, ScenarioFileException {
        FigureOptions look = FigureOptions.of(options.figure());
        ScenarioDocument document = source(options, err);
        Scenario scenario = Overrides.apply(document.scenario(), options.settings());
        document = withCommandLineNote(document, options.settings());
        document = document.withScenario(scenario);
        Projection projection = DivergenceModel.run(scenario);
        Optional<ViewSettings.Baseline> baselineGiven = baseline(options, err);
        Optional<Projection> baseline = baselineGiven.map(b -> DivergenceModel.run(b.scenario()));
        if (baseline.isPresent() && options.csv().isEmpty() && !options.figure().anyOutput()) {
            throw new UsageException("--baseline adds columns to the CSV and lines to the figures;"
                    + " give --csv, --png, --svg or --pdf OUT too");
        }
        OptionalInt paths = monteCarloPaths(options);
        Optional<Outcome> outcome = options.sensitivity().isPresent() ? Optional.of(outcome(options)) : Optional.empty();
        document = document.savedAt(Instant.now());
        ScenarioDocument saved = document;
        // A figure shows the baseline asked for, or else the one its source carries (a figure reopened).
        ScenarioDocument shown = baselineGiven.isPresent()
                ? document.withView(document.view().withBaseline(baselineGiven)) : document;
        Optional<Projection> shownBaseline = baseline.isPresent() ? baseline
                : shown.view().baseline().map(b -> DivergenceModel.run(b.scenario()));

        List<Target> outputs = new ArrayList<>();
        options.csv().ifPresent(to -> outputs.add(Target.of("--csv", to, () -> csv(projection, baseline, paths.isEmpty()
                ? Optional.empty()
                : Optional.of(MonteCarlo.run(scenario, paths.getAsInt(), () -> false, fraction -> { }))))));
        options.saveScenario().ifPresent(to -> outputs.add(Target.of("--save-scenario", to, () -> ScenarioWriter.toBytes(saved))));
        options.figure().png().ifPresent(to -> outputs.add(Target.of("--png", to,
                () -> FigureExport.png(figure(look, shown, projection, shownBaseline), look.scale()))));
        options.figure().svg().ifPresent(to -> outputs.add(Target.of("--svg", to,
                () -> FigureExport.svg(figure(look, shown, projection, shownBaseline)))));
        options.figure().pdf().ifPresent(to -> outputs.add(Target.of("--pdf", to,
                () -> FigureExport.pdf(figure(look, shown, projection, shownBaseline)))));
        outcome.ifPresent(chosen -> outputs.add(Target.of("--sensitivity", options.sensitivity().get(),
                () -> SensitivityCsv.toBytes(Sensitivity.run(scenario, chosen)))));
        if (outputs.isEmpty()) {
            out.print(summary(document, projection));
            return OK;
        }
        write(outputs, options, out);
        baseline.ifPresent(b -> noteShortBaseline(projection, b, err));
        return OK;
    }

    /** One thing to write: the option that asked for it, where to ("-" for standard output), its content. */
    private record Target(String option, String to, AtomicFiles.Content content) {
        /** Content made in one piece, only when it is written. */
        static Target of(String option, String to, Supplier<byte[]> bytes) {
            return new Target(option, to, out -> out.write(bytes.get()));
        }

        boolean toStdout() {
            return to.equals(CliOptions.STDOUT);
        }
    }

    /** The scenario's description, with the --set changes noted after it. */
    private static ScenarioDocument withCommandLineNote(ScenarioDocument document, List<String> settings) {
        if (settings.isEmpty()) {
            return document;
        }
        String note = "Changed on the command line: " + Overrides.describe(settings) + ".";
        return document.withDescription(document.description().isBlank() ? note : document.description() + "\n\n" + note);
    }

    /**
     * Writes every output, or none: the paths are checked first, each file is written beside its
     * target and moved into place only when all are ready.
     */
    private static void write(List<Target> outputs, CliOptions options, PrintStream out)
            throws UsageException, ScenarioFileException {
        List<Target> toStdout = outputs.stream().filter(Target::toStdout).toList();
        if (toStdout.size() > 1) {
            throw new UsageException("only one of " + toStdout.stream().map(Target::option)
                    .collect(java.util.stream.Collectors.joining(" and ")) + " can write to standard output (-)");
        }
        Map<Path, String> targets = new HashMap<>();
        options.scenarioFile().ifPresent(input -> targets.put(input.toAbsolutePath().normalize(), "the input scenario"));
        List<Path> paths = new ArrayList<>();
        for (Target output : outputs) {
            Path path = outputPath(output.option(), Optional.of(output.to())).orElse(null);
            if (path != null) {
                String earlier = targets.putIfAbsent(path, output.option());
                if (earlier != null) {
                    throw new UsageException(earlier.startsWith("--")
                            ? earlier + " and " + output.option() + " name the same file " + output.to()
                            : output.option() + " would overwrite " + earlier + " " + output.to());
                }
            }
            paths.add(path);
        }
        List<AtomicFiles.Pending> pending = new ArrayList<>();
        try {
            for (int i = 0; i < outputs.size(); i++) {
                if (paths.get(i) != null) {
                    pending.add(prepare(paths.get(i), outputs.get(i).content()));
                }
            }
            for (AtomicFiles.Pending write : pending) {
                commit(write);
            }
        } finally {
            pending.forEach(AtomicFiles.Pending::abandon);
        }
        for (Target output : toStdout) {
            try {
                output.content().writeTo(out);
            } catch (IOException e) {
                throw new ScenarioFileException("standard output", "cannot be written: " + reason(e), e);
            }
            out.flush();
            if (out.checkError()) {
                throw new ScenarioFileException("standard output", "cannot be written");
            }
        }
    }

    /** The figure the options describe, for the document as it will be saved. */
    private static Figure figure(FigureOptions look, ScenarioDocument document, Projection projection,
                                 Optional<Projection> baseline) {
        int first = (int) Math.ceil(projection.year(0));
        int year = document.view().summaryYear().orElse(PREFERRED_READING_YEAR);
        year = Math.max(first, Math.min(projection.scenario().endYear(), year));
        return new Figure(look.chart(), look.width(), look.fixedHeight(), look.theme(), look.caption(), document,
                projection, baseline, OptionalDouble.of(year), LocalDate.now());
    }

    private static byte[] csv(Projection projection, Optional<Projection> baseline, Optional<Bands> bands) {
        if (bands.isPresent()) {
            return ProjectionCsv.toBytes(projection, baseline.orElse(null), bands.get());
        }
        return baseline.isPresent() ? ProjectionCsv.toBytes(projection, baseline.get()) : ProjectionCsv.toBytes(projection);
    }

    /** "--monte-carlo N": the number of paths, in the range of the monteCarloPaths assumption; needs --csv. */
    private static OptionalInt monteCarloPaths(CliOptions options) throws UsageException {
        if (options.monteCarlo().isEmpty()) {
            return OptionalInt.empty();
        }
        if (options.csv().isEmpty()) {
            throw new UsageException("--monte-carlo adds percentile columns to the CSV; give --csv OUT too");
        }
        String text = options.monteCarlo().get().strip();
        Parameter paths = Parameter.MONTE_CARLO_PATHS;
        try {
            int n = Integer.parseInt(text);
            if (paths.problem(n).isEmpty()) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new UsageException("--monte-carlo: the number of paths must be a whole number between "
                + String.format(Locale.ROOT, "%,d and %,d", (int) paths.min(), (int) paths.max()) + ", got '" + text + "'");
    }

    /** "--outcome gap@2035" (the default) or an output column, optionally @year. */
    private static Outcome outcome(CliOptions options) throws UsageException {
        try {
            return options.outcome().map(Outcome::parse).orElse(Outcome.DEFAULT_GAP);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--outcome: " + e.getMessage());
        }
    }

    /** One line when some baseline cells are empty, so nobody mistakes them for a bug. */
    private static void noteShortBaseline(Projection projection, Projection baseline, PrintStream err) {
        int missing = ProjectionCsv.rowsWithoutBaseline(projection, baseline);
        if (missing > 0) {
            err.println(PROGRAM + ": note: the baseline (" + baseline.scenario().stepsPerYear() + " steps a year to "
                    + baseline.scenario().endYear() + ") has no step at " + missing + " of the " + projection.steps()
                    + " rows; their baseline_ cells are empty");
        }
    }

    /**
     * "--baseline FILE|PRESET": an existing file, or anything that looks like a file name, is read as
     * a scenario file (exactly as --scenario reads it); any other text is a preset id (as --preset).
     */
    private static Optional<ViewSettings.Baseline> baseline(CliOptions options, PrintStream err)
            throws UsageException, ScenarioFileException {
        if (options.baseline().isEmpty()) {
            return Optional.empty();
        }
        String given = options.baseline().get();
        Path path = CliOptions.path("--baseline", given);
        boolean looksLikeFile = Files.isRegularFile(path) || given.endsWith(".json")
                || given.contains("/") || given.contains(java.io.File.separator);
        if (looksLikeFile) {
            LoadedScenario loaded = ScenarioReader.read(path);
            String source = String.valueOf(path.getFileName());
            loaded.warnings().forEach(w -> err.println(PROGRAM + ": warning: baseline " + source + ": " + w));
            return Optional.of(new ViewSettings.Baseline(loaded.document().name(), loaded.document().scenario()));
        }
        ScenarioDocument preset = Presets.find(given).orElseThrow(() -> new UsageException("--baseline " + given
                + ": no such scenario file or preset (presets: " + String.join(", ", Presets.ids()) + ")")).document();
        return Optional.of(new ViewSettings.Baseline(preset.name(), preset.scenario()));
    }

    private static int runSweep(CliOptions options, PrintStream out, PrintStream err, long progressAfterNanos)
            throws UsageException, ScenarioFileException {
        if (options.csv().isEmpty()) {
            throw new UsageException("--sweep writes a CSV: give --csv OUT (\"-\" for standard output)");
        }
        List<Sweep.Axis> axes = SweepOptions.axes(options.sweeps());
        ScenarioDocument document = source(options, err);
        Scenario scenario = Overrides.apply(document.scenario(), options.settings());
        int[] years = options.years().isPresent() ? SweepOptions.years(options.years().get())
                : Sweep.defaultYears(scenario, axes);
        if (options.figure().anyOutput() || !options.figure().shapingGiven().isEmpty()) {
            throw new UsageException("a --sweep writes a CSV of many scenarios; figures (--png, --svg, --pdf) show one:"
                    + " run without --sweep for a figure");
        }
        Optional<Scenario> baseline = baseline(options, err).map(ViewSettings.Baseline::scenario);
        Sweep sweep;
        try {
            sweep = new Sweep(scenario, axes, years, baseline);
        } catch (IllegalArgumentException e) {
            throw new UsageException((options.years().isPresent() ? "--years: " : "--sweep: ") + e.getMessage());
        }
        ScenarioDocument saved = withCommandLineNote(document, options.settings()).withScenario(scenario).savedAt(Instant.now());

        ProgressLine progress = new ProgressLine(err, progressAfterNanos);
        List<Target> outputs = new ArrayList<>();
        outputs.add(new Target("--csv", options.csv().get(), stream -> sweep.writeCsv(stream, progress)));
        options.saveScenario().ifPresent(to -> outputs.add(Target.of("--save-scenario", to, () -> ScenarioWriter.toBytes(saved))));
        try {
            write(outputs, options, out);
        } finally {
            progress.end();
        }
        return OK;
    }

    /** "divergence: sweep 120,000 of 1,000,000 scenarios (12 %)" on stderr, rewritten in place, once a sweep runs long. */
    private static final class ProgressLine implements Sweep.Progress {
        private final PrintStream err;
        private final long start = System.nanoTime();
        private final long after;
        private long shownAt = Long.MIN_VALUE;
        private boolean shown;

        ProgressLine(PrintStream err, long afterNanos) {
            this.err = err;
            this.after = afterNanos;
        }

        @Override
        public void done(long rows, long total) {
            long now = System.nanoTime();
            if (now - start < after || (shown && now - shownAt < PROGRESS_EVERY_NANOS && rows < total)) {
                return;
            }
            err.print(String.format(Locale.ROOT, "\r%s: sweep %,d of %,d scenarios (%d %%)", PROGRAM, rows, total,
                    rows * 100 / total));
            err.flush();
            shown = true;
            shownAt = now;
        }

        /** Ends the line, if one was shown, so the next message starts on its own. */
        void end() {
            if (shown) {
                err.println();
                shown = false;
            }
        }
    }

    private static ScenarioDocument source(CliOptions options, PrintStream err) throws UsageException, ScenarioFileException {
        if (options.scenarioFile().isPresent()) {
            LoadedScenario loaded = ScenarioReader.read(options.scenarioFile().get());
            String source = String.valueOf(options.scenarioFile().get().getFileName());
            loaded.warnings().forEach(w -> err.println(PROGRAM + ": warning: " + source + ": " + w));
            return loaded.document();
        }
        String id = options.preset().orElse(Presets.BASELINE);
        return Presets.find(id).orElseThrow(() -> new UsageException("unknown preset '" + id
                + "' (available: " + String.join(", ", Presets.ids()) + ")")).document();
    }

    /** Checks an output path before anything is written; empty for none and for "-" (standard output). */
    private static Optional<Path> outputPath(String option, Optional<String> given)
            throws UsageException, ScenarioFileException {
        if (given.isEmpty() || given.get().equals(CliOptions.STDOUT)) {
            return Optional.empty();
        }
        Path path = CliOptions.path(option, given.get()).toAbsolutePath().normalize();
        String shown = given.get();
        if (Files.isDirectory(path)) {
            throw new ScenarioFileException(shown, "cannot write " + option + " output: it is a folder");
        }
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ScenarioFileException(shown, "cannot write " + option + " output: folder " + folder + " does not exist");
        }
        if (Files.exists(path) && !Files.isWritable(path)) {
            throw new ScenarioFileException(shown, "cannot write " + option + " output: permission denied");
        }
        return Optional.of(path);
    }

    private static AtomicFiles.Pending prepare(Path target, AtomicFiles.Content content) throws ScenarioFileException {
        try {
            return AtomicFiles.prepare(target, content);
        } catch (IOException e) {
            throw new ScenarioFileException(target.getFileName().toString(), "cannot be written: " + reason(e), e);
        }
    }

    private static void commit(AtomicFiles.Pending write) throws ScenarioFileException {
        try {
            write.commit();
        } catch (IOException e) {
            throw new ScenarioFileException(write.target().getFileName().toString(), "cannot be written: " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A few headline figures at five-year marks, for a run with no output file. */
    private static String summary(ScenarioDocument document, Projection projection) {
        Output[] shown = {Output.MINING_DECENTRALIZATION, Output.EDGE_DECENTRALIZATION, Output.MINING_HHI,
                Output.MINING_NAKAMOTO, Output.EDGE_SHARE, Output.NETWORK_HASHRATE};
        List<Integer> years = new ArrayList<>();
        int first = (int) Math.round(projection.year(0));
        int last = projection.scenario().endYear();
        for (int year = first; year < last; year += 5) {
            years.add(year);
        }
        years.add(last);
        StringBuilder sb = new StringBuilder();
        sb.append(document.name()).append(" (model ").append(DivergenceModel.VERSION).append(")\n");
        sb.append(String.format(Locale.ROOT, "%-32s", ""));
        years.forEach(year -> sb.append(String.format(Locale.ROOT, "%10d", year)));
        sb.append('\n');
        for (Output output : shown) {
            sb.append(String.format(Locale.ROOT, "%-32s", output.column()));
            years.forEach(year -> sb.append(String.format(Locale.ROOT, "%10.4g", projection.valueAt(output, year))));
            sb.append('\n');
        }
        sb.append("Every series, every step: --csv FILE (see --help).\n");
        return sb.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
