package org.divergence.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.RecentFiles;
import org.divergence.ui.files.DocumentController;
import org.divergence.ui.files.DocumentFeature;
import org.divergence.ui.files.SystemFilePicker;

/**
 * The explorer window's application: one view-model recomputed once per frame, one main window,
 * scenario files (File and Presets menus) added by {@link DocumentFeature}. A single argument is a
 * scenario file to open at start.
 */
public final class DivergenceApp extends Application {

    /** Autosaves are written here, one at a time and off the FX thread; daemon so it never holds up exit. */
    private final ExecutorService fileWriter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "divergence-autosave");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void start(Stage stage) {
        ExplorerViewModel viewModel = new ExplorerViewModel(new PulseFrameScheduler());
        MainWindow window = new MainWindow(stage, viewModel);
        DocumentController documents = DocumentFeature.install(window, new DocumentFeature.Services(
                new SystemFilePicker(stage), RecentFiles.inAppDataFolder(), AutosaveStore.inAppDataFolder(),
                fileWriter, Clock.systemUTC())).documents();
        window.show();
        List<String> args = getParameters().getRaw();
        // After the window is up, so the questions and errors have a window to belong to.
        Platform.runLater(() -> {
            documents.offerRecovery();
            if (!args.isEmpty()) {
                documents.open(Path.of(args.get(0)));
            }
        });
    }

    @Override
    public void stop() {
        fileWriter.shutdown();
    }
}
