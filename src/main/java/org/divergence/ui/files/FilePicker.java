package org.divergence.ui.files;

import java.nio.file.Path;
import java.util.Optional;

/** Chooses files; the window uses the platform's file dialogs, tests a fixed answer. */
public interface FilePicker {

    Optional<Path> toOpen(Optional<Path> folder);

    Optional<Path> toSave(String suggestedFileName, Optional<Path> folder);
}
