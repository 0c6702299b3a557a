package org.divergence.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens scenario files, and figures (PNG, SVG, PDF) that carry one: see {@link FigureFiles}. Every way
 * a file can be wrong ends in a {@link ScenarioFileException} whose message names the file, the field
 * and the problem; nothing else escapes, whatever the bytes.
 *
 * <p>The checks run cheapest first: size before reading, text before parsing, syntax before fields.
 * A figure is recognised by its first bytes, whatever its name; the scenario taken out of it then goes
 * through exactly the same checks as a scenario file.
 */
public final class ScenarioReader {

    /** The field that marks a challenge file (org.divergence.challenge), which embeds a scenario but is not one. */
    private static final String CHALLENGE_FORMAT = "challengeFormat";

    private ScenarioReader() {}

    public static LoadedScenario read(Path file) throws ScenarioFileException {
        String source = String.valueOf(file.getFileName());
        return read(readBytes(file, source), source, ScenarioFormat.baseName(source));
    }

    /**
     * Reads a scenario from bytes (a preset, a recovered autosave, a figure's bytes). {@code source}
     * names it in messages; {@code fallbackName} is the document name if the file has none.
     */
    public static LoadedScenario read(byte[] bytes, String source, String fallbackName) throws ScenarioFileException {
        Optional<FigureFiles.Kind> figure = FigureFiles.kindOf(bytes);
        if (figure.isPresent()) {
            bytes = FigureFiles.scenarioJson(bytes, figure.get(), source);
        } else if (startsWithMarkup(bytes)) {
            // Without this, an HTML page or a cut-off SVG would get a JSON syntax error about '<'.
            throw new ScenarioFileException(source, "is not a scenario file: it is XML or HTML, but not an SVG"
                    + " figure (an SVG must start with <svg, after an optional XML declaration and comments)");
        }
        return read(parse(bytes, source), source, fallbackName);
    }

    /** Bytes to a JSON tree under the format's limits, for files that embed a scenario document (challenges). */
    public static JsonNode parse(byte[] bytes, String source) throws ScenarioFileException {
        if (bytes.length > ScenarioFormat.MAX_FILE_BYTES) {
            throw tooBig(source, bytes.length);
        }
        return parseTree(decodeText(bytes, source), source);
    }

    /** Reads a parsed tree, for files embedding a scenario document (the autosave store, challenges). */
    public static LoadedScenario read(JsonNode tree, String source, String fallbackName) throws ScenarioFileException {
        if (!tree.isObject()) {
            throw new ScenarioFileException(source, "must contain a JSON object { ... }, found " + Json.describe(tree));
        }
        if (tree.has(CHALLENGE_FORMAT)) {
            // Read as a scenario it would open as today's world with a list of ignored fields.
            throw new ScenarioFileException(source, "is a challenge file, not a scenario file: open it with"
                    + " Challenges > Open challenge file");
        }
        Migrations.Result migrated = Migrations.upgrade((ObjectNode) tree, source);
        DocumentParser parser = new DocumentParser();
        Optional<ScenarioDocument> document = parser.parse(migrated.tree(), fallbackName);
        if (document.isEmpty()) {
            throw new ScenarioFileException(source, inOriginalTerms(parser.errors(), migrated));
        }
        List<Problem> warnings = new ArrayList<>(migrated.warnings());
        warnings.addAll(inOriginalTerms(parser.warnings(), migrated));
        return new LoadedScenario(document.get(), migrated.fromVersion(), warnings);
    }

