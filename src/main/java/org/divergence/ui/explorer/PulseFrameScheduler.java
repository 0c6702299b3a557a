package org.divergence.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.AnimationTimer;

/**
 * Runs tasks at the next JavaFX pulse. An {@link AnimationTimer} fires before the pulse's CSS and
 * layout pass, so whatever a task changes is drawn in that same frame. Every task asked for before
 * the pulse runs once, in the order asked; the timer only runs while a task is waiting, so an idle
 * window costs nothing.
 */
public final class PulseFrameScheduler implements FrameScheduler {

    private List<Runnable> waiting = new ArrayList<>();

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            // Tasks asked for while these run wait for the next pulse, as the contract says.
            List<Runnable> due = waiting;
            waiting = new ArrayList<>();
            due.forEach(Runnable::run);
        }
    };

    @Override
    public void runAtNextFrame(Runnable task) {
        waiting.add(task);
        timer.start();
    }
}
