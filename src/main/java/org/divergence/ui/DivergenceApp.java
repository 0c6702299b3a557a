package org.divergence.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The explorer window's application: one view-model recomputed once per frame, one main window.
 * Menus that belong to other features (File, Presets) are added to {@link MainWindow#menuBar()} here.
 */
public final class DivergenceApp extends Application {

    @Override
    public void start(Stage stage) {
        ExplorerViewModel viewModel = new ExplorerViewModel(new PulseFrameScheduler());
        MainWindow window = new MainWindow(stage, viewModel);
        window.show();
    }
}
