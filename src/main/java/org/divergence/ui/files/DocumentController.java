package org.divergence.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import org.divergence.model.Scenario;
import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.LoadedScenario;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioFileException;
import org.divergence.scenario.ScenarioFormat;
import org.divergence.scenario.ScenarioReader;
import org.divergence.scenario.ScenarioWriter;
import org.divergence.ui.ExplorerViewModel;
import org.divergence.ui.files.DocumentDialogs.NameAndNotes;
import org.divergence.ui.files.DocumentDialogs.UnsavedChoice;

/**
 * The open scenario as a document: which file it belongs to, whether it has unsaved changes, and the
 * File-menu commands (new, open, save, save as, revert, presets, recovery).
 *
 * <p>"Unsaved changes" is derived, not flagged: the scenario on screen (and its name and notes)
 * compared with what was last opened or saved, so moving a lever and back clears the mark. A file is
 * read completely before the user is asked about unsaved work, so a broken file costs nothing: the
 * error is shown and the scenario on screen stays exactly as it was.
 */
public final class DocumentController {

    private final ExplorerViewModel viewModel;
    private final Property<Integer> summaryYear;
    private final DocumentDialogs dialogs;
    private final RecentFilesList recent;
    private final AutosaveStore autosave;
    private final Executor background;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper(this, "displayName", "");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");

    /** The document as last opened or saved; the reference for "unsaved changes". */
    private ScenarioDocument saved = ScenarioDocument.untitled(Scenario.defaults());
    /** Name and notes as edited since; the scenario itself lives in the view-model. */
    private NameAndNotes meta = new NameAndNotes(saved.name(), saved.description());
    /** Recovered work is unsaved even if it happens to equal the file it came from. */
    private boolean recovered;

