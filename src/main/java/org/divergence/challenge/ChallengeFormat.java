package org.divergence.challenge;

/** The challenge file format's constants: its version, extension, limits and field names (docs/CHALLENGES.md). */
public final class ChallengeFormat {

    /** The format version this build reads. */
    public static final int CURRENT_VERSION = 1;
    public static final String EXTENSION = ".challenge.json";
    public static final int MAX_TITLE_CHARS = 200;
    public static final int MAX_TEXT_CHARS = 2_000;
    public static final int MAX_CONDITIONS = 12;

    // Top-level fields.
    static final String FORMAT = "challengeFormat";
    static final String TITLE = "title";
    static final String QUESTION = "question";
    static final String HINT = "hint";
    static final String SCENARIO = "scenario";
    static final String PRESET = "preset";
    static final String GOAL = "goal";
    static final String LOCKED = "locked";
    /** Editors add "$schema" for completion; welcome and ignored, as in scenario files. */
    static final String SCHEMA_HINT = "$schema";

    // Fields of one condition.
    static final String OUTPUT = "output";
    static final String LABEL = "label";
    static final String AT = "at";
    static final String BEFORE = "before";
    static final String FROM = "from";
    static final String UNTIL = "until";

    private ChallengeFormat() {}

    /** True for names ending in .challenge.json (any case). */
    public static boolean hasExtension(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION);
    }

    /** The file name without .challenge.json (or .json): the challenge's id. */
    public static String baseName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        for (String extension : new String[] {EXTENSION, ".json"}) {
            if (lower.endsWith(extension)) {
                return fileName.substring(0, fileName.length() - extension.length());
            }
        }
        return fileName;
    }
}
