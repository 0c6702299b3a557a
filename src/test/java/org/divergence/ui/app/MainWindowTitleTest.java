package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.divergence.text.Text;

/** The title format the File menu relies on; no toolkit needed. */
class MainWindowTitleTest {

    @Test
    void titleNamesTheDocumentAndMarksUnsavedChanges() {
        assertThat(MainWindow.title("", false, Text.ENGLISH)).isEqualTo("Divergence");
        assertThat(MainWindow.title("classroom.json", false, Text.ENGLISH)).isEqualTo("classroom.json — Divergence");
        assertThat(MainWindow.title("classroom.json", true, Text.ENGLISH)).isEqualTo("*classroom.json — Divergence");
        assertThat(MainWindow.title("", true, Text.ENGLISH)).isEqualTo("*Untitled — Divergence");
        assertThat(MainWindow.title("", true, Text.GERMAN)).isEqualTo("*Unbenannt — Divergence");
    }
}
