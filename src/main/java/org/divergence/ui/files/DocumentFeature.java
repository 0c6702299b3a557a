package org.divergence.ui.files;

import java.io.File;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.RecentFiles;
import org.divergence.ui.MainWindow;

/**
 * Adds scenario files to the main window: the File and Presets menus, the title (file name and
 * unsaved-changes mark), asking before closing with unsaved work, dropping a file onto the window,
 * and autosave.
 */
public final class DocumentFeature {

    private final DocumentController documents;
    private final Autosaver autosaver;

    private DocumentFeature(DocumentController documents, Autosaver autosaver) {
        this.documents = documents;
        this.autosaver = autosaver;
    }

    /** The services a window needs for files; the app passes the real ones, tests temporary ones. */
    public record Services(FilePicker picker, RecentFiles recentFiles, AutosaveStore autosave,
                           Executor background, Clock clock) {}

    public static DocumentFeature install(MainWindow window, Services services) {
        Stage stage = window.stage();
        RecentFilesList recent = new RecentFilesList(services.recentFiles());
        DocumentController documents = new DocumentController(window.viewModel(), window.summaryYearProperty(),
                new FxDocumentDialogs(stage, services.picker()), recent, services.autosave(),
                services.background(), services.clock());
        Autosaver autosaver = new Autosaver(documents, Autosaver.DEFAULT_INTERVAL);

        DocumentFeature feature = new DocumentFeature(documents, autosaver);
        window.menuBar().getMenus().add(0, new FileMenu(documents, recent, () -> feature.closeIfAllowed(stage)).menu());
        window.menuBar().getMenus().add(1, new PresetsMenu(documents).menu());
        window.documentNameProperty().bind(documents.displayNameProperty());
        window.modifiedProperty().bind(documents.modifiedProperty());

        stage.setOnCloseRequest(event -> {
            if (!feature.mayClose()) {
                event.consume();
            }
        });
        acceptDroppedFiles(stage.getScene(), documents);
        autosaver.start();
        return feature;
    }

    public DocumentController documents() { return documents; }

    /** Asks about unsaved work; when the window may close, stops autosave and leaves nothing to recover. */
    private boolean mayClose() {
        if (!documents.mayClose()) {
            return false;
        }
        autosaver.stop();
        documents.closed();
        return true;
    }

    /** File > Quit: the same question as the window's close button. */
    private void closeIfAllowed(Stage stage) {
        if (mayClose()) {
            stage.close();
        }
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

    /** One dropped file is opened like File > Open; several at once are refused (one document per window). */
    static boolean openDropped(DocumentController documents, List<File> files) {
        return files.size() == 1 && documents.open(files.get(0).toPath());
    }
}