    /**
     * @param summaryYear the year the window's summary speaks about; saved and restored with the file
     * @param background  where autosaves are written (one at a time, in order)
     */
    public DocumentController(ExplorerViewModel viewModel, Property<Integer> summaryYear, DocumentDialogs dialogs,
                              RecentFilesList recent, AutosaveStore autosave, Executor background, Clock clock) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.summaryYear = Objects.requireNonNull(summaryYear, "summaryYear");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
        viewModel.scenarioProperty().addListener((obs, old, now) -> updateModified());
        saved = saved.withScenario(viewModel.getScenario());
        updateModified();
    }

    // --- state ---------------------------------------------------------------------------------

    /** The file the document was opened from or saved to; null for a new document or a preset. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    public Optional<Path> file() { return Optional.ofNullable(file.get()); }

    /** What the title shows: the file name, a preset's name, or empty for a new document. */
    public ReadOnlyStringProperty displayNameProperty() { return displayName.getReadOnlyProperty(); }

    /** True while there are changes that Save would write. */
    public ReadOnlyBooleanProperty modifiedProperty() { return modified.getReadOnlyProperty(); }

    public boolean isModified() { return modified.get(); }

    /** Most recent first; remembered across runs. */
    public ObservableList<Path> recentFiles() { return recent.files(); }

    /** The document as it would be saved now. */
    public ScenarioDocument currentDocument() {
        Integer year = summaryYear.getValue();
        return saved.withScenario(viewModel.getScenario()).withName(meta.name()).withDescription(meta.notes())
                .withView(saved.view().withSummaryYear(year == null ? OptionalInt.empty() : OptionalInt.of(year)));
    }

    // --- commands ----------------------------------------------------------------------------

    /** File > New: today's world (the baseline), untitled. */
    public boolean newDocument() {
        if (!mayDiscard("starting a new scenario")) {
            return false;
        }
        show(ScenarioDocument.untitled(Scenario.defaults()), null);
        return true;
    }

    /** File > Open...: choose, read, then (if there is unsaved work) ask, then show. */
    public boolean open() {
        Optional<Path> chosen = dialogs.chooseFileToOpen(folder());
        return chosen.isPresent() && open(chosen.get());
    }

    /** Opens a given file: Open Recent, a dropped file, or a path on the command line. */
    public boolean open(Path path) {
        LoadedScenario loaded;
        try {
            loaded = ScenarioReader.read(path);
        } catch (ScenarioFileException e) {
            dialogs.showOpenError(e);
            if (isMissing(path)) {
                recent.remove(path);
            }
            return false;
        }
        if (!mayDiscard("opening " + path.getFileName())) {
            return false;
        }
        show(loaded.document(), path.toAbsolutePath());
        recent.add(path);
        if (loaded.hasWarnings()) {
            dialogs.showWarnings(String.valueOf(path.getFileName()), loaded.warnings());
        }
        return true;
    }

    /** Presets menu: the preset as a new, untitled document named after it. */
    public boolean openPreset(Presets.Preset preset) {
        if (!mayDiscard("opening the preset " + preset.name())) {
            return false;
        }
        // A template, not a file: saving it makes a new scenario with its own creation time.
        ScenarioDocument template = preset.document();
        show(new ScenarioDocument(template.name(), template.description(), Optional.empty(), Optional.empty(),
                template.scenario(), template.view()), null);
        return true;
    }

    /** File > Save: to the document's file, or Save As for a new document. */
    public boolean save() {
        return file().isPresent() ? writeTo(file().get()) : saveAs();
    }

    /** File > Save As...: always asks where. */
    public boolean saveAs() {
        String suggested = safeFileName(meta.name()) + ScenarioFormat.EXTENSION;
        Optional<Path> chosen = dialogs.chooseFileToSave(file().map(p -> p.getFileName().toString()).orElse(suggested), folder());
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = chosen.get();
        String name = target.getFileName().toString();
        if (!ScenarioFormat.hasExtension(name)) {
            target = target.resolveSibling(ScenarioFormat.baseName(name) + ScenarioFormat.EXTENSION);
        }
        return writeTo(target);
    }

    /** File > Revert: back to the file on disk (or the preset / new document), after asking. */
    public boolean revert() {
        if (!isModified() || !dialogs.confirmRevert(displayNameOrUntitled())) {
            return false;
        }
        if (file().isEmpty()) {
            show(saved, null);
            return true;
        }
        try {
            LoadedScenario loaded = ScenarioReader.read(file().get());
            show(loaded.document(), file().get());
            return true;
        } catch (ScenarioFileException e) {
            dialogs.showOpenError(e);
            return false;
        }
    }

    /** File > Name and notes...: the name and description saved with the scenario. */
    public void editNameAndNotes() {
        dialogs.editNameAndNotes(meta).ifPresent(edited -> {
            String name = edited.name().isBlank() ? meta.name() : edited.name().strip();
            meta = new NameAndNotes(name, edited.notes());
            updateModified();
        });
    }

    /** Before the window closes: true when it may (saved, discarded, or nothing to save). */
    public boolean mayClose() {
        return mayDiscard("closing");
    }

    /**
     * After a normal close: nothing is left to recover. Runs behind any autosave still queued and waits
     * for it (briefly), so a late autosave cannot reappear as "unsaved work" at the next start.
     */
    public void closed() {
        try {
            CompletableFuture.runAsync(this::clearAutosave, background).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The worst case is an offer to recover work that was in fact saved or discarded.
        }
    }

    /** Saves unsaved work to the autosave store, off the FX thread; clears it when there is none. */
    public void autosave() {
        if (!isModified()) {
            background.execute(this::clearAutosave);
            return;
        }
        ScenarioDocument snapshot = currentDocument();
        Optional<Path> original = file();
        background.execute(() -> {
            try {
                autosave.save(snapshot, original, clock.instant());
            } catch (IOException e) {
                // The next autosave tries again; the work is still on screen.
            }
        });
    }

    /** At start-up: offers the unsaved work of sessions that crashed, newest first. */
    public void offerRecovery() {
        for (AutosaveStore.Recovery recovery : autosave.recoverable()) {
            if (dialogs.offerRecovery(recovery)) {
                restore(recovery);
                discard(recovery);
                return;
            }
            discard(recovery);
        }
    }

    // --- behaviour ----------------------------------------------------------------------------

    /** Asks about unsaved work; true when the caller may go on. */
    private boolean mayDiscard(String action) {
        if (!isModified()) {
            return true;
        }
        UnsavedChoice choice = dialogs.askToSaveChanges(displayNameOrUntitled(), action);
        return switch (choice) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private boolean writeTo(Path target) {
        ScenarioDocument document = currentDocument().savedAt(clock.instant());
        try {
            ScenarioWriter.save(target, document);
        } catch (IOException e) {
            dialogs.showSaveError(target, e);
            return false;
        }
        show(document, target.toAbsolutePath());
        recent.add(target);
        background.execute(this::clearAutosave);
        return true;
    }

    /**
     * Puts recovered work on screen as unsaved changes to the file it came from (when that still
     * opens), so Save writes it back there and Revert returns to the file.
     */
    private void restore(AutosaveStore.Recovery recovery) {
        Optional<Path> original = recovery.originalFile();
        Optional<ScenarioDocument> onDisk = Optional.empty();
        if (original.isPresent()) {
            try {
                onDisk = Optional.of(ScenarioReader.read(original.get()).document());
            } catch (ScenarioFileException e) {
                original = Optional.empty();
            }
        }
        show(onDisk.orElse(ScenarioDocument.untitled(Scenario.defaults())), original.orElse(null));
        ScenarioDocument work = recovery.document();
        meta = new NameAndNotes(work.name(), work.description());
        saved = saved.withView(work.view());
        if (original.isEmpty() && !work.name().equals(ScenarioDocument.UNTITLED)) {
            displayName.set(work.name());
        }
        recovered = true;
        viewModel.load(work.scenario());
        work.view().summaryYear().ifPresent(summaryYear::setValue);
        updateModified();
    }

    /** Makes {@code document} the one on screen and the reference for unsaved changes. */
    private void show(ScenarioDocument document, Path from) {
        saved = document;
        meta = new NameAndNotes(document.name(), document.description());
        recovered = false;
        file.set(from);
        viewModel.load(document.scenario());
        document.view().summaryYear().ifPresent(summaryYear::setValue);
        displayName.set(from != null ? from.getFileName().toString()
                : document.name().equals(ScenarioDocument.UNTITLED) ? "" : document.name());
        updateModified();
    }

    private void updateModified() {
        modified.set(recovered
                || !viewModel.getScenario().equals(saved.scenario())
                || !meta.name().equals(saved.name())
                || !meta.notes().equals(saved.description()));
    }

    private String displayNameOrUntitled() {
        return displayName.get().isEmpty() ? ScenarioDocument.UNTITLED : displayName.get();
    }

    /** Where file choosers start: the current file's folder, else the most recent file's. */
    private Optional<Path> folder() {
        return file().or(() -> recent.files().stream().findFirst()).map(Path::getParent);
    }

    private static boolean isMissing(Path path) {
        return !java.nio.file.Files.exists(path);
    }

    /** A document name made safe as a file name on every platform. */
    static String safeFileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return safe.isEmpty() || safe.equals(ScenarioDocument.UNTITLED) ? "scenario" : safe;
    }

    private void clearAutosave() {
        try {
            autosave.clear();
        } catch (IOException e) {
            // A leftover autosave is offered at the next start; harmless.
        }
    }

    private void discard(AutosaveStore.Recovery recovery) {
        try {
            autosave.discard(recovery);
        } catch (IOException e) {
            // It will be offered again next time.
        }
    }
}