    /** Problems name fields as they appear in the file the user has, not as migrated. */
    private static List<Problem> inOriginalTerms(List<Problem> problems, Migrations.Result migrated) {
        List<Problem> renamed = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            renamed.add(new Problem(migrated.originalPath(p.field()), p.message()));
        }
        return renamed;
    }

    private static byte[] readBytes(Path file, String source) throws ScenarioFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioFileException(source, "is a folder, not a scenario file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe or device would block or never end; scenario files are plain files.
                throw new ScenarioFileException(source, "is not a regular file");
            }
            long size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                // A figure may be larger than a scenario file: its first bytes decide which limit applies.
                byte[] head = in.readNBytes(FigureFiles.SNIFF_BYTES);
                Optional<FigureFiles.Kind> figure = FigureFiles.kindOf(head);
                int limit = figure.isPresent() ? FigureFiles.MAX_FIGURE_BYTES : ScenarioFormat.MAX_FILE_BYTES;
                if (size > limit) {
                    throw figure.isPresent() ? FigureFiles.tooBig(figure.get(), source, size) : tooBig(source, size);
                }
                // One array of the measured size (a figure can be 64 MB: no second copy), then whatever the
                // file gained since it was measured, at most one byte past the limit.
                byte[] bytes = java.util.Arrays.copyOf(head, (int) Math.max(head.length, size));
                int read = head.length + in.readNBytes(bytes, head.length, bytes.length - head.length);
                byte[] grown = in.readNBytes(limit + 1 - read);
                if (read + grown.length > limit) {
                    throw figure.isPresent() ? FigureFiles.tooBig(figure.get(), source, read + grown.length)
                            : tooBig(source, read + grown.length);
                }
                if (read < bytes.length || grown.length > 0) { // the file changed while it was read
                    bytes = java.util.Arrays.copyOf(bytes, read + grown.length);
                    System.arraycopy(grown, 0, bytes, read, grown.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(source, "file not found (" + file.toAbsolutePath() + ")", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(source, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new ScenarioFileException(source, "cannot be read: " + describe(e), e);
        }
    }

    /** After an optional byte-order mark and whitespace, '<': markup, never JSON. */
    private static boolean startsWithMarkup(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    private static ScenarioFileException tooBig(String source, long size) {
        return new ScenarioFileException(source, String.format(Locale.ROOT,
                "is too large to be a scenario file (%.1f MB; the limit is %d KB)",
                size / 1_000_000.0, ScenarioFormat.MAX_FILE_BYTES / 1024));
    }

    /** Strict UTF-8 with no NUL characters; a leading byte-order mark is allowed and skipped. */
    private static String decodeText(byte[] bytes, String source) throws ScenarioFileException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notText(source, in.position());
        }
        // Valid UTF-8 can still be binary: NUL never appears in a text file.
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw notText(source, i);
            }
        }
        String text = out.flip().toString();
        if (text.isBlank()) {
            throw new ScenarioFileException(source, "the file is empty");
        }
        return text;
    }

    private static ScenarioFileException notText(String source, int offset) {
        return new ScenarioFileException(source,
                "is not a scenario file: binary content (not UTF-8 text) at byte " + offset);
    }

    private static JsonNode parseTree(String text, String source) throws ScenarioFileException {
        try {
            return ScenarioFormat.mapper().readTree(text);
        } catch (StreamConstraintsException e) {
            String place = place(e);
            throw new ScenarioFileException(source, "refused: " + constraintMessage(e) + (place.isEmpty() ? "" : " at " + place), e);
        } catch (JsonProcessingException e) {
            String field = fieldAt(e);
            String original = firstLine(String.valueOf(e.getOriginalMessage()));
            String place = place(e);
            String problem = original.startsWith("Duplicate field")
                    ? "appears twice" + (place.isEmpty() ? "" : " (" + place + ")")
                    : "malformed JSON" + (place.isEmpty() ? "" : " at " + place) + ": " + syntaxMessage(original);
            throw new ScenarioFileException(source, List.of(new Problem(field, problem)), e);
        }
    }

    /** "line 3, column 14", or empty when Jackson does not know the place. */
    private static String place(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The JSON path the parser was inside when it failed, e.g. "levers.npuThroughput". */
    private static String fieldAt(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                names.add(0, c.getCurrentName());
            } else if (c.inArray()) {
                names.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        return String.join(".", names).replace(".[", "[");
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "nested deeper than " + ScenarioFormat.MAX_NESTING_DEPTH + " levels";
        }
        if (message.contains("Number value length") || message.contains("Number length")) {
            return "a number longer than " + ScenarioFormat.MAX_NUMBER_LENGTH + " digits";
        }
        if (message.contains("String value length")) {
            return "a text value longer than the file size limit";
        }
        if (message.contains("Token count")) {
            return "too many values for a scenario file";
        }
        if (message.contains("Name length")) {
            return "a field name longer than 1000 characters";
        }
        return "exceeds the reading limits (" + firstLine(message) + ")";
    }

    /** Jackson's wording, shortened and without its internal details. */
    private static String syntaxMessage(String original) {
        if (original.startsWith("Unexpected end-of-input")) {
            return "the file ends before an object or list is closed (was it cut off?)";
        }
        if (original.startsWith("Trailing token")) {
            return "more content after the end of the scenario object";
        }
        if (original.startsWith("Unrecognized token")) {
            int colon = original.indexOf(':');
            return (colon < 0 ? original : original.substring(0, colon))
                    + ": expected a value (a number, \"text\", true, false, null, an object or a list)";
        }
        return original.replaceAll(" \\(code -?\\d+\\)", "")
                .replaceAll("\\s*\\(start marker at .*$", "")
                .replaceAll("\\s*\\[Source:.*$", "");
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
