package org.divergence.ui.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;
import javafx.stage.Stage;

import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.RecentFiles;
import org.divergence.scenario.SettingsFile;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.Delays;
import org.divergence.ui.files.DocumentFeature;

/**
 * The JavaFX application: the real services (the platform's file dialogs, the application-data
 * folder, notifications, worker threads) handed to {@link ExplorerWindow}. A single argument is a
 * scenario file to open at start.
 */
public final class DivergenceApp extends Application {

    @Override
    public void start(Stage stage) {
        AppIcons.decodeInBackground();
        FxNotices notices = new FxNotices(stage);
        BackgroundWork work = BackgroundWork.forWindow(notices);
        SystemFilePicker picker = new SystemFilePicker(stage);
        DocumentFeature.Services services = new DocumentFeature.Services(picker,
                RecentFiles.inAppDataFolder(), AutosaveStore.inAppDataFolder(), Clock.systemUTC(), Delays.fx());
        List<String> args = getParameters().getRaw();
        ExplorerWindow window = ExplorerWindow.build(stage, notices, work, services, SettingsFile.inAppDataFolder());
        picker.speak(window.viewModel().window().text());
        // Sources the documentation cites open in the system's browser.
        window.viewModel().links().setWebPages(getHostServices()::showDocument);
        window.show(args.isEmpty() ? Optional.empty() : Optional.of(Path.of(args.get(0))));
    }
}
