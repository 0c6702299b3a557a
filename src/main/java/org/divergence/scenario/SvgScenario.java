package org.divergence.scenario;

import static org.divergence.scenario.FigureFiles.Kind.SVG;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The scenario in an SVG: {@code <metadata><divergence:scenario xmlns:divergence="urn:divergence:scenario">}
 * with the JSON in CDATA, as the first child of the root {@code <svg>}.
 *
 * <p>Reading does not use an XML parser. A general parser brings DTDs, entity expansion (the
 * "billion laughs"), external entities and unbounded trees, each of which has to be switched off and
 * trusted to stay off. Finding one element needs much less: a single forward scan over the bytes that
 * steps over comments, CDATA, processing instructions and quoted attribute values, keeps no stack, and
 * so costs time linear in the file and memory bounded by the scenario limit, whatever the nesting.
 * Entities are never expanded: inside our element only the five predefined ones and character
 * references are understood, and anything else is refused. Markup is ASCII, so the scan works on the
 * UTF-8 bytes directly; only the scenario text is decoded.
 */
final class SvgScenario {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String LOCAL_NAME = "scenario";

    private SvgScenario() {}

    /** Our element: where it starts and ends (start tag to end tag), and its text, decoded. */
    private record Found(int start, int end, byte[] json) {}

