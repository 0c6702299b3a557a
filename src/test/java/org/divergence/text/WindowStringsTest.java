package org.divergence.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Every string the window shows comes from the bundles: no ui class (and no chart drawing) writes
 * words for people in code. The check reads the sources; it is shown to catch a fixture that does.
 */
class WindowStringsTest {

    private static final Path MAIN = Path.of("src/main/java/org/divergence");
    /**
     * Files that write file formats, not the window: their words stay English whatever the window's
     * language, like the command line's.
     */
    private static final Set<String> FILE_FORMATS = Set.of(
            "PresetNotes.java",  // the notes saved in a scenario file about a changed preset
            "ChartsCsv.java",    // CSV column names
            "SvgPainter.java",   // SVG markup and font names
            "PdfPainter.java");  // PDF operators and font names

    @Test
    void noWindowStringIsWrittenInCode() {
        List<WindowStrings.Found> found = new ArrayList<>(WindowStrings.in(MAIN.resolve("ui")));
        found.addAll(WindowStrings.in(MAIN.resolve("figure")));
        found.removeIf(f -> FILE_FORMATS.contains(f.file().getFileName().toString()));
        assertThat(found).as("window strings written in code instead of words.properties").isEmpty();
    }

    @Test
    void theCheckCatchesWordsWrittenInCode() throws IOException {
        Path fixture = Path.of("src/test/resources/org/divergence/text/WindowStringInCode.java.txt");
        List<WindowStrings.Found> found = WindowStrings.inSource(fixture, Files.readString(fixture));
        assertThat(found).extracting(WindowStrings.Found::literal).containsExactly(
                "Save changes?", "Levers", "Reset all to defaults", "Show the levers", "Export ", " as a figure",
                "Cannot open");
    }

    @Test
    void namesForCodeAreNotWindowStrings() {
        for (String code : List.of("chart-view", "levers.heading", "textSize", "#chart-headline", ".levers-strip",
                "*.csv", "Shortcut+Shift+Z", "F5", "menu-theme-high-contrast", "zoom-large", "-dv-mining", "png", "")) {
            assertThat(WindowStrings.isProse(code)).as(code).isFalse();
        }
        for (String prose : List.of("Levers", "Save changes?", "a few words", "Öffnen")) {
            assertThat(WindowStrings.isProse(prose)).as(prose).isTrue();
        }
    }
}
