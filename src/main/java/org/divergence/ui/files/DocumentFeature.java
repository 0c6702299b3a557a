package org.divergence.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.RecentFiles;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.Delays;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.FilePicker;
import org.divergence.ui.explorer.Notices;

/**
 * Scenario files in the window: the File and Presets menus, the document's name and unsaved-changes
 * mark in the window state (the title shows them), asking before the window closes with unsaved
 * work, a file dropped onto the window, autosave, and recovery after a crash.
 */
public final class DocumentFeature {

    /** How long, after the window closed, the last writes may keep the app alive. */
    private static final Duration WRITE_GRACE = Duration.ofSeconds(10);

    /** What the feature needs from outside; the app passes the real ones, tests temporary ones. */
    public record Services(FilePicker picker, RecentFiles recentFiles, AutosaveStore autosave, Clock clock,
                           Delays delays) {}

    private final Stage stage;
    private final BackgroundWork work;
    private final DocumentController documents;
    private final Autosaver autosaver;
    private final List<Menu> menus;

    public DocumentFeature(ExplorerViewModel viewModel, BackgroundWork work, Notices notices, Stage stage,
                           Services services) {
        this.stage = stage;
        this.work = work;
        RecentFilesList recent = new RecentFilesList(services.recentFiles(), work, viewModel.window().text());
        documents = new DocumentController(viewModel, new FxDocumentDialogs(stage, services.picker(), viewModel.window().text()), notices,
                recent, services.autosave(), work, services.clock());
        autosaver = new Autosaver(services.delays(), documents::autosave);
        documents.revisionProperty().addListener((obs, old, now) -> autosaver.changed());
        menus = List.of(new FileMenu(documents, recent, this::quit, viewModel.window().text()).menu(),
                new PresetsMenu(documents, viewModel.window().text()).menu());
    }

    /** File and Presets, for the window's menu bar (they go first). */
    public List<Menu> menus() { return menus; }

    public DocumentController documents() { return documents; }

    /**
     * Once the window has its scene: asks before closing with unsaved work, opens a file dropped on
     * it, then offers crashed sessions' work back and opens {@code fileToOpen}, in that order.
     */
    public void start(Optional<Path> fileToOpen) {
        stage.setOnCloseRequest(event -> {
            // Asked on the FX thread; saving first finishes in the background, then the window closes.
            event.consume();
            quit();
        });
        acceptDroppedFiles(stage.getScene(), documents);
        documents.offerRecovery().thenRun(() -> fileToOpen.ifPresent(documents::open));
    }

    /** File > Quit and the window's close button: ask about unsaved work, then close at once. */
    private void quit() {
        documents.mayClose().thenAccept(mayClose -> {
            if (mayClose) {
                stopWriting();
                stage.close();
            }
        });
    }

    /**
     * The window is going, its work saved or discarded: no more autosaves, this session's autosave
     * removed, and writes already queued given {@link #WRITE_GRACE} to finish. On the FX thread.
     */
    public void stopWriting() {
        autosaver.stop();
        documents.closed();
        work.shutdown(WRITE_GRACE);
    }

    private static void acceptDroppedFiles(Scene scene, DocumentController documents) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            event.setDropCompleted(openDropped(documents, event.getDragboard().getFiles()));
            event.consume();
        });
    }

    /**
     * One dropped file is opened like File > Open; several at once are refused (one document per
     * window). True when the drop is taken; the file is then read in the background.
     */
    static boolean openDropped(DocumentController documents, List<File> files) {
        if (files.size() != 1) {
            return false;
        }
        documents.open(files.get(0).toPath());
        return true;
    }
}
