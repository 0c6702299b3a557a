package org.divergence.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line: where the scenario comes from, the overrides, and what to write.
 * Parsing only checks the shape of the arguments; values are checked when applied.
 */
record CliOptions(boolean help, boolean version, boolean listPresets,
                  Optional<Path> scenarioFile, Optional<String> preset, List<String> settings,
                  Optional<String> csv, Optional<String> saveScenario,
                  List<String> sweeps, Optional<String> years, Optional<String> baseline) {

    /** "--csv -" or "--save-scenario -" writes to standard output, for pipes. */
    static final String STDOUT = "-";

    static CliOptions parse(String[] args) throws UsageException {
        boolean help = false;
        boolean version = false;
        boolean listPresets = false;
        String scenario = null;
        String preset = null;
        String csv = null;
        String saveScenario = null;
        String years = null;
        String baseline = null;
        List<String> settings = new ArrayList<>();
        List<String> sweeps = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                option = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--list-presets" -> listPresets = true;
                case "--scenario" -> scenario = once(option, scenario, inlineValue != null ? inlineValue : value(args, ++i, option));
                case "--preset" -> preset = once(option, preset, inlineValue != null ? inlineValue : value(args, ++i, option));
                case "--csv" -> csv = once(option, csv, inlineValue != null ? inlineValue : value(args, ++i, option));
                case "--save-scenario" -> saveScenario = once(option, saveScenario, inlineValue != null ? inlineValue : value(args, ++i, option));
                case "--set" -> settings.add(inlineValue != null ? inlineValue : value(args, ++i, option));
                case "--sweep" -> sweeps.add(inlineValue != null ? inlineValue : value(args, ++i, option));
                case "--years" -> years = once(option, years, inlineValue != null ? inlineValue : value(args, ++i, option));
                case "--baseline" -> baseline = once(option, baseline, inlineValue != null ? inlineValue : value(args, ++i, option));
                default -> throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + arg + " (see --help)"
                        : "unexpected argument '" + arg + "' (options start with --; see --help)");
            }
            if (inlineValue != null && (option.equals("--help") || option.equals("--version") || option.equals("--list-presets"))) {
                throw new UsageException(option + " takes no value");
            }
        }
        if (scenario != null && preset != null) {
            throw new UsageException("give either --scenario or --preset, not both");
        }
        return new CliOptions(help, version, listPresets, scenario == null ? Optional.empty() : Optional.of(path("--scenario", scenario)),
                Optional.ofNullable(preset), List.copyOf(settings), Optional.ofNullable(csv), Optional.ofNullable(saveScenario),
                List.copyOf(sweeps), Optional.ofNullable(years), Optional.ofNullable(baseline));
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value" + (option.equals("--set") ? " KEY=VALUE"
                    : option.equals("--sweep") ? " KEY=FROM:TO:STEPS" : ""));
        }
        if (args[index].isBlank()) {
            throw new UsageException(option + " needs a non-empty value");
        }
        return args[index];
    }

    private static String once(String option, String previous, String value) throws UsageException {
        if (previous != null) {
            throw new UsageException(option + " given twice");
        }
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
