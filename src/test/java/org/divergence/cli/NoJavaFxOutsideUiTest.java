package org.divergence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The file format and the command line must run with no display and no JavaFX toolkit (batch runs,
 * servers, CI), so neither they nor the model they use may import javafx. Scans the sources.
 */
class NoJavaFxOutsideUiTest {

    private static final Path SOURCES = Path.of("src/main/java/org/divergence");
    private static final Pattern JAVAFX = Pattern.compile("^\\s*import\\s+(static\\s+)?javafx\\.", Pattern.MULTILINE);

    @Test
    void scenarioCliAndModelPackagesImportNoJavaFx() throws IOException {
        for (String pkg : List.of("scenario", "cli", "model")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                List<Path> offenders = files.filter(f -> f.toString().endsWith(".java"))
                        .filter(NoJavaFxOutsideUiTest::importsJavaFx).toList();
                assertThat(offenders).as("javafx imports in org.divergence.%s", pkg).isEmpty();
            }
        }
        assertThat(importsJavaFx(SOURCES.resolve("AppInfo.java"))).isFalse();
    }

    @Test
    void theScanWouldNoticeAnImport() {
        assertThat(JAVAFX.matcher("package x;\nimport javafx.scene.Node;\n").find()).isTrue();
        assertThat(JAVAFX.matcher("package x;\nimport static javafx.application.Platform.runLater;\n").find()).isTrue();
        assertThat(JAVAFX.matcher("package x;\n// mentions javafx.scene in a comment\n").find()).isFalse();
    }

    private static boolean importsJavaFx(Path file) {
        try {
            return JAVAFX.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
