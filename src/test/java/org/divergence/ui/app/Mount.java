package org.divergence.ui.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.divergence.figure.Theme;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * One component alone on TestFX's stage, styled as in the window (theme and app stylesheets), for
 * tests that need no whole window: quicker to build, and nothing else in the way.
 */
public final class Mount {

    private Mount() {}

    /**
     * Puts the component built by {@code view} on the primary stage at the given size and shows it.
     * The size must fit the headless test screen (1280 x 800): a larger window makes Monocle paint past
     * its screen buffer ("BufferOverflowException" at every frame).
     */
    public static <T extends Parent> T of(Supplier<T> view, double width, double height) {
        if (width > 1280 || height > 800) {
            throw new IllegalArgumentException("larger than the test screen: " + width + " x " + height);
        }
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            T node = TestWindow.onFx(() -> {
                T built = view.get();
                Scene scene = stage.getScene();
                if (scene != null && scene.getWidth() == width && scene.getHeight() == height && stage.isShowing()) {
                    // The same size as the last component: only the content changes. (A new scene on a shown
                    // stage makes Monocle repaint into a buffer of the old size: "BufferOverflowException".)
                    scene.setRoot(built);
                } else {
                    scene = new Scene(built, width, height);
                    stage.setScene(scene);
                    stage.sizeToScene();
                }
                MainWindow.applyTheme(scene, Theme.LIGHT);
                stage.show();
                return built;
            });
            WaitForAsyncUtils.waitForFxEvents();
            return node;
        } catch (TimeoutException e) {
            throw new AssertionError("could not show the component", e);
        }
    }

    /** Waits until the view-model's next frame has recomputed the projection. */
    public static void awaitFrame(ExplorerViewModel viewModel) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> TestWindow.onFx(() -> !viewModel.isRecomputePending()));
        } catch (TimeoutException e) {
            throw new AssertionError("no frame recomputed the projection within 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
