package org.divergence.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for talking about JSON values in messages. */
public final class Json {

    /** Values quoted in messages are cut to this length, so a 1 MB string cannot flood a dialog. */
    private static final int MAX_QUOTED = 40;

    private Json() {}

    /** How a value reads in "got ...": 5, NaN, the text "fast", true, null, an object, a list. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNumber()) {
            return shorten(node.asText());
        }
        if (node.isTextual()) {
            return "the text \"" + shorten(node.textValue()) + "\"";
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
    }

    public static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= MAX_QUOTED ? oneLine : oneLine.substring(0, MAX_QUOTED) + "...";
    }

    public static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
