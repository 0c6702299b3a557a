package org.divergence.challenge;

import static org.divergence.challenge.ChallengeFormat.*;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.divergence.challenge.Condition.Comparison;
import org.divergence.challenge.Condition.Period;
import org.divergence.challenge.Condition.Target;
import org.divergence.model.Halving;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.scenario.Json;
import org.divergence.scenario.Presets;
import org.divergence.scenario.Problem;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioFileException;
import org.divergence.scenario.ScenarioFormat;
import org.divergence.scenario.ScenarioReader;

/**
 * Opens challenge files. Every way a file can be wrong ends in a {@link ScenarioFileException} (the
 * same kind scenario files give) naming the file, the field and the problem, every problem at once,
 * so a teacher fixes a file in one go. Stricter than the scenario reader: an unknown field is an
 * error, because a misspelt "abvoe" would otherwise quietly drop a condition. The scenario inside is
 * read by the scenario reader itself, as leniently as any scenario file.
 */
public final class ChallengeReader {

    private static final int FIRST_YEAR = (int) Halving.START_YEAR;
    private static final Set<String> TOP_LEVEL = Set.of(FORMAT, TITLE, QUESTION, HINT, SCENARIO, PRESET, GOAL,
            LOCKED, SCHEMA_HINT);
    private static final Set<String> TIMES = Set.of(AT, BEFORE, FROM);

    private final String source;
    private final List<Problem> errors = new ArrayList<>();

    private ChallengeReader(String source) {
        this.source = source;
    }

    public static Challenge read(Path file) throws ScenarioFileException {
        String source = String.valueOf(file.getFileName());
        return read(readBytes(file, source), source, baseName(source));
    }

    /** Reads a challenge from bytes (a shipped one); {@code source} names it in messages, {@code id} identifies it. */
    public static Challenge read(byte[] bytes, String source, String id) throws ScenarioFileException {
        return new ChallengeReader(source).parse(ScenarioReader.parse(bytes, source), id);
    }

    private Challenge parse(JsonNode root, String id) throws ScenarioFileException {
        if (!root.isObject()) {
            throw new ScenarioFileException(source, "must contain a JSON object { ... }, found " + Json.describe(root));
        }
        checkFormat(root.get(FORMAT));
        refuseUnknown(root, "", TOP_LEVEL);
        String title = text(root.get(TITLE), TITLE, MAX_TITLE_CHARS, true).orElse("");
        String question = text(root.get(QUESTION), QUESTION, MAX_TEXT_CHARS, true).orElse("");
        Optional<String> hint = text(root.get(HINT), HINT, MAX_TEXT_CHARS, false);
        Optional<ScenarioDocument> start = start(root, title, question);
        // Years are checked against the start's horizon; without a readable start, against the longest there is.
        int lastYear = start.map(s -> s.scenario().endYear()).orElse((int) Parameter.END_YEAR.max());
        List<Condition> goal = goal(root.get(GOAL), lastYear);
        List<Lock> locks = locks(root.get(LOCKED));
        if (!errors.isEmpty() || start.isEmpty()) {
            throw new ScenarioFileException(source, errors);
        }
        return new Challenge(id, title, question, hint, start.get(), goal, locks);
    }

    private void checkFormat(JsonNode node) throws ScenarioFileException {
        if (node == null) {
            throw new ScenarioFileException(source, "is not a challenge file: it has no \"" + FORMAT
                    + "\" field (scenario files open with File > Open)");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            errors.add(new Problem(FORMAT, "must be the whole number " + CURRENT_VERSION + ", got " + Json.describe(node)));
        } else if (node.intValue() > CURRENT_VERSION) {
            throw new ScenarioFileException(source, "written for a newer Divergence (challenge format " + node.intValue()
                    + "); this version reads format " + CURRENT_VERSION + ". Update Divergence to open it.");
        }
    }

    // --- text ---------------------------------------------------------------------------------

