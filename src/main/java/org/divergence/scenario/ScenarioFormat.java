package org.divergence.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The scenario file format's constants and its one configured Jackson mapper.
 *
 * <p>The mapper is used only through the tree model ({@code JsonNode}); it never binds JSON to
 * classes and has no default typing, so a file cannot make the app instantiate anything. Read
 * constraints keep a hostile or broken file from costing more than a few milliseconds.
 */
public final class ScenarioFormat {

    /** The format version this build writes. See docs/SCENARIO_FORMAT.md for the history. */
    public static final int CURRENT_VERSION = 3;
    public static final String EXTENSION = ".divergence.json";
    /** Scenario files are about 2 KB; anything above this is not one. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** A scenario document is four levels deep; 32 leaves room and refuses pathological nesting early. */
    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_NAME_CHARS = 200;
    public static final int MAX_DESCRIPTION_CHARS = 10_000;

    // Field names, in the order they are written.
    static final String FORMAT_VERSION = "formatVersion";
    static final String MODEL_VERSION = "modelVersion";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String CREATED = "created";
    static final String MODIFIED = "modified";
    static final String LEVERS = "levers";
    static final String ASSUMPTIONS = "assumptions";
    static final String REGULATION_DESIGN = "regulationDesign";
    static final String SEED = "seed";
    static final String VIEW = "view";
    static final String SUMMARY_YEAR = "summaryYear";
    static final String BASELINE = "baseline";

    private static final JsonMapper MAPPER = createMapper();

    private ScenarioFormat() {}

    static JsonMapper mapper() {
        return MAPPER;
    }

    /** True for names ending in .divergence.json (any case), the format's own extension. */
    public static boolean hasExtension(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION);
    }

    /**
     * The file name without the format's extension (or without .json, or a figure's .png, .svg or .pdf),
     * used when a file has no name field and to name a scenario file saved from an opened figure.
     */
    public static String baseName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(EXTENSION)) {
            return fileName.substring(0, fileName.length() - EXTENSION.length());
        }
        for (String extension : new String[] {".json", ".png", ".svg", ".pdf"}) {
            if (lower.endsWith(extension)) {
                return fileName.substring(0, fileName.length() - extension.length());
            }
        }
        return fileName;
    }

    private static JsonMapper createMapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_FILE_BYTES)
                .maxNameLength(1_000)
                .maxDocumentLength(MAX_FILE_BYTES)
                .maxTokenCount(200_000)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                // NaN and Infinity are parsed so the validator can name the field they sit in,
                // instead of a bare "non-standard token" syntax error.
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultPrettyPrinter(printer)
                .build();
    }
}
