package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The title format the File menu relies on; no toolkit needed. */
class MainWindowTitleTest {

    @Test
    void titleNamesTheDocumentAndMarksUnsavedChanges() {
        assertThat(MainWindow.title("", false)).isEqualTo("Divergence");
        assertThat(MainWindow.title("classroom.json", false)).isEqualTo("classroom.json — Divergence");
        assertThat(MainWindow.title("classroom.json", true)).isEqualTo("*classroom.json — Divergence");
        assertThat(MainWindow.title("", true)).isEqualTo("*Untitled — Divergence");
    }
}
