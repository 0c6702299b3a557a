package org.divergence.ui.files;

import java.time.Duration;
import java.util.Objects;

import org.divergence.ui.explorer.Delays;

/**
 * Decides when unsaved work is copied to the autosave store: soon after every change, so a crash
 * costs at most the last couple of seconds, but not at every step of a lever being dragged.
 *
 * <p>A write happens once the changes have paused for {@link #QUIET} (at most twice that after the
 * last change), and never later than {@link #MAX_WAIT} after the first change not yet written, even
 * while changes keep coming (a long drag). With the write itself taking milliseconds, work is on disk
 * within about 2 s of any change. A change costs a counter increment: at most two timers run at once,
 * however fast the changes come.
 */
final class Autosaver {

    static final Duration QUIET = Duration.ofMillis(500);
    static final Duration MAX_WAIT = Duration.ofMillis(1500);

    private final Delays delays;
    private final Runnable write;
    /** Changes not yet written; the quiet timer looks whether more came while it waited. */
    private long changes;
    private long changesWhenQuietStarted;
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
        changes++;
        if (cancelQuiet == null) {
            startQuiet();
        }
        if (cancelDeadline == null) {
            cancelDeadline = delays.after(MAX_WAIT, this::writeNow);
        }
    }

    /** The window is closing: nothing more is written. */
    void stop() {
        stopped = true;
        cancelTimers();
    }

    private void startQuiet() {
        changesWhenQuietStarted = changes;
        cancelQuiet = delays.after(QUIET, this::quietEnded);
    }

    /** A quiet time has passed: write if nothing changed meanwhile, else wait for another. */
    private void quietEnded() {
        cancelQuiet = null;
        if (changes == changesWhenQuietStarted) {
            writeNow();
        } else {
            startQuiet();
        }
    }

    private void writeNow() {
        cancelTimers();
        changes = 0;
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