    private Optional<String> text(JsonNode node, String field, int maxChars, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(new Problem(field, "missing: every challenge needs one"));
            }
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            errors.add(new Problem(field, "must be text, got " + (node.isTextual() ? "blank text" : Json.describe(node))));
            return Optional.empty();
        }
        if (node.textValue().length() > maxChars) {
            errors.add(new Problem(field, "must be at most " + maxChars + " characters, got " + node.textValue().length()));
            return Optional.empty();
        }
        return Optional.of(node.textValue().strip());
    }

    // --- the start ----------------------------------------------------------------------------

    /** The embedded scenario, or the named preset, or the Baseline preset: named after the challenge. */
    private Optional<ScenarioDocument> start(JsonNode root, String title, String question) {
        JsonNode scenario = root.get(SCENARIO);
        JsonNode preset = root.get(PRESET);
        Optional<ScenarioDocument> document;
        if (scenario != null && preset != null) {
            errors.add(new Problem(PRESET, "give either \"" + SCENARIO + "\" or \"" + PRESET + "\", not both"));
            return Optional.empty();
        } else if (scenario != null) {
            document = embedded(scenario, title);
        } else if (preset != null) {
            document = preset(preset);
        } else {
            document = Presets.find(Presets.BASELINE).map(Presets.Preset::document);
        }
        return document.map(d -> new ScenarioDocument(title, question, Optional.empty(), Optional.empty(),
                d.scenario(), d.view()));
    }

    private Optional<ScenarioDocument> embedded(JsonNode scenario, String title) {
        try {
            return Optional.of(ScenarioReader.read(scenario, source, title).document());
        } catch (ScenarioFileException e) {
            for (Problem p : e.problems()) {
                errors.add(new Problem(p.field().isEmpty() ? SCENARIO : Json.child(SCENARIO, p.field()), p.message()));
            }
            return Optional.empty();
        }
    }

    private Optional<ScenarioDocument> preset(JsonNode preset) {
        Optional<Presets.Preset> found = preset.isTextual() ? Presets.find(preset.textValue()) : Optional.empty();
        if (found.isEmpty()) {
            errors.add(new Problem(PRESET, "must name a preset (" + String.join(", ", Presets.ids()) + "), got "
                    + Json.describe(preset)));
        }
        return found.map(Presets.Preset::document);
    }

    // --- the goal -----------------------------------------------------------------------------

    private List<Condition> goal(JsonNode goal, int lastYear) {
        if (goal == null || goal.isNull()) {
            errors.add(new Problem(GOAL, "missing: list the conditions that solve the challenge, such as "
                    + "[{ \"output\": \"mining_decentralization_index\", \"above\": 40, \"at\": 2035 }]"));
            return List.of();
        }
        if (!goal.isArray()) {
            errors.add(new Problem(GOAL, "must be a list [ ... ] of conditions, got " + Json.describe(goal)));
            return List.of();
        }
        if (goal.isEmpty() || goal.size() > MAX_CONDITIONS) {
            errors.add(new Problem(GOAL, "must list 1 to " + MAX_CONDITIONS + " conditions, got " + goal.size()));
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < goal.size(); i++) {
            condition(goal.get(i), GOAL + "[" + i + "]", lastYear).ifPresent(conditions::add);
        }
        return conditions;
    }

    private Optional<Condition> condition(JsonNode node, String path, int lastYear) {
        if (!node.isObject()) {
            errors.add(new Problem(path, "must be an object { ... }, got " + Json.describe(node)));
            return Optional.empty();
        }
        Set<String> known = new HashSet<>(Set.of(OUTPUT, LABEL, UNTIL));
        known.addAll(TIMES);
        Arrays.stream(Comparison.values()).map(Comparison::key).forEach(known::add);
        int errorsBefore = errors.size();
        refuseUnknown(node, path, known);

        Optional<Output> output = output(node.get(OUTPUT), Json.child(path, OUTPUT));
        Optional<Comparison> comparison = oneOf(node, path, Arrays.stream(Comparison.values()).toList(),
                Comparison::key, "a comparison");
        Optional<Target> target = comparison.flatMap(c -> target(node.get(c.key()), Json.child(path, c.key()), lastYear));
        Optional<Period> period = period(node, path, comparison, lastYear);
        Optional<String> label = text(node.get(LABEL), Json.child(path, LABEL), MAX_TEXT_CHARS, false);
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Condition(output.get(), comparison.get(), target.get(), period.get(), label));
    }

    /** Exactly one of {@code choices} is a field of {@code node}. */
    private <T> Optional<T> oneOf(JsonNode node, String path, List<T> choices, java.util.function.Function<T, String> key,
                                  String what) {
        List<T> present = choices.stream().filter(c -> node.has(key.apply(c))).toList();
        String names = choices.stream().map(key).collect(Collectors.joining(", "));
        if (present.size() == 1) {
            return Optional.of(present.get(0));
        }
        errors.add(new Problem(path, present.isEmpty()
                ? "needs " + what + ": one of " + names
                : "has " + present.size() + " of " + names + "; keep one ("
                        + present.stream().map(key).collect(Collectors.joining(", ")) + ")"));
        return Optional.empty();
    }

    private Optional<Output> output(JsonNode node, String path) {
        Optional<Output> output = node != null && node.isTextual()
                ? Arrays.stream(Output.values()).filter(o -> o.column().equals(node.textValue())).findFirst()
                : Optional.empty();
        if (output.isEmpty()) {
            errors.add(new Problem(path, (node == null ? "missing" : "unknown output " + Json.describe(node))
                    + ": name a CSV column such as \"mining_decentralization_index\" or \"edge_inference_share\""
                    + " (docs/CSV_COLUMNS.md lists them all)"));
        }
        return output;
    }

    /** A number, or { "output": ..., "at": year }. */
    private Optional<Target> target(JsonNode node, String path, int lastYear) {
        if (node.isNumber() && Double.isFinite(node.doubleValue())) {
            return Optional.of(new Target.Number(node.doubleValue()));
        }
        if (node.isObject()) {
            refuseUnknown(node, path, Set.of(OUTPUT, AT));
            Optional<Output> output = output(node.get(OUTPUT), Json.child(path, OUTPUT));
            OptionalInt year = node.has(AT) ? year(node.get(AT), Json.child(path, AT), FIRST_YEAR, lastYear) : OptionalInt.empty();
            boolean yearOk = !node.has(AT) || year.isPresent();
            return output.filter(o -> yearOk).map(o -> new Target.OtherOutput(o, year));
        }
        errors.add(new Problem(path, "must be a finite number or an output such as { \"output\": "
                + "\"mining_decentralization_index\" }, got " + Json.describe(node)));
        return Optional.empty();
    }

    private Optional<Period> period(JsonNode node, String path, Optional<Comparison> comparison, int lastYear) {
        Optional<String> time = oneOf(node, path, List.of(AT, BEFORE, FROM), t -> t, "a time");
        if (node.has(UNTIL) && !time.equals(Optional.of(FROM))) {
            errors.add(new Problem(Json.child(path, UNTIL), "only goes with \"" + FROM + "\""));
            return Optional.empty();
        }
        if (time.isEmpty()) {
            return Optional.empty();
        }
        if (comparison.filter(Comparison::isCrossing).isPresent() && !time.get().equals(BEFORE)) {
            errors.add(new Problem(Json.child(path, comparison.get().key()), "is a crossing: it needs \"" + BEFORE
                    + "\" (a year), not \"" + time.get() + "\""));
            return Optional.empty();
        }
        String field = Json.child(path, time.get());
        return switch (time.get()) {
            case AT -> box(year(node.get(AT), field, FIRST_YEAR, lastYear)).map(Period::at);
            // "before 2025" would leave no time step to look at; "before" the year after the horizon is all of it.
            case BEFORE -> box(year(node.get(BEFORE), field, FIRST_YEAR + 1, lastYear + 1)).map(Period::before);
            default -> {
                OptionalInt from = year(node.get(FROM), field, FIRST_YEAR, lastYear);
                OptionalInt until = node.has(UNTIL)
                        ? year(node.get(UNTIL), Json.child(path, UNTIL), from.orElse(FIRST_YEAR), lastYear)
                        : OptionalInt.of(lastYear);
                yield from.isPresent() && until.isPresent()
                        ? Optional.of(Period.from(from.getAsInt(), until.getAsInt())) : Optional.empty();
            }
        };
    }

    private OptionalInt year(JsonNode node, String path, int first, int last) {
        if (node != null && node.isIntegralNumber() && node.canConvertToInt()
                && node.intValue() >= first && node.intValue() <= last) {
            return OptionalInt.of(node.intValue());
        }
        errors.add(new Problem(path, "must be a whole year from " + first + " to " + last + ", got " + Json.describe(node)));
        return OptionalInt.empty();
    }

    private static Optional<Integer> box(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    // --- locks --------------------------------------------------------------------------------

    private List<Lock> locks(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new Problem(LOCKED, "must be a list [ ... ] of setting keys such as [\"npuThroughput\"], got "
                    + Json.describe(node)));
            return List.of();
        }
        List<Lock> locks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode key = node.get(i);
            String path = LOCKED + "[" + i + "]";
            Optional<Lock> lock = key.isTextual() ? Lock.byKey(key.textValue()) : Optional.empty();
            if (lock.isEmpty()) {
                errors.add(new Problem(path, "must be the key of a lever or assumption as in scenario files (such as"
                        + " \"npuThroughput\"), or \"regulationDesign\"; got " + Json.describe(key)));
            } else if (!seen.add(lock.get().key())) {
                errors.add(new Problem(path, "\"" + lock.get().key() + "\" is listed twice"));
            } else {
                locks.add(lock.get());
            }
        }
        return locks;
    }

    // --- shared -------------------------------------------------------------------------------

    private void refuseUnknown(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new Problem(Json.child(path, name), "unknown field (misspelt?); known here: "
                        + known.stream().filter(k -> !k.equals(SCHEMA_HINT)).sorted().collect(Collectors.joining(", "))));
            }
        }
    }

    private static byte[] readBytes(Path file, String source) throws ScenarioFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioFileException(source, "is a folder, not a challenge file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe or device would block or never end.
                throw new ScenarioFileException(source, "is not a regular file");
            }
            long size = Files.size(file);
            if (size > ScenarioFormat.MAX_FILE_BYTES) {
                throw new ScenarioFileException(source, String.format(Locale.ROOT,
                        "is too large to be a challenge file (%.1f MB; the limit is %d KB)",
                        size / 1_000_000.0, ScenarioFormat.MAX_FILE_BYTES / 1024));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(source, "file not found (" + file.toAbsolutePath() + ")", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(source, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ScenarioFileException(source, "cannot be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
