package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("data/settings.json");
    }

    private void write(String text) throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), text, StandardCharsets.UTF_8);
    }

    @Test
    void whatIsWrittenIsReadBackAndNoFileIsNoSettings() throws Exception {
        SettingsFile settings = new SettingsFile(file());
        assertThat(settings.read()).isEmpty();

        settings.write(Map.of("theme", "DARK", "tourSeen", "true"));

        assertThat(new SettingsFile(file()).read()).containsExactly(Map.entry("theme", "DARK"), Map.entry("tourSeen", "true"));
    }

    @Test
    void aDamagedOrForeignFileReadsAsNoSettings() throws Exception {
        for (String text : new String[] {"{\"theme\": \"DA", "[1, 2]", "null", "", "\u0000\u0001binary"}) {
            write(text);
            assertThat(new SettingsFile(file()).read()).as(text).isEmpty();
        }
    }

    @Test
    void valuesThatAreNotTextAreSkippedAndTheRestKept() throws Exception {
        write("{\"theme\": \"DARK\", \"textSize\": 3, \"nested\": {\"a\": \"b\"}, \"language\": \"de\"}");

        assertThat(new SettingsFile(file()).read()).containsOnlyKeys("theme", "language");
    }

    @Test
    void anOversizedFileIsNotRead() throws Exception {
        write("{\"theme\": \"DARK\", \"pad\": \"" + "x".repeat(70_000) + "\"}");

        assertThat(new SettingsFile(file()).read()).isEmpty();
    }
}
