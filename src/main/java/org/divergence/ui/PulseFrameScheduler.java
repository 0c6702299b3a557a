package org.divergence.ui;

import javafx.animation.AnimationTimer;

/**
 * Runs a task at the next JavaFX pulse. An {@link AnimationTimer} fires before the pulse's CSS and
 * layout pass, so whatever the task changes is drawn in that same frame. The timer only runs while a
 * task is waiting, so an idle window costs nothing.
 */
public final class PulseFrameScheduler implements FrameScheduler {

    private Runnable pending;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            Runnable task = pending;
            pending = null;
            if (task != null) {
                task.run();
            }
        }
    };

    @Override
    public void runAtNextFrame(Runnable task) {
        pending = task;
        timer.start();
    }
}
