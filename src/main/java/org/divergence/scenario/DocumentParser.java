package org.divergence.scenario;

import static org.divergence.scenario.ScenarioFormat.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Halving;
import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;

/**
 * Reads a current-format tree into a {@link ScenarioDocument}, field by field, collecting every
 * problem instead of stopping at the first.
 *
 * <p>The rule for what is an error: anything that would change the projection (a lever, an
 * assumption, the design, the seed) must be read exactly or the file does not open. Everything
 * else (name, notes, timestamps, view settings, unknown fields) falls back to a default with a
 * warning, because refusing a whole file over a broken timestamp would cost the user more than it saves.
 */
final class DocumentParser {

    private static final Set<String> TOP_LEVEL = Set.of(FORMAT_VERSION, MODEL_VERSION, NAME, DESCRIPTION,
            CREATED, MODIFIED, LEVERS, ASSUMPTIONS, VIEW);
    /** Editors add "$schema" to get validation and completion; it is welcome and ignored. */
    private static final String SCHEMA_HINT = "$schema";
    private static final String UNKNOWN_FIELD = "unknown field, ignored";
    private static final int LEVER_COUNT = Parameter.levers().size();
    private static final int ASSUMPTION_COUNT = Parameter.values().length - LEVER_COUNT + 2;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    List<Problem> errors() { return errors; }

    List<Problem> warnings() { return warnings; }

