package org.divergence.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.Problem;
import org.divergence.scenario.ScenarioFileException;

/** Dialogs that answer from a script and remember what they were asked, for controller tests. */
final class ScriptedDialogs implements DocumentDialogs {

    final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    final Deque<Optional<Path>> fileAnswers = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    final List<ScenarioFileException> openErrors = new ArrayList<>();
    final List<Path> saveErrors = new ArrayList<>();
    final List<List<Problem>> warnings = new ArrayList<>();
    boolean revertAnswer = true;
    boolean recoverAnswer = true;
    Optional<NameAndNotes> nameAndNotesAnswer = Optional.empty();

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        asked.add("open");
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.pop();
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedFileName, Optional<Path> folder) {
        asked.add("save as " + suggestedFileName);
        return fileAnswers.isEmpty() ? Optional.empty() : fileAnswers.pop();
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName, String action) {
        asked.add("save changes to " + documentName + " before " + action);
        if (unsavedAnswers.isEmpty()) {
            throw new AssertionError("unexpected question: save changes to " + documentName + " before " + action);
        }
        return unsavedAnswers.pop();
    }

    @Override
    public boolean confirmRevert(String documentName) {
        asked.add("revert " + documentName);
        return revertAnswer;
    }

    @Override
    public void showOpenError(ScenarioFileException error) {
        openErrors.add(error);
    }

    @Override
    public void showSaveError(Path file, IOException error) {
        saveErrors.add(file);
    }

    @Override
    public void showWarnings(String source, List<Problem> list) {
        warnings.add(list);
    }

    @Override
    public boolean offerRecovery(AutosaveStore.Recovery recovery) {
        asked.add("recover " + recovery.document().name());
        return recoverAnswer;
    }

    @Override
    public Optional<NameAndNotes> editNameAndNotes(NameAndNotes current) {
        asked.add("name and notes");
        return nameAndNotesAnswer;
    }
}
