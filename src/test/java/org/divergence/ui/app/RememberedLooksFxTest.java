package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.divergence.figure.Theme;
import org.divergence.scenario.SettingsFile;
import org.divergence.text.Language;
import org.divergence.ui.explorer.TextSize;

/** Theme, text size and language carry over to the next run; an unknown remembered value is ignored. */
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

    @Test
    void theChoiceIsRememberedForTheNextWindow() throws Exception {
        Path data = folder.resolve("language");
        TestWindow first = TestWindow.open(data);
        try {
            RadioMenuItem deutsch = (RadioMenuItem) WindowDriver.onFx(() -> LanguageFxTest.items(List.copyOf(
                    ((MenuBar) first.stage.getScene().lookup(".menu-bar")).getMenus()))
                    .filter(each -> "menu-language-de".equals(each.getId())).findFirst().orElseThrow());
            new org.testfx.api.FxRobot().interact(deutsch::fire);
            first.awaitBackgroundWork();
        } finally {
            first.close();
        }
        assertThat(new SettingsFile(data.resolve("settings.json")).read()).containsEntry("language", "de");

        TestWindow next = TestWindow.open(data);
        try {
            assertThat(TestWindow.onFx(() -> next.state().text().languageProperty().get())).isEqualTo(Language.GERMAN);
            assertThat(TestWindow.onFx(() -> ((MenuBar) next.stage.getScene().lookup(".menu-bar")).getMenus().get(0)
                    .getText())).isEqualTo("_Datei");
        } finally {
            next.close();
        }
        new SettingsFile(data.resolve("settings.json")).write(Map.of("language", "xx", "tourSeen", "true"));
        TestWindow third = TestWindow.open(data);
        try {
            assertThat(TestWindow.onFx(() -> third.state().text().languageProperty().get()))
                    .as("an unknown language is ignored: the system's is used")
                    .isEqualTo(Language.forLocale(java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY)));
        } finally {
            third.close();
        }
    }
}