    /** The document, or empty when {@link #errors()} says why not. */
    Optional<ScenarioDocument> parse(ObjectNode root, String fallbackName) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_LEVEL.contains(name) && !name.equals(SCHEMA_HINT)) {
                warnings.add(new Problem(name, UNKNOWN_FIELD));
            }
        }
        checkModelVersion(root.get(MODEL_VERSION));
        String name = text(root, NAME, MAX_NAME_CHARS).filter(n -> !n.isBlank()).orElse(fallbackName);
        String description = text(root, DESCRIPTION, MAX_DESCRIPTION_CHARS).orElse("");
        Optional<Instant> created = time(root.get(CREATED), CREATED);
        Optional<Instant> modified = time(root.get(MODIFIED), MODIFIED);
        Optional<Scenario> scenario = scenario(root, "", errors, warnings);
        ViewSettings view = scenario.map(s -> view(root.get(VIEW), s)).orElse(ViewSettings.NONE);
        if (!errors.isEmpty() || scenario.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ScenarioDocument(name, description, created, modified, scenario.get(), view));
    }

    private void checkModelVersion(JsonNode node) {
        if (node == null) {
            return;
        }
        if (!node.isTextual()) {
            warnings.add(new Problem(MODEL_VERSION, "must be text such as \"" + DivergenceModel.VERSION
                    + "\", got " + Json.describe(node) + "; ignored"));
        } else if (!node.textValue().equals(DivergenceModel.VERSION)) {
            warnings.add(new Problem(MODEL_VERSION, "saved with model " + Json.shorten(node.textValue())
                    + "; this is model " + DivergenceModel.VERSION + ", so results may differ from when it was saved"));
        }
    }

    private Optional<String> text(ObjectNode root, String field, int maxChars) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            warnings.add(new Problem(field, "must be text, got " + Json.describe(node) + "; ignored"));
            return Optional.empty();
        }
        String value = node.textValue();
        if (value.length() > maxChars) {
            warnings.add(new Problem(field, "longer than " + maxChars + " characters; shortened"));
            return Optional.of(value.substring(0, maxChars));
        }
        return Optional.of(value);
    }

    private Optional<Instant> time(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            try {
                return Optional.of(OffsetDateTime.parse(node.textValue()).toInstant());
            } catch (DateTimeException e) {
                // fall through to the warning
            }
        }
        warnings.add(new Problem(field, "must be an ISO-8601 time such as 2025-01-31T12:00:00Z, got "
                + Json.describe(node) + "; ignored"));
        return Optional.empty();
    }

    // --- the model input -------------------------------------------------------------------------

    /** Reads "levers" and "assumptions" under {@code parent}; shared by the document and its baseline. */
    private static Optional<Scenario> scenario(JsonNode parent, String path, List<Problem> errors, List<Problem> warnings) {
        Scenario scenario = Scenario.defaults();
        int errorsBefore = errors.size();
        ObjectNode levers = section(parent, path, LEVERS, LEVER_COUNT + " levers", errors, warnings);
        ObjectNode assumptions = section(parent, path, ASSUMPTIONS, ASSUMPTION_COUNT + " assumptions", errors, warnings);
        if (levers != null) {
            warnUnknown(levers, Json.child(path, LEVERS), Set.of(), warnings);
        }
        if (assumptions != null) {
            warnUnknown(assumptions, Json.child(path, ASSUMPTIONS), Set.of(REGULATION_DESIGN, SEED), warnings);
        }
        for (Parameter p : Parameter.values()) {
            ObjectNode section = p.isLever() ? levers : assumptions;
            if (section == null) {
                continue;
            }
            String field = Json.child(Json.child(path, p.isLever() ? LEVERS : ASSUMPTIONS), p.key());
            JsonNode node = section.get(p.key());
            if (node == null) {
                warnings.add(new Problem(field, "missing; set to the default " + p.format(p.defaultValue()) + " " + p.unit()));
                continue;
            }
            OptionalDoubleResult value = number(node, p);
            if (value.error != null) {
                errors.add(new Problem(field, value.error));
            } else {
                scenario = scenario.with(p, value.value);
            }
        }
        if (assumptions != null) {
            String designField = Json.child(Json.child(path, ASSUMPTIONS), REGULATION_DESIGN);
            JsonNode design = assumptions.get(REGULATION_DESIGN);
            if (design == null) {
                warnings.add(new Problem(designField, "missing; set to the default "
                        + Scenario.defaults().regulationDesign().key()));
            } else if (design.isTextual() && isDesign(design.textValue())) {
                scenario = scenario.withRegulationDesign(RegulationDesign.fromKey(design.textValue()));
            } else {
                errors.add(new Problem(designField, "must be \"antiConsolidation\" or \"complianceBurden\", got "
                        + Json.describe(design)));
            }
            String seedField = Json.child(Json.child(path, ASSUMPTIONS), SEED);
            JsonNode seed = assumptions.get(SEED);
            if (seed == null) {
                warnings.add(new Problem(seedField, "missing; set to the default " + Scenario.defaults().seed()));
            } else if (seed.isIntegralNumber() && seed.canConvertToLong()) {
                scenario = scenario.withSeed(seed.longValue());
            } else {
                errors.add(new Problem(seedField, "must be a whole number (64-bit), got " + Json.describe(seed)));
            }
        }
        return errors.size() == errorsBefore ? Optional.of(scenario) : Optional.empty();
    }

    private static ObjectNode section(JsonNode parent, String path, String name, String what,
                                      List<Problem> errors, List<Problem> warnings) {
        String field = Json.child(path, name);
        JsonNode node = parent.get(name);
        if (node == null) {
            warnings.add(new Problem(field, "missing; all " + what + " set to their defaults"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(new Problem(field, "must be an object { ... }, got " + Json.describe(node)));
            return null;
        }
        return (ObjectNode) node;
    }

    private static void warnUnknown(ObjectNode section, String path, Set<String> alsoKnown, List<Problem> warnings) {
        boolean leverSection = path.endsWith(LEVERS);
        for (Iterator<String> names = section.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            Optional<Parameter> parameter = Parameter.byKey(name);
            if (alsoKnown.contains(name) || parameter.filter(p -> p.isLever() == leverSection).isPresent()) {
                continue;
            }
            String message = UNKNOWN_FIELD;
            if (parameter.isPresent()) {
                message += " (" + name + " belongs in " + (parameter.get().isLever() ? LEVERS : ASSUMPTIONS) + ")";
            } else if (leverSection && (name.equals(REGULATION_DESIGN) || name.equals(SEED))) {
                message += " (" + name + " belongs in " + ASSUMPTIONS + ")";
            }
            warnings.add(new Problem(Json.child(path, name), message));
        }
    }


    private static boolean isDesign(String text) {
        for (RegulationDesign d : RegulationDesign.values()) {
            if (d.key().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** A parameter value or the reason it is not one. */
    private record OptionalDoubleResult(double value, String error) {
        static OptionalDoubleResult ok(double value) { return new OptionalDoubleResult(value, null); }
        static OptionalDoubleResult fail(String error) { return new OptionalDoubleResult(Double.NaN, error); }
    }

    private static OptionalDoubleResult number(JsonNode node, Parameter p) {
        if (!node.isNumber()) {
            String kind = p.isInteger() ? "a whole number" : "a number";
            return OptionalDoubleResult.fail("must be " + kind + " between " + p.rangeText() + ", got " + Json.describe(node));
        }
        double value = node.doubleValue();
        return p.problem(value)
                .map(problem -> OptionalDoubleResult.fail(problem + ", got " + Json.describe(node)))
                .orElseGet(() -> OptionalDoubleResult.ok(value));
    }

    // --- view settings ---------------------------------------------------------------------------

    private ViewSettings view(JsonNode node, Scenario scenario) {
        if (node == null || node.isNull()) {
            return ViewSettings.NONE;
        }
        if (!node.isObject()) {
            warnings.add(new Problem(VIEW, "must be an object { ... }, got " + Json.describe(node) + "; ignored"));
            return ViewSettings.NONE;
        }
        warnUnknownView((ObjectNode) node);
        return new ViewSettings(summaryYear(node.get(SUMMARY_YEAR), scenario), baseline(node.get(BASELINE)));
    }

    private void warnUnknownView(ObjectNode view) {
        for (Iterator<Map.Entry<String, JsonNode>> it = view.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!name.equals(SUMMARY_YEAR) && !name.equals(BASELINE)) {
                warnings.add(new Problem(Json.child(VIEW, name), UNKNOWN_FIELD));
            }
        }
    }

    private OptionalInt summaryYear(JsonNode node, Scenario scenario) {
        if (node == null || node.isNull()) {
            return OptionalInt.empty();
        }
        int first = (int) Halving.START_YEAR;
        int last = scenario.endYear();
        if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= first && node.intValue() <= last) {
            return OptionalInt.of(node.intValue());
        }
        warnings.add(new Problem(Json.child(VIEW, SUMMARY_YEAR), "must be a whole year from " + first + " to "
                + last + ", got " + Json.describe(node) + "; ignored"));
        return OptionalInt.empty();
    }

    private Optional<ViewSettings.Baseline> baseline(JsonNode node) {
        String path = Json.child(VIEW, BASELINE);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            warnings.add(new Problem(path, "must be an object { ... }, got " + Json.describe(node) + "; ignored"));
            return Optional.empty();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(NAME) && !name.equals(LEVERS) && !name.equals(ASSUMPTIONS)) {
                warnings.add(new Problem(Json.child(path, name), UNKNOWN_FIELD));
            }
        }
        // The baseline is for comparison only, so its problems are warnings and it is dropped.
        List<Problem> baselineErrors = new ArrayList<>();
        Optional<Scenario> scenario = scenario(node, path, baselineErrors, warnings);
        for (Problem p : baselineErrors) {
            warnings.add(new Problem(p.field(), p.message() + "; baseline ignored"));
        }
        JsonNode name = node.get(NAME);
        String baselineName = name != null && name.isTextual() && !name.textValue().isBlank()
                ? name.textValue().substring(0, Math.min(MAX_NAME_CHARS, name.textValue().length())) : "Baseline";
        return scenario.map(s -> new ViewSettings.Baseline(baselineName, s));
    }
}
