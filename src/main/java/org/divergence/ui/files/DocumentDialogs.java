package org.divergence.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.Problem;
import org.divergence.scenario.ScenarioFileException;

/**
 * Everything the {@link DocumentController} asks or tells the user. The window answers with dialogs
 * ({@link FxDocumentDialogs}); tests of the controller answer directly.
 */
public interface DocumentDialogs {

    /** The answer to "Save changes before ...?". */
    enum UnsavedChoice { SAVE, DONT_SAVE, CANCEL }

    /** A document's name and notes as the user edited them. */
    record NameAndNotes(String name, String notes) {}

    Optional<Path> chooseFileToOpen(Optional<Path> folder);

    Optional<Path> chooseFileToSave(String suggestedFileName, Optional<Path> folder);

    /** {@code action} completes "Save changes to NAME before ...", e.g. "opening another scenario". */
    UnsavedChoice askToSaveChanges(String documentName, String action);

    boolean confirmRevert(String documentName);

    void showOpenError(ScenarioFileException error);

    void showSaveError(Path file, IOException error);

    void showWarnings(String source, List<Problem> warnings);

    /** True to restore the work, false to discard it. */
    boolean offerRecovery(AutosaveStore.Recovery recovery);

    Optional<NameAndNotes> editNameAndNotes(NameAndNotes current);
}
