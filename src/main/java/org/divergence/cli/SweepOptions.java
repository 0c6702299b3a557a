package org.divergence.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.divergence.model.History;
import org.divergence.model.Parameter;
import org.divergence.scenario.Sweep;

/** Parses "--sweep KEY=FROM:TO:STEPS" and "--years Y1,Y2,..." into sweep axes and years, every value checked. */
final class SweepOptions {

    private SweepOptions() {}

    /** The axes of every --sweep, in order; refuses a grid larger than {@link Sweep#MAX_SCENARIOS} before building it. */
    static List<Sweep.Axis> axes(List<String> sweeps) throws UsageException {
        List<Parsed> parsed = new ArrayList<>();
        long size = 1;
        for (String sweep : sweeps) {
            Parsed p = parse(sweep);
            for (Parsed earlier : parsed) {
                if (earlier.parameter == p.parameter) {
                    throw new UsageException("--sweep " + sweep + ": " + p.parameter.key() + " is swept twice");
                }
            }
            parsed.add(p);
            size = Sweep.gridSize(size, p.steps);
        }
        if (size > Sweep.MAX_SCENARIOS) {
            throw new UsageException("--sweep: " + Sweep.tooLarge(size));
        }
        List<Sweep.Axis> axes = new ArrayList<>();
        for (Parsed p : parsed) {
            double[] values = Sweep.Axis.linear(p.from, p.to, (int) p.steps);
            for (double v : values) {
                Optional<String> problem = p.parameter.problem(v);
                if (problem.isPresent()) {
                    throw new UsageException("--sweep " + p.text + ": " + p.parameter.key() + " " + problem.get()
                            + ", got " + Parameter.plain(v));
                }
            }
            axes.add(new Sweep.Axis(p.parameter, values));
        }
        return axes;
    }

    private record Parsed(String text, Parameter parameter, BigDecimal from, BigDecimal to, long steps) {}

    private static Parsed parse(String sweep) throws UsageException {
        int equals = sweep.indexOf('=');
        String[] parts = equals > 0 ? sweep.substring(equals + 1).split(":", -1) : new String[0];
        if (parts.length != 3) {
            throw new UsageException("--sweep needs KEY=FROM:TO:STEPS, got '" + sweep + "'");
        }
        String key = sweep.substring(0, equals).trim();
        if (key.equalsIgnoreCase(Overrides.DESIGN_KEY) || key.equalsIgnoreCase(Overrides.SEED_KEY)) {
            throw new UsageException("--sweep " + sweep + ": " + key + " cannot be swept (only numeric levers and assumptions)");
        }
        Parameter parameter = Overrides.parameter(key).orElseThrow(() -> new UsageException("--sweep " + sweep
                + ": unknown lever or assumption '" + key + "'" + Overrides.suggestion(key) + " (see --help for the keys)"));
        String fromText = parts[0].trim();
        String toText = parts[1].trim();
        String stepsText = parts[2].trim();
        if (!Overrides.DECIMAL.matcher(fromText).matches() || !Overrides.DECIMAL.matcher(toText).matches()) {
            throw new UsageException("--sweep " + sweep + ": FROM and TO must be numbers between " + parameter.rangeText());
        }
        if (!stepsText.matches("\\d{1,18}") || Long.parseLong(stepsText) < 2) {
            throw new UsageException("--sweep " + sweep + ": STEPS must be a whole number of at least 2 "
                    + "(the number of values, both ends included), got '" + stepsText + "'");
        }
        BigDecimal from = new BigDecimal(fromText);
        BigDecimal to = new BigDecimal(toText);
        if (from.compareTo(to) == 0) {
            throw new UsageException("--sweep " + sweep + ": FROM and TO are equal; use --set for a single value");
        }
        return new Parsed(sweep, parameter, from, to, Long.parseLong(stepsText));
    }

    /** "--years 2030,2040": whole years, at least one. Their range is checked against the horizon by {@link Sweep}. */
    static int[] years(String text) throws UsageException {
        String[] parts = text.split(",", -1);
        int[] years = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (!part.matches("\\d{4}")) {
                throw new UsageException("--years needs whole years separated by commas (e.g. 2030,2040), got '" + text + "'");
            }
            years[i] = Integer.parseInt(part);
            if (years[i] < History.FIRST_YEAR) {
                throw new UsageException("--years: " + years[i] + " is before any projection starts ("
                        + History.FIRST_YEAR + ")");
            }
        }
        return years;
    }
}
