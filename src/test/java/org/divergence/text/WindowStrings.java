package org.divergence.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds words for people written in Java source instead of a bundle: string literals that read as
 * prose ("Save changes?", "Levers"), not as names for code (ids, style classes, bundle keys, CSS
 * selectors, key combinations, file patterns). A literal on a line that hands it to code, not to a
 * person (an exception, a style class, a resource), is not a window string.
 */
final class WindowStrings {

    /** One literal that reads as prose, where it is. */
    record Found(Path file, int line, String literal) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " \"" + literal + "\"";
        }
    }

    /**
     * Marks a line whose literal is matched against or handed to code although it reads like words
     * (the file layer's message "malformed JSON"); say why beside it.
     */
    static final String CODE_NOT_WORDS = "// code, not words";
    /** Names for code: "chart-view", "levers.heading", "textSize", "#chart-headline", "*.csv", "Shortcut+Z". */
    private static final Pattern CODE_NAME = Pattern.compile(
            "[-.]?[a-z0-9]+([-_.][a-zA-Z0-9]+)*[-.]?|[a-z][a-zA-Z0-9]*([.-][a-zA-Z0-9]+)*\\.?|[#.][-\\w]+|\\*(\\.\\w+)*"
                    + "|(Shortcut|Ctrl|Shift|Alt)(\\+\\w+)+|F\\d+|([A-Z][a-z0-9]+){2,}|[A-Z]+(/[A-Za-z]+)*"
                    + "|(/[-\\w.]+)+/?");
    /** Calls whose string arguments are for code or for developers, never shown in the window. */
    private static final Pattern NOT_SHOWN = Pattern.compile(
            "getStyleClass\\(\\)|setId\\(|getResource|keyCombination\\(|Exception\\(|requireNonNull\\(|PseudoClass"
                    + "|Lane\\.\\w+\\(|LOG\\.|System\\.(getProperty|err|Logger)|getPseudoClass|new Thread\\(|lookup(All)?\\("
                    + "|toExternalForm|setInitialFileName|@SuppressWarnings|styleClass\\(|startsWith\\(|endsWith\\("
                    + "|" + Pattern.quote(CODE_NOT_WORDS));

    private WindowStrings() {}

    /** Every prose literal in the Java files under {@code root}. */
    static List<Found> in(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Found> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(inSource(file, Files.readString(file)));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prose literals of one source text (comments are skipped). */
    static List<Found> inSource(Path file, String source) {
        List<Found> found = new ArrayList<>();
        String[] lines = withoutComments(source).split("\n", -1);
        String[] original = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (NOT_SHOWN.matcher(lines[i]).find() || original[i].contains(CODE_NOT_WORDS)) {
                continue;
            }
            for (String literal : literals(lines[i])) {
                if (isProse(literal)) {
                    found.add(new Found(file, i + 1, literal));
                }
            }
        }
        return found;
    }

    /**
     * Words for a person: a word of three letters or more, and not a name for code, markup or a regular
     * expression. (A lone lower-case word reads like an id, so it is taken for one.)
     */
    static boolean isProse(String literal) {
        String text = literal.strip();
        return text.matches("(?s).*\\p{L}{3,}.*") && !CODE_NAME.matcher(text).matches()
                && !text.matches("(?s).*[<\\[\\\\].*");
    }

    /** The string literals on one line, without their quotes (escapes kept as written). */
    private static List<String> literals(String line) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                // A char literal such as '"' or '\'' holds no string.
                int end = line.indexOf('\'', i + (line.charAt(Math.min(i + 1, line.length() - 1)) == '\\' ? 3 : 2));
                i = end < 0 ? line.length() : end + 1;
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (j < line.length() && line.charAt(j) != '"') {
                    if (line.charAt(j) == '\\' && j + 1 < line.length()) {
                        literal.append(line.charAt(j)).append(line.charAt(j + 1));
                        j += 2;
                    } else {
                        literal.append(line.charAt(j++));
                    }
                }
                literals.add(literal.toString());
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    /** The source with comments blanked out (line breaks kept, so line numbers stay right). */
    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            char next = i + 1 < source.length() ? source.charAt(i + 1) : 0;
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(j + 1, source.length()));
                i = j + 1;
            } else if (c == '/' && next == '/') {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