    static byte[] embed(byte[] svg, byte[] json) {
        int root = root(svg);
        if (root < 0) {
            throw new IllegalArgumentException("not an SVG document: it must start with <svg (after an optional"
                    + " XML declaration, comments and DOCTYPE)");
        }
        try {
            Found old = find(svg, root, "figure");
            if (old != null) {
                svg = without(svg, old);
            }
        } catch (ScenarioFileException e) {
            throw new IllegalArgumentException("not a well-formed SVG: " + e.problems().get(0).message(), e);
        }
        int close = tagEnd(svg, root);
        if (close < 0) {
            throw new IllegalArgumentException("not a complete SVG: its <svg> tag is not closed");
        }
        // "]]>" cannot appear inside CDATA: end the section after "]]" and start a new one for ">".
        String text = new String(json, StandardCharsets.UTF_8).replace("]]>", "]]]]><![CDATA[>");
        byte[] metadata = ("<metadata><" + FigureFiles.SVG_ELEMENT + " xmlns:" + prefix() + "=\""
                + FigureFiles.SVG_NAMESPACE + "\"><![CDATA[" + text + "]]></" + FigureFiles.SVG_ELEMENT
                + "></metadata>").getBytes(StandardCharsets.UTF_8);
        boolean selfClosing = svg[close - 1] == '/';
        ByteArrayOutputStream out = new ByteArrayOutputStream(svg.length + metadata.length + 8);
        if (selfClosing) { // <svg .../> becomes <svg ...><metadata>...</metadata></svg>
            out.write(svg, 0, close - 1);
            out.write('>');
            out.writeBytes(metadata);
            out.writeBytes("</svg>".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.write(svg, 0, close + 1);
            out.writeBytes(metadata);
        }
        out.write(svg, close + 1, svg.length - close - 1);
        return out.toByteArray();
    }

    static byte[] read(byte[] svg, String source) throws ScenarioFileException {
        int root = root(svg);
        if (!endsComplete(svg)) {
            throw new ScenarioFileException(source, "this SVG is cut off: it does not end with </svg>"
                    + " (copy the figure again)");
        }
        Found found = find(svg, root, source);
        if (found == null) {
            throw FigureFiles.noScenario(SVG, source, "metadata");
        }
        return found.json();
    }

    /**
     * Index of the root element's '<' when the bytes start as an SVG document (optional byte-order mark,
     * whitespace, XML declaration, comments, processing instructions and DOCTYPE, then {@code <svg}), else -1.
     */
    static int root(byte[] b) {
        int i = FigureFiles.startsWith(b, BOM) ? BOM.length : 0;
        while (i >= 0) {
            i = skipSpace(b, i);
            if (at(b, i, "<?")) {
                i = after(b, i + 2, "?>");
            } else if (at(b, i, "<!--")) {
                i = after(b, i + 4, "-->");
            } else if (at(b, i, "<!DOCTYPE")) {
                i = afterDoctype(b, i + 9);
            } else {
                return at(b, i, "<svg") && i + 4 < b.length && isNameEnd(b[i + 4]) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The first element named {@code scenario} in our namespace, with its text decoded. Namespace
     * bindings are collected from every start tag on the way (not scoped: the URI is ours alone, so a
     * prefix bound to it anywhere earlier, typically on the root, is taken to mean it).
     */
    private static Found find(byte[] b, int from, String source) throws ScenarioFileException {
        Set<String> ours = new HashSet<>(); // prefixes bound to our namespace; "" for the default namespace
        int i = from;
        while ((i = indexOf(b, (byte) '<', i)) >= 0) {
            int next;
            if (at(b, i, "<!--")) {
                next = after(b, i + 4, "-->");
            } else if (at(b, i, "<![CDATA[")) {
                next = after(b, i + 9, "]]>");
            } else if (at(b, i, "<?")) {
                next = after(b, i + 2, "?>");
            } else if (at(b, i, "</") || at(b, i, "<!")) {
                next = tagEnd(b, i) + 1;
            } else {
                int end = tagEnd(b, i);
                if (end < 0) {
                    break;
                }
                String name = name(b, i + 1);
                bindNamespaces(b, i + 1 + name.length(), end, ours);
                int colon = name.indexOf(':');
                String prefix = colon < 0 ? "" : name.substring(0, colon);
                if (name.substring(colon + 1).equals(LOCAL_NAME) && ours.contains(prefix)) {
                    if (b[end - 1] == '/') {
                        throw new ScenarioFileException(source, "the Divergence scenario in this SVG is empty");
                    }
                    return content(b, i, end + 1, name, source);
                }
                next = end + 1;
            }
            if (next <= 0) {
                break;
            }
            i = next;
        }
        if (i >= 0) { // stopped at an unclosed comment, CDATA section or tag
            throw new ScenarioFileException(source, "this SVG is damaged or cut off: markup opened at byte " + i
                    + " is never closed (copy the figure again)");
        }
        return null;
    }

    /** Our element's text: CDATA sections, plain text and predefined entities, up to its end tag. */
    private static Found content(byte[] b, int start, int from, String name, String source) throws ScenarioFileException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        int i = from;
        while (i < b.length) {
            if (at(b, i, "<![CDATA[")) {
                int end = indexOf(b, "]]>", i + 9);
                if (end < 0) {
                    break;
                }
                append(json, b, i + 9, end, source);
                i = end + 3;
            } else if (at(b, i, "<!--")) {
                i = after(b, i + 4, "-->");
                if (i < 0) {
                    break;
                }
            } else if (at(b, i, "</")) {
                int end = tagEnd(b, i);
                if (end < 0 || !new String(b, i + 2, end - i - 2, StandardCharsets.ISO_8859_1).strip().equals(name)) {
                    break;
                }
                return new Found(start, end + 1, json.toByteArray());
            } else if (b[i] == '<') {
                throw new ScenarioFileException(source, "the Divergence scenario in this SVG is damaged:"
                        + " its element holds markup where only the scenario text belongs");
            } else if (b[i] == '&') {
                int semicolon = indexOf(b, (byte) ';', i, Math.min(b.length, i + 12)); // entity names are short
                if (semicolon < 0) {
                    break;
                }
                append(json, entity(new String(b, i + 1, semicolon - i - 1, StandardCharsets.ISO_8859_1), source), source);
                i = semicolon + 1;
            } else {
                int end = i;
                while (end < b.length && b[end] != '<' && b[end] != '&') {
                    end++;
                }
                append(json, b, i, end, source);
                i = end;
            }
        }
        throw new ScenarioFileException(source, "the Divergence scenario in this SVG is damaged or cut off"
                + " (its element is not closed properly)");
    }

    private static void append(ByteArrayOutputStream out, byte[] b, int from, int to, String source) throws ScenarioFileException {
        if (out.size() + (to - from) > ScenarioFormat.MAX_FILE_BYTES) {
            throw FigureFiles.scenarioTooBig(SVG, source);
        }
        out.write(b, from, to - from);
    }

    private static void append(ByteArrayOutputStream out, byte[] b, String source) throws ScenarioFileException {
        append(out, b, 0, b.length, source);
    }

    /** The five predefined entities and character references; no entity from a DTD is ever expanded. */
    private static byte[] entity(String name, String source) throws ScenarioFileException {
        String text = switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> null;
        };
        try {
            if (text == null && name.matches("#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}")) {
                int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                text = Character.toString(code);
            }
        } catch (IllegalArgumentException e) {
            text = null; // not a valid code point
        }
        if (text == null) {
            throw new ScenarioFileException(source, "the Divergence scenario in this SVG uses the entity &"
                    + Json.shorten(name) + "; which Divergence does not expand (only &lt; &gt; &amp; &quot; &apos;"
                    + " and character references)");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Adds to {@code ours} each prefix this tag binds to our namespace (and drops one it binds elsewhere). */
    private static void bindNamespaces(byte[] b, int from, int end, Set<String> ours) {
        int i = from;
        while (i < end) {
            i = skipSpace(b, i);
            int nameStart = i;
            while (i < end && b[i] != '=' && !isSpace(b[i])) {
                i++;
            }
            String attribute = new String(b, nameStart, i - nameStart, StandardCharsets.ISO_8859_1);
            i = skipSpace(b, i);
            if (i >= end || b[i] != '=') {
                i = Math.max(i, nameStart + 1); // a stray character or a lone '/': step over it
                continue;
            }
            i = skipSpace(b, i + 1);
            if (i >= end || (b[i] != '"' && b[i] != '\'')) {
                continue;
            }
            int valueEnd = indexOf(b, b[i], i + 1, end);
            if (valueEnd < 0) {
                return; // quotes that do not pair up as attributes: no namespace declaration to read
            }
            String value = new String(b, i + 1, valueEnd - i - 1, StandardCharsets.UTF_8);
            i = valueEnd + 1;
            if (attribute.equals("xmlns") || attribute.startsWith("xmlns:")) {
                String prefix = attribute.equals("xmlns") ? "" : attribute.substring(6);
                if (value.strip().equals(FigureFiles.SVG_NAMESPACE)) {
                    ours.add(prefix);
                } else {
                    ours.remove(prefix);
                }
            }
        }
    }

    /** The document without an earlier scenario element, and without the metadata wrapper we put around it. */
    private static byte[] without(byte[] svg, Found old) {
        int start = old.start();
        int end = old.end();
        if (at(svg, start - "<metadata>".length(), "<metadata>") && at(svg, end, "</metadata>")) {
            start -= "<metadata>".length();
            end += "</metadata>".length();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(svg.length);
        out.write(svg, 0, start);
        out.write(svg, end, svg.length - end);
        return out.toByteArray();
    }

    /** True when the document ends with its root's end tag, perhaps followed by whitespace and comments. */
    private static boolean endsComplete(byte[] b) {
        int end = skipSpaceBack(b, b.length);
        while (end >= 3 && at(b, end - 3, "-->")) {
            int open = lastIndexOf(b, "<!--", end - 3);
            if (open < 0) {
                return false;
            }
            end = skipSpaceBack(b, open);
        }
        if (end == 0 || b[end - 1] != '>') {
            return false;
        }
        int nameEnd = skipSpaceBack(b, end - 1);
        return nameEnd >= 5 && at(b, nameEnd - 5, "</svg");
    }

    /** Index of the '>' closing the tag that opens at {@code lt}, stepping over quoted values; -1 if none. */
    private static int tagEnd(byte[] b, int lt) {
        byte quote = 0;
        for (int i = lt + 1; i < b.length; i++) {
            byte c = b[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** Index after a DOCTYPE's closing '>', stepping over quoted text, comments and its internal subset. */
    private static int afterDoctype(byte[] b, int from) {
        byte quote = 0;
        int depth = 0;
        for (int i = from; i < b.length; i++) {
            byte c = b[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (at(b, i, "<!--")) {
                i = after(b, i + 4, "-->") - 1;
                if (i < 0) {
                    return -1;
                }
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String name(byte[] b, int from) {
        int i = from;
        while (i < b.length && !isNameEnd(b[i])) {
            i++;
        }
        return new String(b, from, i - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean isNameEnd(byte c) {
        return isSpace(c) || c == '>' || c == '/';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && isSpace(b[i])) {
            i++;
        }
        return i;
    }

    private static int skipSpaceBack(byte[] b, int end) {
        while (end > 0 && isSpace(b[end - 1])) {
            end--;
        }
        return end;
    }

    private static boolean at(byte[] b, int i, String ascii) {
        if (i < 0 || i + ascii.length() > b.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[i + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Index after the next {@code ascii} from {@code from}, or -1. */
    private static int after(byte[] b, int from, String ascii) {
        int i = indexOf(b, ascii, from);
        return i < 0 ? -1 : i + ascii.length();
    }

    private static int indexOf(byte[] b, byte c, int from) {
        return indexOf(b, c, from, b.length);
    }

    /** Index of {@code c} in [from, to), or -1. */
    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = Math.max(from, 0); i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, String ascii, int from) {
        byte first = (byte) ascii.charAt(0);
        for (int i = indexOf(b, first, from); i >= 0; i = indexOf(b, first, i + 1)) {
            if (at(b, i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, String ascii, int before) {
        for (int i = before - ascii.length(); i >= 0; i--) {
            if (at(b, i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    private static String prefix() {
        return FigureFiles.SVG_ELEMENT.substring(0, FigureFiles.SVG_ELEMENT.indexOf(':'));
    }
}
