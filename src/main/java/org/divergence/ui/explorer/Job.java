package org.divergence.ui.explorer;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One piece of work submitted to {@link BackgroundWork}: what it is, how far it got, and a way to
 * cancel it. Its properties change on the FX thread only, so views can bind to them.
 */
public final class Job {

    /** Where a job is in its life; the last three are final. */
    public enum State { WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** A progress fraction while no fraction is known (an indeterminate bar). */
    public static final double UNKNOWN = -1;

    private final String title;
    private final BackgroundWork.Lane lane;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", UNKNOWN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Written by any thread: set once nobody wants the result any more. */
    private volatile boolean cancelled;
    /** The newest progress from the worker, and whether a hand-over to the FX thread is already queued. */
    private final AtomicReference<Progress> reported = new AtomicReference<>();
    private final AtomicBoolean handOverQueued = new AtomicBoolean();
    private BackgroundWork owner;

    private record Progress(double fraction, String message) {}

    Job(String title, BackgroundWork.Lane lane) {
        this.title = title;
        this.lane = lane;
    }

    void attach(BackgroundWork owner) {
        this.owner = owner;
    }

    /** What the job does, in words for a status line ("Saving classroom.divergence.json"). */
    public String title() { return title; }

    public BackgroundWork.Lane lane() { return lane; }

    /** Whether the user may stop it (a computation; a file being written finishes once begun). */
    public boolean isStoppable() { return lane.stoppable(); }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public State getState() { return state.get(); }

    /** 0 to 1, or {@link #UNKNOWN}. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** The work's own words about what it is doing now; may be empty. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** True once cancelled (by the user, or by a newer job in a latest-wins lane). */
    public boolean isCancelled() { return cancelled; }

    /**
     * Nobody wants this job's result any more: a waiting job never runs, a running one is asked to
     * stop (its work sees it through {@link BackgroundWork.Progress#isCancelled()}), and neither
     * delivers a result or a failure. Does nothing to a finished job.
     */
    public void cancel() {
        if (owner != null) {
            owner.cancel(this);
        }
    }

    // --- called by BackgroundWork -----------------------------------------------------------

    void markCancelled() {
        cancelled = true;
    }

    void setState(State next) {
        state.set(next);
        if (next == State.SUCCEEDED) {
            progress.set(1);
        }
    }

    boolean isFinished() {
        State s = state.get();
        return s == State.SUCCEEDED || s == State.FAILED || s == State.CANCELLED;
    }

    /**
     * From the worker thread: remembers the newest progress and queues at most one hand-over to the
     * FX thread, so a loop that reports a million times costs the FX thread a handful of updates.
     */
    void report(double fraction, String text, java.util.concurrent.Executor fxThread) {
        reported.set(new Progress(fraction, text == null ? "" : text));
        if (handOverQueued.compareAndSet(false, true)) {
            fxThread.execute(() -> {
                handOverQueued.set(false);
                Progress latest = reported.get();
                if (latest != null && !isFinished()) {
                    progress.set(latest.fraction());
                    message.set(latest.message());
                }
            });
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + title + ", " + lane.name() + ", " + state.get() + "]";
    }
}
