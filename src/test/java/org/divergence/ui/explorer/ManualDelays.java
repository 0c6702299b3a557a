package org.divergence.ui.explorer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Delays on a clock the test moves by hand: {@link #advance} runs what falls due, in time order. */
public final class ManualDelays implements Delays {

    private final List<Timer> timers = new ArrayList<>();
    private long nowMillis;
    private long order;

    private final class Timer {
        final long due;
        final long sequence = order++;
        final Runnable task;
        boolean cancelled;

        Timer(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }
    }

    @Override
    public Runnable after(Duration delay, Runnable task) {
        Timer timer = new Timer(nowMillis + delay.toMillis(), task);
        timers.add(timer);
        return () -> timer.cancelled = true;
    }

    /** Moves the clock forward, running every task that falls due on the way (including ones they schedule). */
    public void advance(Duration by) {
        long until = nowMillis + by.toMillis();
        while (true) {
            Timer next = timers.stream().filter(t -> !t.cancelled && t.due <= until)
                    .min(Comparator.<Timer>comparingLong(t -> t.due).thenComparingLong(t -> t.sequence)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            nowMillis = Math.max(nowMillis, next.due);
            next.task.run();
        }
        nowMillis = until;
        timers.removeIf(t -> t.cancelled);
    }

    /** Tasks waiting and not cancelled. */
    public int pending() {
        return (int) timers.stream().filter(t -> !t.cancelled).count();
    }

    public long nowMillis() {
        return nowMillis;
    }
}
