package org.divergence.cli;

import java.util.Locale;
import org.divergence.AppInfo;
import org.divergence.figure.Charts;
import org.divergence.model.Parameter;
import org.divergence.model.ParameterGroup;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ScenarioFormat;
import org.divergence.scenario.Sweep;

/** The texts of --help and --list-presets, built from the parameter table and the presets so they never drift. */
final class Help {

    private static final int WIDTH = 78;

    private Help() {}

    static String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(AppInfo.versionLine()).append("\n\n");
        sb.append("""
                Usage:
                  java -jar divergence.jar [FILE%s]    open the window (and FILE)
                  java -jar divergence.jar [--scenario FILE | --preset NAME] [--set KEY=VALUE]...
                                           [--csv OUT] [--save-scenario OUT] [--baseline FILE|PRESET]
                                           [--png OUT] [--svg OUT] [--pdf OUT] [--chart NAME] [--width PX]
                                           [--scale N] [--theme THEME] [--caption on|off]
                                           [--monte-carlo N] [--sensitivity OUT [--outcome NAME]]
                  java -jar divergence.jar [--scenario FILE | --preset NAME] [--set KEY=VALUE]...
                                           --sweep KEY=FROM:TO:STEPS... [--years Y1,Y2,...] --csv OUT
                  java -jar divergence.jar --list-presets | --help | --version

                Options:
                  --scenario FILE        read the scenario from FILE
                  --preset NAME          start from a built-in preset (default: baseline)
                  --list-presets         list the presets and the story each tells
                  --set KEY=VALUE        change a lever or assumption; repeatable, applied in order
                  --csv OUT              write the projection, one row per time step ("-" for stdout);
                                         columns: docs/CSV_COLUMNS.md
                  --save-scenario OUT    write the scenario (after --set) as a scenario file ("-" for stdout)
                  --baseline FILE|PRESET add a baseline_ copy of every CSV column, computed from this
                                         scenario file or preset (a file if it exists, ends in .json or
                                         has a /; else a preset); its cells are empty where it has no
                                         step at a row's time. Figures draw it dashed and carry it
                  --png OUT, --svg OUT, --pdf OUT
                                         draw a figure, as File > Export figure does in the window
                                         ("-" for stdout); it carries its scenario (and baseline), so
                                         --scenario FIGURE reopens it; a figure given as --scenario
                                         keeps the baseline it carries
                  --chart NAME           dashboard (default), or one chart:
                                         %s
                  --width PX             the figure's width in pixels at 96 per inch (default 1200),
                                         or single (3.5 in), double (7 in), slide (1280x720)
                  --scale N              the PNG's pixels per figure pixel, 0.5 to 8 (default 2)
                  --theme THEME          light (default), dark or high-contrast
                  --caption on|off       the caption under the figure: scenario, levers, changed
                                         assumptions, baseline, model version, date (default on)
                  --monte-carlo N        add the uncertainty bands to the CSV: after the other columns,
                                         COLUMN_p10, _p25, _p50, _p75 and _p90 of every output over N
                                         random paths (%s); the same for the same seed (--set seed=...)
                  --sensitivity OUT      write one row per parameter, each set to the low and high end of
                                         its range (its value -/+ 25 %%; a tenth of its range when 0):
                                         key,low,high,outcome_at_low,outcome_at_high ("-" for stdout)
                  --outcome NAME         what --sensitivity reads: gap (edge-AI index minus mining index)
                                         or an output column, with @YEAR (default gap@2035)
                  --sweep KEY=FROM:TO:STEPS
                                         run every combination of the swept values on top of the scenario
                                         and write one CSV row per scenario; STEPS is the number of values
                                         (at least 2), both ends included; repeatable, at most %s
                                         scenarios; endYear and stepsPerYear must land on whole numbers
                  --years Y1,Y2,...      the years a sweep reports (default: 2035 and the end year)
                  --help, --version      this text; the version

                With no --csv, --save-scenario or figure, a short summary is printed.
                Nothing is written unless every argument is valid.
                Exit codes: 0 done, 1 a file could not be read or written, 2 usage error, 3 internal error,
                            4 no desktop to show the window on (no display; use the options above instead).

                Keys for --set and --sweep (range, unit):
                """.formatted(ScenarioFormat.EXTENSION, String.join(", ", Charts.ids()),
                String.format(Locale.ROOT, "%,d to %,d", (int) Parameter.MONTE_CARLO_PATHS.min(),
                        (int) Parameter.MONTE_CARLO_PATHS.max()),
                String.format(Locale.ROOT, "%,d", Sweep.MAX_SCENARIOS)));
        for (ParameterGroup group : ParameterGroup.values()) {
            sb.append("  ").append(group.label()).append('\n');
            for (Parameter p : Parameter.values()) {
                if (p.group() == group) {
                    sb.append(String.format(Locale.ROOT, "    %-28s %s to %s %s (default %s)%n", p.key(),
                            Parameter.plain(p.min()), Parameter.plain(p.max()), p.unit(), p.format(p.defaultValue())));
                }
            }
        }
        sb.append("  Other\n");
        sb.append(String.format(Locale.ROOT, "    %-28s %s%n", Overrides.DESIGN_KEY, "antiConsolidation or complianceBurden"));
        sb.append(String.format(Locale.ROOT, "    %-28s %s%n", Overrides.SEED_KEY, "whole number (random seed for Monte Carlo runs)"));
        sb.append("\nExamples:\n  java -jar divergence.jar --preset npu-leap --set regulationStrength=60 --csv npu.csv\n");
        sb.append("  java -jar divergence.jar --preset npu-leap --baseline baseline --csv compare.csv\n");
        sb.append("  java -jar divergence.jar --preset npu-leap --baseline baseline --width double --pdf figure.pdf\n");
        sb.append("  java -jar divergence.jar --preset npu-leap --set seed=7 --monte-carlo 1000 --csv bands.csv\n");
        sb.append("  java -jar divergence.jar --sensitivity tornado.csv --outcome mining_hhi@2040\n");
        sb.append("  java -jar divergence.jar --sweep electricityPrice=0.02:0.10:9 --sweep regulationStrength=0:100:11 --csv grid.csv\n");
        return sb.toString();
    }

    static String presetList() {
        StringBuilder sb = new StringBuilder();
        for (Presets.Preset preset : Presets.all()) {
            sb.append(String.format(Locale.ROOT, "%-20s %s%n", preset.id(), preset.name()));
            sb.append(wrap(preset.description(), "    "));
        }
        return sb.toString();
    }

    private static String wrap(String text, String indent) {
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                sb.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return sb.append(line).append('\n').toString();
    }
}
