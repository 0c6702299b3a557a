package org.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The window's house rules, checked on its sources so a later change cannot quietly break them. */
class UiArchitectureTest {

    private static final Path UI = Path.of("src/main/java/org/divergence/ui");

    @Test
    void onlyTheViewModelRunsTheModel() {
        assertThat(filesContaining("DivergenceModel.run(")).containsExactly("ExplorerViewModel.java");
    }

    @Test
    void stylesLiveInStylesheetsNotInCode() {
        assertThat(filesContaining(".setStyle(")).isEmpty();
        assertThat(filesContaining("FXMLLoader")).isEmpty();
    }

    private static List<String> filesContaining(String text) {
        try (Stream<Path> files = Files.walk(UI)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains(text))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
