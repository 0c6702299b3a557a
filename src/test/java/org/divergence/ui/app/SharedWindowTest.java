package org.divergence.ui.app;

import java.nio.file.Path;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * The base of window test classes that share one window: it is opened once for the class and put
 * back to how it opened before each test ({@link TestWindow#reset}), because opening it is most of a
 * window test's cost.
 */
abstract class SharedWindowTest {

    @TempDir
    static Path folder;
    static TestWindow shared;

    /** Finds nodes and runs code on the FX thread. */
    final FxRobot robot = new FxRobot();
    /** The keyboard and mouse. */
    UserInput user;
    ExplorerViewModel viewModel;
    Stage stage;

    @BeforeAll
    static void openTheWindow() {
        shared = TestWindow.open(folder.resolve("data"));
    }

    /** The window closes as a user closes it (nothing unsaved), so its autosave and workers stop. */
    @AfterAll
    static void closeTheWindow() {
        shared.close();
    }

    @BeforeEach
    void resetTheWindow() {
        shared.reset();
        user = shared.user;
        viewModel = shared.viewModel();
        stage = shared.stage;
    }
}
