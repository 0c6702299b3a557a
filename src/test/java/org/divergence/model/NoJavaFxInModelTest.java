package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model and the scenario file format know nothing of JavaFX, so they run headless (command
 * line, tests, benchmarks) and can be reused. Scans the sources of both packages for any
 * reference to a javafx package, in imports or fully qualified names, outside comments.
 */
class NoJavaFxInModelTest {

    private static final List<Path> PACKAGES = List.of(
            Path.of("src/main/java/org/divergence/model"),
            Path.of("src/main/java/org/divergence/scenario"));
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\s*\\.");

    @Test
    void modelAndScenarioSourcesNeverReferToJavaFx() throws IOException {
        assertThat(PACKAGES.get(0)).isDirectory();
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        for (Path dir : PACKAGES) {
            if (!Files.isDirectory(dir)) {
                continue; // the scenario package is built on another branch; when it lands it is scanned too
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    scanned++;
                    String code = codeOnly(Files.readString(file, StandardCharsets.UTF_8));
                    Matcher m = JAVAFX.matcher(code);
                    if (m.find()) {
                        offenders.add(file + ": " + lineAround(code, m.start()));
                    }
                }
            }
        }
        assertThat(scanned).as("model sources scanned").isGreaterThanOrEqualTo(10);
        assertThat(offenders).as("javafx referenced in model or scenario code").isEmpty();
    }

    @Test
    void theScannerCatchesImportsAndQualifiedNamesButNotComments() {
        assertThat(JAVAFX.matcher(codeOnly("import javafx.beans.property.DoubleProperty;")).find()).isTrue();
        assertThat(JAVAFX.matcher(codeOnly("import static javafx.application.Platform.runLater;")).find()).isTrue();
        assertThat(JAVAFX.matcher(codeOnly("var p = new javafx.beans.property.SimpleDoubleProperty();")).find()).isTrue();
        assertThat(JAVAFX.matcher(codeOnly("// no javafx.scene here\n/* nor javafx.stage */ int x;")).find()).isFalse();
        assertThat(JAVAFX.matcher(codeOnly("String s = \"javafx.scene\";")).find()).isFalse();
    }

    private static String codeOnly(String source) {
        return COMMENTS.matcher(STRINGS.matcher(source).replaceAll("\"\"")).replaceAll(" ");
    }

    private static String lineAround(String code, int index) {
        int start = code.lastIndexOf('\n', index) + 1;
        int end = code.indexOf('\n', index);
        return code.substring(start, end < 0 ? code.length() : end).trim();
    }
}
