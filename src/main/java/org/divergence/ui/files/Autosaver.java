package org.divergence.ui.files;

import java.time.Duration;
import java.util.Objects;

import org.divergence.ui.explorer.Delays;

/**
 * Decides when unsaved work is copied to the autosave store: soon after every change, so a crash
 * costs at most the last couple of seconds, but not at every step of a lever being dragged.
 *
 * <p>A write happens {@link #QUIET} after the last change, and never later than {@link #MAX_WAIT}
 * after the first change not yet written, even while changes keep coming (a long drag). With the
 * write itself taking milliseconds, work is on disk within about 2 s of any change.
 */
final class Autosaver {

    static final Duration QUIET = Duration.ofMillis(500);
    static final Duration MAX_WAIT = Duration.ofMillis(1500);

    private final Delays delays;
    private final Runnable write;
    private Runnable cancelQuiet;
    private Runnable cancelDeadline;
    private boolean stopped;

    /** @param write takes a snapshot on the FX thread and hands the writing to the background */
    Autosaver(Delays delays, Runnable write) {
        this.delays = Objects.requireNonNull(delays, "delays");
        this.write = Objects.requireNonNull(write, "write");
    }

    /** Something that would be saved has changed. */
    void changed() {
        if (stopped) {
            return;
        }
        if (cancelQuiet != null) {
            cancelQuiet.run();
        }
        cancelQuiet = delays.after(QUIET, this::writeNow);
        if (cancelDeadline == null) {
            cancelDeadline = delays.after(MAX_WAIT, this::writeNow);
        }
    }

    /** The window is closing: nothing more is written. */
    void stop() {
        stopped = true;
        cancelTimers();
    }

    private void writeNow() {
        cancelTimers();
        if (!stopped) {
            write.run();
        }
    }

    private void cancelTimers() {
        if (cancelQuiet != null) {
            cancelQuiet.run();
            cancelQuiet = null;
        }
        if (cancelDeadline != null) {
            cancelDeadline.run();
            cancelDeadline = null;
        }
    }
}
