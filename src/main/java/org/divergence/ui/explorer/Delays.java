package org.divergence.ui.explorer;

import java.time.Duration;

import javafx.animation.PauseTransition;

/**
 * Runs a task on the FX thread after a delay, for debouncing (autosave waits for a pause in the
 * changes). The window uses {@link #fx()}; tests pass a clock they advance by hand.
 */
@FunctionalInterface
public interface Delays {

    /** Runs {@code task} after {@code delay} unless the returned action is run first to cancel it. */
    Runnable after(Duration delay, Runnable task);

    /** Delays on the JavaFX animation clock; the task runs on the FX thread. */
    static Delays fx() {
        return (delay, task) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> task.run());
            pause.play();
            return pause::stop;
        };
    }
}
