package org.divergence.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: where the scenario comes from, the overrides, and what to write.
 * Parsing only checks the shape of the arguments; values are checked when applied.
 */
record CliOptions(boolean help, boolean version, boolean listPresets,
                  Optional<Path> scenarioFile, Optional<String> preset, List<String> settings,
                  Optional<String> csv, Optional<String> saveScenario,
                  List<String> sweeps, Optional<String> years, Optional<String> baseline, FigureArgs figure,
                  Optional<String> monteCarlo, Optional<String> sensitivity, Optional<String> outcome) {

    /** "--csv -" (or any other output given as "-") writes to standard output, for pipes. */
    static final String STDOUT = "-";

    /** The figure outputs and how they look, as given; {@link FigureOptions} checks the values. */
    record FigureArgs(Optional<String> png, Optional<String> svg, Optional<String> pdf, Optional<String> chart,
                      Optional<String> width, Optional<String> scale, Optional<String> theme, Optional<String> caption) {

        boolean anyOutput() {
            return png.isPresent() || svg.isPresent() || pdf.isPresent();
        }

        /** The options that only shape a figure, as typed, for "give --png too" messages. */
        List<String> shapingGiven() {
            List<String> given = new ArrayList<>();
            chart.ifPresent(v -> given.add("--chart"));
            width.ifPresent(v -> given.add("--width"));
            scale.ifPresent(v -> given.add("--scale"));
            theme.ifPresent(v -> given.add("--theme"));
            caption.ifPresent(v -> given.add("--caption"));
            return given;
        }
    }

    /** Options that take one value and may be given once. */
    private static final Set<String> SINGLE = Set.of("--scenario", "--preset", "--csv", "--save-scenario", "--years",
            "--baseline", "--png", "--svg", "--pdf", "--chart", "--width", "--scale", "--theme", "--caption",
            "--monte-carlo", "--sensitivity", "--outcome");
    /** Options that take one value each time and may be repeated. */
    private static final Set<String> REPEATED = Set.of("--set", "--sweep");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("--help", "-h", "--version", "--list-presets");

    static CliOptions parse(String[] args) throws UsageException {
        Map<String, String> single = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        Set<String> flags = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                option = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            if (FLAGS.contains(option)) {
                if (inlineValue != null) {
                    throw new UsageException(option + " takes no value");
                }
                flags.add(option.equals("-h") ? "--help" : option);
            } else if (SINGLE.contains(option)) {
                String value = inlineValue != null ? inlineValue : value(args, ++i, option);
                if (single.putIfAbsent(option, nonBlank(option, value)) != null) {
                    throw new UsageException(option + " given twice");
                }
            } else if (REPEATED.contains(option)) {
                String value = inlineValue != null ? inlineValue : value(args, ++i, option);
                repeated.computeIfAbsent(option, k -> new ArrayList<>()).add(nonBlank(option, value));
            } else {
                throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + arg + " (see --help)"
                        : "unexpected argument '" + arg + "' (options start with --; see --help)");
            }
        }
        if (single.containsKey("--scenario") && single.containsKey("--preset")) {
            throw new UsageException("give either --scenario or --preset, not both");
        }
        Optional<Path> scenario = single.containsKey("--scenario")
                ? Optional.of(path("--scenario", single.get("--scenario"))) : Optional.empty();
        FigureArgs figure = new FigureArgs(get(single, "--png"), get(single, "--svg"), get(single, "--pdf"),
                get(single, "--chart"), get(single, "--width"), get(single, "--scale"), get(single, "--theme"),
                get(single, "--caption"));
        return new CliOptions(flags.contains("--help"), flags.contains("--version"), flags.contains("--list-presets"),
                scenario, get(single, "--preset"), List.copyOf(repeated.getOrDefault("--set", List.of())),
                get(single, "--csv"), get(single, "--save-scenario"),
                List.copyOf(repeated.getOrDefault("--sweep", List.of())), get(single, "--years"),
                get(single, "--baseline"), figure, get(single, "--monte-carlo"), get(single, "--sensitivity"),
                get(single, "--outcome"));
    }

    private static Optional<String> get(Map<String, String> single, String option) {
        return Optional.ofNullable(single.get(option));
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value" + (option.equals("--set") ? " KEY=VALUE"
                    : option.equals("--sweep") ? " KEY=FROM:TO:STEPS" : ""));
        }
        return args[index];
    }

    private static String nonBlank(String option, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(option + " needs a non-empty value");
        }
        return value;
    }

    static Path path(String option, String text) throws UsageException {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": '" + text + "' is not a valid file name");
        }
    }
}
