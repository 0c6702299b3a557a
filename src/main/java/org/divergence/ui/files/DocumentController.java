package org.divergence.ui.files;

import java.util.function.Function;

import org.divergence.text.Text;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

import org.divergence.model.Scenario;
import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.FigureFiles;
import org.divergence.scenario.LoadedScenario;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioFileException;
import org.divergence.scenario.ScenarioFormat;
import org.divergence.scenario.ScenarioReader;
import org.divergence.scenario.ScenarioWriter;
import org.divergence.scenario.ViewSettings;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.BackgroundWork.Lane;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.explorer.UndoHistory;
import org.divergence.ui.explorer.WindowState;
import org.divergence.ui.files.DocumentDialogs.NameAndNotes;

/**
 * The open scenario as a document: which file it belongs to, whether it has unsaved changes, and the
 * File-menu commands (new, open, save, save as, revert, presets, recovery, autosave).
 *
 * <p>"Unsaved changes" is derived, not flagged: the scenario on screen (and its name and notes)
 * compared with what was last opened or saved, so moving a lever and back clears the mark. A file is
 * read completely before the user is asked about unsaved work, so a broken file costs nothing: the
 * error is shown and the scenario on screen stays exactly as it was.
 *
 * <p>Every read and write of the disk runs on {@link BackgroundWork}; the FX thread never waits for
 * it. So commands that touch a file complete later, with true when they did what they were asked
 * (false when the user cancelled or the file failed); in tests the work runs at once.
 */
public final class DocumentController {

    /** Scenario files are read and written in the order asked: a save finishes before the next open reads. */
    static final Lane FILES = Lane.inOrder("scenario files");
    /** Only the newest copy of unsaved work matters. */
    static final Lane AUTOSAVE = Lane.latestWins("autosave");
    /** Removing recovered autosaves, one after another. */
    static final Lane RECOVERY = Lane.inOrder("recovery");

    private final ExplorerViewModel viewModel;
    private final WindowState window;
    private final DocumentDialogs dialogs;
    private final Notices notices;
    private final RecentFilesList recent;
    private final AutosaveStore autosave;
    private final BackgroundWork work;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** Counts changes to what Save would write; autosave follows it. */
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** The document as last opened or saved; the reference for "unsaved changes". */
    private ScenarioDocument saved = ScenarioDocument.untitled(Scenario.defaults());
    /** Name and notes as edited since; the scenario itself lives in the view-model. */
    private NameAndNotes meta = new NameAndNotes(saved.name(), saved.description());
    /** The preset the document started from, until it is saved as a file of its own. */
    private Optional<Presets.Preset> preset = Optional.empty();
    /** Recovered work is unsaved even if it happens to equal the file it came from. */
    private boolean recovered;
    /**
     * Goes up each time another document is put on screen, so a save that finishes after the user moved
     * on (New, a preset, another file) does not attach its file to the document shown now.
     */
    private long shown;
    /** What the title calls the document: its file's name, a preset's name, recovered work's name, or empty. */
    private String displayName = "";
    /** An autosave failure is told once, not at every change. */
    private boolean autosaveFailureShown;

