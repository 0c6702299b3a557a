package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.divergence.figure.Theme;
import org.divergence.scenario.SettingsFile;
import org.divergence.ui.explorer.TextSize;

/** Theme and text size carry over to the next run; an unknown remembered value is ignored. */
class RememberedLooksFxTest {

    @TempDir
    Path folder;

    @Test
    void theNextWindowStartsWithTheThemeAndTextSizeChosenInTheLastOne() throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        new SettingsFile(data.resolve("settings.json")).write(java.util.Map.of("theme", "DARK", "textSize", "GIGANTIC"));

        TestWindow first = TestWindow.open(data);
        try {
            assertThat(TestWindow.onFx(() -> first.state().themeProperty().get())).isEqualTo(Theme.DARK);
            assertThat(TestWindow.onFx(() -> first.state().textSizeProperty().get()))
                    .as("an unknown size is ignored").isEqualTo(TextSize.NORMAL);
            TestWindow.onFx(() -> {
                first.state().textSizeProperty().set(TextSize.LARGER);
                first.state().themeProperty().set(Theme.LIGHT);
                return null;
            });
            first.awaitBackgroundWork();
        } finally {
            first.close();
        }

        assertThat(new SettingsFile(data.resolve("settings.json")).read())
                .containsEntry("theme", "LIGHT").containsEntry("textSize", "LARGER");
    }
}
