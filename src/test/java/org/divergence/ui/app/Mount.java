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

    /** Puts the component built by {@code view} on the primary stage at the given size and shows it. */
    public static <T extends Parent> T of(Supplier<T> view, double width, double height) {
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            T node = TestWindow.onFx(() -> {
                T built = view.get();
                Scene scene = new Scene(built, width, height);
                MainWindow.applyTheme(scene, Theme.LIGHT);
                stage.setScene(scene);
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
