package org.divergence.scenario;

import static org.divergence.scenario.ScenarioFormat.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Upgrades a parsed file from the format version it was written in to {@link ScenarioFormat#CURRENT_VERSION},
 * one version at a time, so a file written by any earlier Divergence still opens.
 *
 * <p>Each step is frozen: it spells out the field names of its own time instead of reading the
 * current {@code Parameter} table, because renaming a parameter later must not change how an old
 * file is read. Steps also record where each moved field was in the original file, so a problem
 * is reported under the name the user sees in the file ("electricityPrice", not "levers.electricityPrice").
 */
final class Migrations {

    /** The upgraded tree, the version the file was written in, and the original path of every moved field. */
    record Result(ObjectNode tree, int fromVersion, Map<String, String> originalPaths, List<Problem> warnings) {

        /** The path to show the user for a path in the upgraded tree. */
        String originalPath(String path) {
            return originalPaths.getOrDefault(path, path);
        }
    }

    @FunctionalInterface
    private interface Step {
        void upgrade(ObjectNode tree, Renames renames);
    }

    /** STEPS[v - 1] upgrades format v to v + 1. */
    private static final Step[] STEPS = {Migrations::version1To2, Migrations::version2To3};

    static {
        if (STEPS.length != CURRENT_VERSION - 1) {
            throw new ExceptionInInitializerError("one migration step per format version is needed");
        }
    }

    private Migrations() {}

    static Result upgrade(ObjectNode root, String source) throws ScenarioFileException {
        List<Problem> warnings = new ArrayList<>();
        int version = detectVersion(root, source, warnings);
        ObjectNode tree = root.deepCopy();
        Renames renames = new Renames();
        for (int v = version; v < CURRENT_VERSION; v++) {
            STEPS[v - 1].upgrade(tree, renames);
        }
        tree.put(FORMAT_VERSION, CURRENT_VERSION);
        return new Result(tree, version, Map.copyOf(renames.original), warnings);
    }

    private static int detectVersion(ObjectNode root, String source, List<Problem> warnings) throws ScenarioFileException {
        JsonNode declared = root.get(FORMAT_VERSION);
        if (declared != null) {
            if (!declared.isIntegralNumber() || !declared.canConvertToInt()) {
                throw new ScenarioFileException(source, List.of(new Problem(FORMAT_VERSION,
                        "must be a whole number (1 to " + CURRENT_VERSION + "), got " + Json.describe(declared))));
            }
            int version = declared.intValue();
            if (version > CURRENT_VERSION) {
                throw new ScenarioFileException(source, "written by a newer Divergence (format " + version
                        + "); this version reads up to format " + CURRENT_VERSION + ". Update Divergence to open it.");
            }
            if (version < 1) {
                throw new ScenarioFileException(source, List.of(new Problem(FORMAT_VERSION,
                        "must be between 1 and " + CURRENT_VERSION + ", got " + version)));
            }
            return version;
        }
        if (root.path(V1_VERSION).isIntegralNumber() && root.get(V1_VERSION).intValue() == 1) {
            return 1;
        }
        if (root.has(LEVERS) || root.has(ASSUMPTIONS)) {
            warnings.add(new Problem(FORMAT_VERSION, "missing; read as format " + CURRENT_VERSION));
            return CURRENT_VERSION;
        }
        throw new ScenarioFileException(source,
                "not a Divergence scenario file (it has no formatVersion, levers or assumptions field)");
    }

    // --- format 1 -> 2 ------------------------------------------------------------------------
    // Format 1 (Divergence 0.0.x prototypes) was flat: every parameter at the top level, percentages
    // as fractions (0.2 for 20 %), "notes" and "savedAt" instead of description/created/modified,
    // the regulation design as an enum constant name, and always quarterly steps.

    private static final String V1_VERSION = "version";
    private static final List<String> V1_LEVERS = List.of(
            "electricityPrice", "asicEfficiency", "npuThroughput", "regulationStrength");
    private static final List<String> V1_ASSUMPTIONS = List.of(
            "btcPrice", "btcPriceDrift", "feesPerBlock", "startHashrate", "asicImprovement", "hardwareCost",
            "homePowerPremium", "smallFarmPowerPremium", "homeVintage", "smallFarmVintage", "industrialVintage",
            "hyperscaleVintage", "inferenceDemandGrowth", "taskSizeGrowth", "npuGrowth", "deviceReplacement",
            "residentialPrice", "privacyValue", "cloudCostDecline", "dataCenterPue", "complianceCost",
            "antiConsolidationSurcharge", "endYear", "regulationDesign", "seed");
    private static final List<String> V1_FRACTIONS = List.of(
            "regulationStrength", "btcPriceDrift", "asicImprovement", "inferenceDemandGrowth", "taskSizeGrowth",
            "npuGrowth", "cloudCostDecline", "antiConsolidationSurcharge");
    private static final Map<String, String> V1_DESIGNS = Map.of(
            "ANTI_CONSOLIDATION", "antiConsolidation", "COMPLIANCE_BURDEN", "complianceBurden");
    /** Format 1 always ran quarterly steps. */
    private static final int V1_STEPS_PER_YEAR = 4;

    private static void version1To2(ObjectNode tree, Renames renames) {
        tree.remove(V1_VERSION);
        renames.moved(V1_VERSION, FORMAT_VERSION);
        move(tree, "notes", tree, DESCRIPTION, renames);
        move(tree, "savedAt", tree, MODIFIED, renames);
        ObjectNode levers = tree.putObject(LEVERS);
        ObjectNode assumptions = tree.putObject(ASSUMPTIONS);
        for (String key : V1_LEVERS) {
            move(tree, key, levers, LEVERS + "." + key, renames);
        }
        for (String key : V1_ASSUMPTIONS) {
            move(tree, key, assumptions, ASSUMPTIONS + "." + key, renames);
        }
        for (String key : V1_FRACTIONS) {
            ObjectNode section = V1_LEVERS.contains(key) ? levers : assumptions;
            JsonNode value = section.get(key);
            if (value != null && value.isNumber() && Double.isFinite(value.doubleValue())) {
                BigDecimal percent = value.decimalValue().movePointRight(2).stripTrailingZeros();
                section.put(key, percent.scale() < 0 ? percent.setScale(0) : percent);
            }
        }
        JsonNode design = assumptions.get(REGULATION_DESIGN);
        if (design != null && design.isTextual() && V1_DESIGNS.containsKey(design.textValue())) {
            assumptions.put(REGULATION_DESIGN, V1_DESIGNS.get(design.textValue()));
        }
        assumptions.put("stepsPerYear", V1_STEPS_PER_YEAR);
    }

    // --- format 2 -> 3 ------------------------------------------------------------------------
    // Format 3 (model 1.2) adds three assumptions: startYear (the backcast) and, for the uncertainty
    // bands, btcPriceVolatility and monteCarloPaths. A format-2 file was written before they existed: it
    // gets the values every window then used, written in explicitly and without a "missing" warning,
    // so the file reads as the scenario it always was (its projection started on 1 January 2025).

    private static final String V2_START_YEAR = "startYear";
    private static final int V2_START = 2025;
    /** The BTC price volatility of the first release with bands, %/yr. */
    private static final int V2_BTC_PRICE_VOLATILITY = 50;
    /** The number of Monte Carlo paths of the first release with bands. */
    private static final int V2_MONTE_CARLO_PATHS = 500;

    private static void version2To3(ObjectNode tree, Renames unused) {
        JsonNode assumptions = tree.get(ASSUMPTIONS);
        if (assumptions instanceof ObjectNode section) {
            if (!section.has(V2_START_YEAR)) {
                section.put(V2_START_YEAR, V2_START);
            }
            if (!section.has("btcPriceVolatility")) {
                section.put("btcPriceVolatility", V2_BTC_PRICE_VOLATILITY);
            }
            if (!section.has("monteCarloPaths")) {
                section.put("monteCarloPaths", V2_MONTE_CARLO_PATHS);
            }
        }
    }

    /**
     * Moves a field if present; {@code newPath} is its full path in the upgraded tree. The rename is
     * recorded even when the field is absent, so "missing" warnings also use the file's own names.
     */
    private static void move(ObjectNode from, String key, ObjectNode to, String newPath, Renames renames) {
        JsonNode value = from.remove(key);
        if (value != null) {
            to.set(newPath.substring(newPath.lastIndexOf('.') + 1), value);
        }
        renames.moved(key, newPath);
    }

    /** Where each field of the upgraded tree was in the original file, composed across steps. */
    private static final class Renames {
        private final Map<String, String> original = new HashMap<>();

        void moved(String oldPath, String newPath) {
            String origin = original.remove(oldPath);
            original.put(newPath, origin != null ? origin : oldPath);
        }
    }
}
