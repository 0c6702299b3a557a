package org.divergence.ui.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Chooses files to open or to save to. The window uses the platform's own dialogs; tests answer
 * from a list.
 */
public interface FilePicker {

    /** What a dialog is for: its title, and the files it offers ("Divergence scenarios", "*.divergence.json"). */
    record Kind(String title, String description, List<String> patterns) {
        public Kind {
            patterns = List.copyOf(patterns);
        }
    }

    Optional<Path> toOpen(Kind kind, Optional<Path> folder);

    Optional<Path> toSave(Kind kind, String suggestedFileName, Optional<Path> folder);
}
