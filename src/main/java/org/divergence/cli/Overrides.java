package org.divergence.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;

/** Applies "--set KEY=VALUE" to a scenario: any parameter key, regulationDesign or seed. */
final class Overrides {

    static final String DESIGN_KEY = "regulationDesign";
    static final String SEED_KEY = "seed";
    /** Plain decimal numbers only: no NaN, Infinity, hexadecimal or type suffixes that Double.parseDouble would take. */
    static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Overrides() {}

    static Scenario apply(Scenario scenario, List<String> settings) throws UsageException {
        Scenario result = scenario;
        for (String setting : settings) {
            result = applyOne(result, setting);
        }
        return result;
    }

    private static Scenario applyOne(Scenario scenario, String setting) throws UsageException {
        int equals = setting.indexOf('=');
        if (equals <= 0) {
            throw new UsageException("--set needs KEY=VALUE, got '" + setting + "'");
        }
        String key = setting.substring(0, equals).trim();
        String value = setting.substring(equals + 1).trim();
        if (key.equalsIgnoreCase(DESIGN_KEY)) {
            try {
                return scenario.withRegulationDesign(RegulationDesign.fromKey(value));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--set " + setting + ": " + DESIGN_KEY + " must be antiConsolidation or complianceBurden");
            }
        }
        if (key.equalsIgnoreCase(SEED_KEY)) {
            try {
                return scenario.withSeed(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw new UsageException("--set " + setting + ": seed must be a whole number (64-bit)");
            }
        }
        Parameter parameter = parameter(key).orElseThrow(() -> new UsageException(
                "--set " + setting + ": unknown lever or assumption '" + key + "'" + suggestion(key) + " (see --help for the keys)"));
        if (!DECIMAL.matcher(value).matches()) {
            throw new UsageException("--set " + setting + ": " + parameter.key() + " must be a number between " + parameter.rangeText());
        }
        try {
            return scenario.with(parameter, Double.parseDouble(value));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--set " + setting + ": " + e.getMessage());
        }
    }

    /** Exact key first; a different capitalisation is accepted too, since nobody means a different parameter by it. */
    static Optional<Parameter> parameter(String key) {
        Optional<Parameter> exact = Parameter.byKey(key);
        if (exact.isPresent()) {
            return exact;
        }
        for (Parameter p : Parameter.values()) {
            if (p.key().equalsIgnoreCase(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** "; did you mean npuThroughput?" for a near miss. */
    static String suggestion(String key) {
        List<String> keys = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            keys.add(p.key());
        }
        keys.add(DESIGN_KEY);
        keys.add(SEED_KEY);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : keys) {
            int d = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 4) ? "; did you mean " + best + "?" : "";
    }

    /** Levenshtein distance, small strings only. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Human-readable list of what --set changed, recorded in a saved scenario's description. */
    static String describe(List<String> settings) {
        return String.join(", ", settings.stream().map(String::trim).toList());
    }
}
