package org.divergence.ui.explorer;

/**
 * When the view-model's recompute runs. In the window it is the next JavaFX pulse (one per frame);
 * tests pass a manual scheduler so the coalescing can be checked without the toolkit.
 */
@FunctionalInterface
public interface FrameScheduler {

    /**
     * Runs {@code task} once at the start of the next frame, on the thread that owns the view-model.
     * Every task asked for before that frame runs, in the order asked.
     */
    void runAtNextFrame(Runnable task);
}