    public DocumentController(ExplorerViewModel viewModel, DocumentDialogs dialogs, Notices notices,
                              RecentFilesList recent, AutosaveStore autosave, BackgroundWork work, Clock clock) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.window = viewModel.window();
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
        viewModel.scenarioProperty().addListener((obs, old, now) -> changed());
        window.baselineProperty().addListener((obs, old, now) -> changed());
        saved = saved.withScenario(viewModel.getScenario());
        updateTitle();
    }

    // --- state ---------------------------------------------------------------------------------

    /** The file the document was opened from or saved to; null for a new document or a preset. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    public Optional<Path> file() { return Optional.ofNullable(file.get()); }

    /** True while there are changes that Save would write; the same as {@link WindowState#modifiedProperty()}. */
    public ReadOnlyBooleanProperty modifiedProperty() { return window.modifiedProperty(); }

    public boolean isModified() { return window.modifiedProperty().get(); }

    /** Goes up by one at every change to what Save would write. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Most recent first; remembered across runs. */
    public ObservableList<Path> recentFiles() { return recent.files(); }

    /**
     * The document as Save would write it now. A preset's story describes the preset's values; once
     * those are changed and the notes are still the story, the notes say what was changed instead.
     */
    public ScenarioDocument currentDocument() {
        Scenario scenario = viewModel.getScenario();
        String notes = meta.notes();
        if (preset.isPresent() && notes.equals(preset.get().description())
                && !scenario.equals(preset.get().document().scenario())) {
            notes = PresetNotes.changedFrom(preset.get(), scenario);
        }
        return saved.withScenario(scenario).withName(meta.name()).withDescription(notes)
                .withView(saved.view().withSummaryYear(OptionalInt.of(window.getSummaryYear()))
                        .withBaseline(window.baseline()));
    }

    // --- commands ----------------------------------------------------------------------------

    /** File > New: today's world (the baseline), untitled. */
    public CompletionStage<Boolean> newDocument() {
        return mayDiscard(t -> t.get("files.action.new")).thenApply(ok -> {
            if (ok) {
                show(ScenarioDocument.untitled(Scenario.defaults()), null, Optional.empty(), t -> t.get("files.step.new"));
            }
            return ok;
        });
    }

    /** File > Open...: choose, read, then (if there is unsaved work) ask, then show. */
    public CompletionStage<Boolean> open() {
        Optional<Path> chosen = dialogs.chooseFileToOpen(folder());
        return chosen.isPresent() ? open(chosen.get()) : done(false);
    }

    /** Opens a given file: Open Recent, a dropped file, or a path on the command line. */
    public CompletionStage<Boolean> open(Path path) {
        CompletableFuture<Boolean> opened = new CompletableFuture<>();
        work.submit(FILES, words().get("files.job.opening", name(path)), progress -> read(path),
                read -> showOpened(path, read).thenAccept(opened::complete),
                failure -> {
                    openFailed(path, failure);
                    opened.complete(false);
                }, () -> opened.complete(false));
        return opened;
    }

    /**
     * Presets menu: the preset as a new, untitled document named after it. A notice points to its
     * story, which the "Why?" tab tells.
     */
    public CompletionStage<Boolean> openPreset(Presets.Preset chosen) {
        return openTemplate(chosen, t -> t.get("files.action.openPreset", chosen.name())).thenApply(opened -> {
            if (opened && !chosen.description().isBlank()) {
                Text t = words();
                notices.show(Notices.Kind.INFO, window.text().name(chosen.name()), t.get("why.presetNotice"),
                        Optional.of(new Notices.Action(t.get("why.presetNotice.show"), () -> window.whyShownProperty().set(true))));
            }
            return opened;
        });
    }

    /**
     * A starting point that is not a file (a preset, a challenge's scenario) as a new, untitled document
     * named after it, after asking about unsaved work. {@code action} names what is done, for that
     * question and the Edit menu: "opening the challenge Mining fights back".
     */
    public CompletionStage<Boolean> openTemplate(Presets.Preset chosen, Function<Text, String> action) {
        return mayDiscard(action).thenApply(ok -> {
            if (ok) {
                // A template, not a file: saving it makes a new scenario with its own creation time.
                ScenarioDocument template = chosen.document();
                show(new ScenarioDocument(template.name(), template.description(), Optional.empty(),
                        Optional.empty(), template.scenario(), template.view()), null, Optional.of(chosen), action);
            }
            return ok;
        });
    }

    /** File > Save: to the document's file, or Save As for a new document. */
    public CompletionStage<Boolean> save() {
        return file().isPresent() ? writeTo(file().get()) : saveAs();
    }

    /** File > Save As...: always asks where. */
    public CompletionStage<Boolean> saveAs() {
        String suggested = safeFileName(meta.name()) + ScenarioFormat.EXTENSION;
        Optional<Path> chosen = dialogs.chooseFileToSave(
                file().map(p -> p.getFileName().toString()).orElse(suggested), folder());
        if (chosen.isEmpty()) {
            return done(false);
        }
        Path target = chosen.get();
        String name = target.getFileName().toString();
        if (!ScenarioFormat.hasExtension(name)) {
            target = target.resolveSibling(ScenarioFormat.baseName(name) + ScenarioFormat.EXTENSION);
        }
        return writeTo(target);
    }

    /** File > Revert: back to the file on disk (or the preset / new document), after asking. */
    public CompletionStage<Boolean> revert() {
        if (!isModified() || !dialogs.confirmRevert(displayNameOrUntitled())) {
            return done(false);
        }
        if (file().isEmpty()) {
            show(saved, null, preset, t -> t.get("files.step.revert"));
            return done(true);
        }
        Path path = file().get();
        CompletableFuture<Boolean> reverted = new CompletableFuture<>();
        work.submit(FILES, words().get("files.job.reverting", name(path)), progress -> ScenarioReader.read(path),
                loaded -> {
                    show(loaded.document(), path, Optional.empty(), t -> t.get("files.step.revert"));
                    reverted.complete(true);
                },
                failure -> {
                    openFailed(path, failure);
                    reverted.complete(false);
                }, () -> reverted.complete(false));
        return reverted;
    }

    /** File > Name and notes...: the name and description saved with the scenario. */
    public void editNameAndNotes() {
        // The notes as Save would write them: a changed preset's notes say what was changed, not its story.
        dialogs.editNameAndNotes(new NameAndNotes(meta.name(), currentDocument().description())).ifPresent(edited -> {
            String name = edited.name().isBlank() ? meta.name() : edited.name().strip();
            asOneStep(t -> t.get("files.step.nameAndNotes"), () -> {
                meta = new NameAndNotes(name, edited.notes());
                changed();
            });
        });
    }

    /** Before the window closes: completes with true when it may (saved, discarded, or nothing to save). */
    public CompletionStage<Boolean> mayClose() {
        return mayDiscard(t -> t.get("files.action.close"));
    }

    /**
     * After a normal close: nothing is left to recover. The clearing runs behind any autosave still
     * queued, so a late autosave cannot reappear as "unsaved work" at the next start.
     */
    public void closed() {
        work.submit(AUTOSAVE, words().get("files.job.clearAutosave"), progress -> {
            autosave.clear();
            return null;
        }, nothing -> { }, failure -> {
            // The window is gone; the worst case is an offer, next start, to recover work that was saved.
        });
    }

    /** Keeps a copy of unsaved work in the autosave store, off the FX thread; clears it when there is none. */
    public void autosave() {
        if (!isModified()) {
            work.submit(AUTOSAVE, words().get("files.job.clearAutosave"), progress -> {
                autosave.clear();
                return null;
            }, nothing -> { }, failure -> {
                // A leftover autosave is offered at the next start, where it can be declined; harmless.
            });
            return;
        }
        ScenarioDocument snapshot = currentDocument();
        Optional<Path> original = file();
        work.submit(AUTOSAVE, words().get("files.job.autosave"), progress -> {
            autosave.save(snapshot, original, clock.instant());
            return null;
        }, nothing -> autosaveFailureShown = false, failure -> {
            if (!autosaveFailureShown) {
                autosaveFailureShown = true;
                notices.warning(words().get("files.autosaveFailed"),
                        words().get("files.autosaveFailedText", BackgroundWork.describe(failure)));
            }
        });
    }

    /** At start-up: offers the unsaved work of sessions that ended abnormally, newest first. */
    public CompletionStage<Void> offerRecovery() {
        CompletableFuture<Void> offered = new CompletableFuture<>();
        work.submit(RECOVERY, words().get("files.job.lookForRecovery"), progress -> findRecoveries(),
                found -> {
                    offer(found);
                    offered.complete(null);
                },
                failure -> {
                    // The files stay for the next start; the user should know why nothing was offered now.
                    notices.warning(words().get("files.recoveryFailed"),
                            words().get("files.recoveryFailedText", BackgroundWork.describe(failure)));
                    offered.complete(null);
                }, () -> offered.complete(null));
        return offered;
    }

    // --- behaviour ----------------------------------------------------------------------------

    /** Asks about unsaved work; completes with true when the caller may go on. */
    private CompletionStage<Boolean> mayDiscard(Function<Text, String> action) {
        if (!isModified()) {
            return done(true);
        }
        return switch (dialogs.askToSaveChanges(displayNameOrUntitled(), action.apply(words()))) {
            // Changes made while the file was being written are unsaved again: asked about once more.
            case SAVE -> save().thenCompose(saved -> saved ? mayDiscard(action) : done(false));
            case DONT_SAVE -> done(true);
            case CANCEL -> done(false);
        };
    }

    /** A file as read in the background: its scenario, and whether it is a figure that carries one. */
    private record Opened(LoadedScenario loaded, boolean figure) {}

    private static Opened read(Path path) throws ScenarioFileException {
        LoadedScenario loaded = ScenarioReader.read(path);
        return new Opened(loaded, FigureFiles.kindOf(path).isPresent());
    }

    private CompletionStage<Boolean> showOpened(Path path, Opened opened) {
        LoadedScenario loaded = opened.loaded();
        // A figure carries its scenario but is a picture: opened like a template, so Save asks for a
        // scenario file instead of writing over the figure.
        boolean figure = opened.figure();
        // Opening the file that is already open is going back to what is on disk: asked as a revert.
        boolean reopening = file().map(open -> open.equals(path.toAbsolutePath().normalize())).orElse(false);
        CompletionStage<Boolean> mayGoOn = reopening
                ? done(!isModified() || dialogs.confirmRevert(displayNameOrUntitled()))
                : mayDiscard(t -> t.get("files.action.open", name(path)));
        return mayGoOn.thenApply(ok -> {
            if (ok) {
                show(loaded.document(), figure ? null : path, Optional.empty(), t -> t.get("files.action.open", name(path)));
                recent.add(path);
                if (loaded.hasWarnings()) {
                    String source = String.valueOf(path.getFileName());
                    Text t = words();
                    notices.show(Notices.Kind.WARNING, t.get(loaded.warnings().size() == 1 ? "files.openedWithNote"
                                    : "files.openedWithNotes", loaded.warnings().size()),
                            t.get("files.openedWithNotesText", source),
                            Optional.of(new Notices.Action(t.get("files.showNotes"),
                                    () -> dialogs.showWarnings(source, loaded.warnings()))));
                }
            }
            return ok;
        });
    }

    private void openFailed(Path path, Throwable failure) {
        ScenarioFileException error = failure instanceof ScenarioFileException e ? e
                : new ScenarioFileException(String.valueOf(path.getFileName()),
                        words().get("files.couldNotRead", BackgroundWork.describe(failure)), failure);
        dialogs.showOpenError(error);
        if (error.getCause() instanceof NoSuchFileException) {
            recent.remove(path);
        }
    }

    private CompletionStage<Boolean> writeTo(Path target) {
        ScenarioDocument document = currentDocument().savedAt(clock.instant());
        long showing = shown;
        CompletableFuture<Boolean> written = new CompletableFuture<>();
        work.submit(FILES, words().get("files.job.saving", name(target)), progress -> {
            ScenarioWriter.save(target, document);
            return target.toAbsolutePath().normalize();
        }, where -> {
            if (showing == shown) {
                markSaved(document, where);
            } else {
                // Another document is on screen now: the file holds what was saved, and that is all.
                recent.add(where);
                notices.info(words().get("notice.saved"), words().get("files.saved", name(where)));
            }
            written.complete(true);
        }, failure -> {
            dialogs.showSaveError(target, failure instanceof IOException e ? e
                    : new IOException(BackgroundWork.describe(failure), failure));
            written.complete(false);
        }, () -> written.complete(false));
        return written;
    }

    /**
     * The write has finished. The user may have gone on changing things meanwhile, so what is on screen
     * stays; only the reference for "unsaved changes" becomes what was written.
     */
    private void markSaved(ScenarioDocument document, Path where) {
        saved = document;
        if (meta.notes().equals(preset.map(Presets.Preset::description).orElse(null))) {
            meta = new NameAndNotes(meta.name(), document.description());
        }
        preset = Optional.empty();
        recovered = false;
        file.set(where);
        displayName = where.getFileName().toString();
        recent.add(where);
        changed();
        // The copy kept for a crash is out of date now: removed, or replaced by the changes made since.
        autosave();
        notices.info(words().get("notice.saved"), words().get("files.saved", name(where)));
    }

    /** Reads the leftovers of crashed sessions, each with the file it belonged to as it is on disk now. */
    private List<FoundWork> findRecoveries() {
        List<FoundWork> found = new ArrayList<>();
        for (AutosaveStore.Recovery recovery : autosave.recoverable()) {
            Optional<ScenarioDocument> onDisk = Optional.empty();
            if (recovery.originalFile().isPresent()) {
                try {
                    onDisk = Optional.of(ScenarioReader.read(recovery.originalFile().get()).document());
                } catch (ScenarioFileException gone) {
                    // The file was moved or broken since: the work comes back as a new document.
                }
            }
            found.add(new FoundWork(recovery, onDisk));
        }
        return found;
    }

    private record FoundWork(AutosaveStore.Recovery recovery, Optional<ScenarioDocument> onDisk) {}

    /** One question per leftover, newest first, until one is restored; declined ones are removed. */
    private void offer(List<FoundWork> found) {
        for (FoundWork each : found) {
            boolean restore = dialogs.offerRecovery(each.recovery());
            work.submit(RECOVERY, words().get("files.job.removeRecovered"), progress -> {
                autosave.discard(each.recovery());
                return null;
            }, nothing -> { }, failure -> {
                // It will be offered again at the next start.
            });
            if (restore) {
                restore(each);
                return;
            }
        }
    }

    /**
     * Puts recovered work on screen as unsaved changes to the file it came from (when that still
     * opens), so Save writes it back there and Revert returns to the file.
     */
    private void restore(FoundWork found) {
        asOneStep(t -> t.get("files.step.recover"), () -> putRecovered(found));
    }

    private void putRecovered(FoundWork found) {
        Optional<Path> original = found.onDisk().isPresent() ? found.recovery().originalFile() : Optional.empty();
        put(found.onDisk().orElse(ScenarioDocument.untitled(Scenario.defaults())), original.orElse(null), Optional.empty());
        ScenarioDocument work = found.recovery().document();
        meta = new NameAndNotes(work.name(), work.description());
        if (original.isEmpty() && !work.name().equals(ScenarioDocument.UNTITLED)) {
            displayName = work.name();
        }
        saved = saved.withView(work.view());
        recovered = true;
        viewModel.load(work.scenario());
        work.view().summaryYear().ifPresent(window::setSummaryYear);
        window.baselineProperty().set(baselineOf(work));
        changed();
    }

    /**
     * Makes {@code document} the one on screen and the reference for unsaved changes, as one undoable
     * step: undoing it brings back the document shown before, unsaved changes and all.
     */
    private void show(ScenarioDocument document, Path from, Optional<Presets.Preset> startedFrom,
                      Function<Text, String> step) {
        asOneStep(step, () -> put(document, from, startedFrom));
    }

    private void put(ScenarioDocument document, Path from, Optional<Presets.Preset> startedFrom) {
        shown++;
        saved = document;
        meta = new NameAndNotes(document.name(), document.description());
        preset = startedFrom;
        recovered = false;
        file.set(from == null ? null : from.toAbsolutePath().normalize());
        displayName = from != null ? from.getFileName().toString()
                : document.name().equals(ScenarioDocument.UNTITLED) ? "" : document.name();
        viewModel.load(document.scenario());
        document.view().summaryYear().ifPresent(window::setSummaryYear);
        window.baselineProperty().set(baselineOf(document));
        changed();
    }

    /** What is on screen of a document, enough to put it back on screen (undo, redo). */
    private record OnScreen(ScenarioDocument saved, NameAndNotes meta, Optional<Presets.Preset> preset,
                            boolean recovered, Path file, String displayName, Scenario scenario,
                            ViewSettings.Baseline baseline, int summaryYear) {}

    private OnScreen onScreen() {
        return new OnScreen(saved, meta, preset, recovered, file.get(), displayName, viewModel.getScenario(),
                window.baselineProperty().get(), window.getSummaryYear());
    }

    private void putBack(OnScreen state) {
        shown++;
        saved = state.saved();
        meta = state.meta();
        preset = state.preset();
        recovered = state.recovered();
        file.set(state.file());
        displayName = state.displayName();
        viewModel.load(state.scenario());
        window.setSummaryYear(state.summaryYear());
        window.baselineProperty().set(state.baseline());
        changed();
    }

    /** Makes {@code changes} (which change the document on screen) one step in the Edit menu's history. */
    private void asOneStep(Function<Text, String> label, Runnable changes) {
        UndoHistory history = viewModel.history();
        OnScreen before = onScreen();
        history.withoutRecording(changes);
        OnScreen after = onScreen();
        if (!after.equals(before)) {
            history.record(new UndoHistory.Step(label, null, () -> putBack(before), () -> putBack(after)));
        }
    }

    /** Something Save would write may have changed: update the title and mark, and let autosave know. */
    private void changed() {
        updateTitle();
        revision.set(revision.get() + 1);
    }

    private void updateTitle() {
        window.modifiedProperty().set(recovered
                || !viewModel.getScenario().equals(saved.scenario())
                || !meta.name().equals(saved.name())
                || !meta.notes().equals(saved.description())
                || !Objects.equals(window.baselineProperty().get(), baselineOf(saved)));
        window.documentNameProperty().set(displayName);
        window.documentNotesProperty().set(meta.notes());
    }

    /**
     * The baseline a document compares with: its own, or the Baseline preset when it names none (a
     * new scenario, a preset, a file from before baselines were saved).
     */
    private static ViewSettings.Baseline baselineOf(ScenarioDocument document) {
        return document.view().baseline().orElseGet(WindowState::defaultBaseline);
    }

    private String displayNameOrUntitled() {
        String name = window.documentNameProperty().get();
        return name.isEmpty() ? ScenarioDocument.UNTITLED : name;
    }

    /** Where file choosers start: the current file's folder, else the most recent file's. */
    private Optional<Path> folder() {
        return file().or(() -> recent.files().stream().findFirst()).map(Path::getParent);
    }

    /** The window's words now, for a notice, a question or a job's title. */
    private Text words() {
        return window.text().now();
    }

    private static String name(Path path) {
        return String.valueOf(path.getFileName());
    }

    private static CompletionStage<Boolean> done(boolean value) {
        return CompletableFuture.completedFuture(value);
    }

    /** A document name made safe as a file name on every platform. */
    static String safeFileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return safe.isEmpty() || safe.equals(ScenarioDocument.UNTITLED) ? "scenario" : safe;
    }
}
