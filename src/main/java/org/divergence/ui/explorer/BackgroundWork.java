package org.divergence.ui.explorer;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.divergence.text.Text;

/**
 * Runs the window's slow work (reading and writing files, later Monte Carlo runs, sweeps and
 * exports) off the FX thread and brings each result back on it, so the FX thread never waits.
 *
 * <p>Work is grouped in {@link Lane lanes}. A lane runs one job at a time, in the order submitted.
 * In a {@linkplain Lane#latestWins latest-wins} lane a new job cancels the lane's older ones: a
 * waiting one never runs, a running one is asked to stop, and neither delivers anything, so a burst
 * of requests costs at most one stale run. Results and failures arrive on the FX thread; a failure
 * goes to the job's own handler or, without one, to the user as a {@link Notices notice}, never
 * nowhere. Running work reports progress through {@link Progress}, which the job's properties show.
 *
 * <p>The window uses {@link #forWindow}; tests use {@link #sameThread}, where every job runs and
 * delivers at once on the caller's thread.
 */
public final class BackgroundWork {

    /**
     * A named queue of jobs; two lanes with the same name and policies are the same lane.
     *
     * @param latestWins a new job cancels the lane's older ones
     * @param stoppable  the user may stop its jobs (the status line offers Stop): computations, not
     *                   file writes, which finish once begun
     */
    public record Lane(String name, boolean latestWins, boolean stoppable) {

        public Lane {
            Objects.requireNonNull(name, "name");
        }

        /** Only the newest job matters (an autosave): older ones are cancelled. */
        public static Lane latestWins(String name) {
            return new Lane(name, true, false);
        }

        /** Every job runs, in order (saving a file, then clearing the autosave). */
        public static Lane inOrder(String name) {
            return new Lane(name, false, false);
        }

        /** Long computations (Monte Carlo, sweeps): the newest wins, and the user may stop one. */
        public static Lane computation(String name) {
            return new Lane(name, true, true);
        }
    }

    /** The work itself, run off the FX thread. It must not touch the scene or the view-model. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What running work may tell and ask; safe to call from the worker thread as often as it likes. */
    public interface Progress {

        /** How far the work is, 0 to 1 (or {@link Job#UNKNOWN}), and what it is doing now. */
        void update(double fraction, String message);

        /** True once nobody wants the result: long work should check it and return early. */
        boolean isCancelled();
    }

    private static final System.Logger LOG = System.getLogger(BackgroundWork.class.getName());

    /**
     * Where the analyses' parallel streams run: on every core but one. On two cores the uncertainty
     * bands took both, and the frames of the next key press came late (docs/BENCHMARKS.md, "Painted
     * frames"); the FX thread and the renderer now always keep a core.
     */
    private static final ForkJoinPool ANALYSES = new ForkJoinPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), pool -> {
                ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                thread.setName("divergence-analysis-" + thread.getPoolIndex());
                thread.setDaemon(true);
                return thread;
            }, null, false);

    private final Executor workers;
    private final Executor fxThread;
    private final Notices notices;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final Map<Lane, LaneQueue> lanes = new HashMap<>();
    /** Jobs waiting or running, in every lane; guarded by {@link #lock}, which is notified when it falls. */
    private int unfinished;
    /** Jobs not yet finished, on the FX thread, for a status line. */
    private final ObservableList<Job> jobs = FXCollections.observableArrayList();
    private final ObservableList<Job> jobsReadOnly = FXCollections.unmodifiableObservableList(jobs);
    private volatile boolean closing;
    /** The window's words for failures nobody handles; English until the window says otherwise. */
    private Supplier<Text> words = () -> Text.ENGLISH;

    private static final class LaneQueue {
        final Deque<Entry<?>> waiting = new ArrayDeque<>();
        Entry<?> running;
    }

    private record Entry<T>(Job job, Work<T> work, Consumer<? super T> onSuccess,
                            Consumer<? super Throwable> onFailure, Runnable onCancel) {}

    /**
     * @param workers  where the work runs
     * @param fxThread where results, failures and progress are delivered (the FX application thread)
     * @param notices  where failures without a handler of their own are shown
     */
    public BackgroundWork(Executor workers, Executor fxThread, Notices notices) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /**
     * Runs a job's parallel computation (a Monte Carlo run, a regime map) on every core but one, and
     * waits for it: call it from the job's {@link Work}. Its exceptions come out as they were thrown.
     */
    public static <T> T leavingACore(Callable<T> parallel) throws Exception {
        try {
            return ANALYSES.submit(parallel).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    /** Worker threads for the window; results come back through {@link Platform#runLater}. */
    public static BackgroundWork forWindow(Notices notices) {
        AtomicInteger count = new AtomicInteger();
        // Daemon threads: an unfinished computation must never keep the app alive after its window
        // closed. Writes still finish, because shutdown() waits for them on a thread of its own.
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "divergence-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundWork(pool, BackgroundWork::runOnFxThread, notices);
    }

    /** For tests: every job runs and delivers at once, on the caller's thread. */
    public static BackgroundWork sameThread(Notices notices) {
        return new BackgroundWork(Runnable::run, Runnable::run, notices);
    }

    /** Failures told to the user from now on speak the window's language. */
    public void speak(WindowText text) {
        words = text::now;
    }

    /** Jobs submitted and not yet finished, oldest first; changes on the FX thread. */
    public ObservableList<Job> jobs() {
        return jobsReadOnly;
    }

    /**
     * Submits work whose failures the user is told about as a notice titled "{@code title} failed".
     * Call from the FX thread.
     */
    public <T> Job submit(Lane lane, String title, Work<T> work, Consumer<? super T> onSuccess) {
        return submit(lane, title, work, onSuccess, null);
    }

    /**
     * Submits work. Call from the FX thread.
     *
     * @param title     what the job does, for a status line and failure messages ("Saving x.divergence.json")
     * @param onSuccess gets the result on the FX thread, unless the job was cancelled
     * @param onFailure gets what the work threw on the FX thread, unless the job was cancelled; null to
     *                  show it to the user as an error notice
     */
    public <T> Job submit(Lane lane, String title, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        return submit(lane, title, work, onSuccess, onFailure, null);
    }

    /**
     * Submits work whose caller also wants to know when it was cancelled (stopped by the user, or
     * superseded in a latest-wins lane), for instance to complete a future it handed out.
     *
     * @param onCancel runs on the FX thread once the job ends cancelled; null for nothing
     */
    public <T> Job submit(Lane lane, String title, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure, Runnable onCancel) {
        Job job = new Job(title, lane);
        job.attach(this);
        Entry<T> entry = new Entry<>(job, Objects.requireNonNull(work, "work"),
                Objects.requireNonNull(onSuccess, "onSuccess"), onFailure, onCancel);
        List<Job> superseded = new ArrayList<>();
        synchronized (lock) {
            LaneQueue queue = lanes.computeIfAbsent(lane, l -> new LaneQueue());
            if (lane.latestWins()) {
                queue.waiting.forEach(e -> superseded.add(e.job()));
                if (queue.running != null) {
                    superseded.add(queue.running.job());
                }
            }
            queue.waiting.add(entry);
            unfinished++;
        }
        jobs.add(job);
        superseded.forEach(this::cancel);
        startNext(lane);
        return job;
    }

    /**
     * The window has closed. Running work is asked to stop, nothing more is delivered to the FX
     * thread, and work already submitted (the last autosave, a file being written) gets up to
     * {@code grace} to finish before the JVM may exit. Returns at once: the FX thread never waits.
     */
    public void shutdown(Duration grace) {
        closing = true;
        if (workers instanceof ExecutorService pool) {
            // A thread that is not a daemon keeps the JVM alive until the submitted work is done (or the
            // grace ends); only then are the workers let go, so queued work still finds a thread.
            Thread finisher = new Thread(() -> {
                try {
                    awaitFinished(grace);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                pool.shutdown();
            }, "divergence-finish-writes");
            finisher.setDaemon(false);
            finisher.start();
        }
    }

    /**
     * Waits up to {@code limit} until every job submitted so far has finished running (after
     * {@link #shutdown} nothing is delivered, so {@link #jobs()} no longer tells). Never on the FX thread.
     *
     * @return whether they all finished in time
     */
    public boolean awaitFinished(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            for (long left = limit.toNanos(); unfinished > 0 && left > 0; left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return unfinished == 0;
        }
    }

    // --- behaviour ----------------------------------------------------------------------------

    /** See {@link Job#cancel()}. On the FX thread. */
    void cancel(Job job) {
        if (job.isFinished()) {
            return;
        }
        job.markCancelled();
        Entry<?> waiting = null;
        synchronized (lock) {
            LaneQueue queue = lanes.get(job.lane());
            if (queue != null) {
                for (Entry<?> e : queue.waiting) {
                    if (e.job() == job) {
                        waiting = e;
                    }
                }
                if (waiting != null) {
                    queue.waiting.remove(waiting);
                    finishedOne();
                }
            }
        }
        // A running job finishes as cancelled when its work returns.
        if (waiting != null) {
            cancelled(waiting);
        }
    }

    private void startNext(Lane lane) {
        Entry<?> next;
        synchronized (lock) {
            LaneQueue queue = lanes.get(lane);
            if (queue == null || queue.running != null || queue.waiting.isEmpty()) {
                return;
            }
            next = queue.waiting.poll();
            queue.running = next;
        }
        try {
            workers.execute(() -> run(lane, next));
        } catch (RejectedExecutionException shutDown) {
            synchronized (lock) {
                lanes.get(lane).running = null;
                finishedOne();
            }
            next.job().markCancelled();
            deliver(() -> cancelled(next));
        }
    }

    private <T> void run(Lane lane, Entry<T> entry) {
        Job job = entry.job();
        T result = null;
        Throwable failure = null;
        if (!job.isCancelled()) {
            deliver(() -> {
                if (!job.isFinished()) {
                    job.setState(Job.State.RUNNING);
                }
            });
            try {
                result = entry.work().run(progressOf(job));
            } catch (Throwable t) {
                failure = t;
            }
        }
        synchronized (lock) {
            lanes.get(lane).running = null;
            finishedOne();
        }
        T value = result;
        Throwable error = failure;
        deliver(() -> {
            if (job.isCancelled()) {
                cancelled(entry);
            } else if (error == null) {
                finish(job, Job.State.SUCCEEDED);
                entry.onSuccess().accept(value);
            } else {
                finish(job, Job.State.FAILED);
                fail(entry, error);
            }
        });
        startNext(lane);
    }

    /** Under {@link #lock}. */
    private void finishedOne() {
        unfinished--;
        lock.notifyAll();
    }

    private void fail(Entry<?> entry, Throwable error) {
        if (entry.onFailure() != null) {
            entry.onFailure().accept(error);
        } else {
            // Nobody expected this one: keep the details for a bug report, tell the user in words.
            LOG.log(System.Logger.Level.WARNING, entry.job().title() + " failed", error);
            notices.error(words.get().get("work.failed", entry.job().title()), describe(error));
        }
    }

    /** A failure in words: its message, or its kind when it has none. */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private Progress progressOf(Job job) {
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                job.report(fraction, message, BackgroundWork.this::deliver);
            }

            @Override
            public boolean isCancelled() {
                return closing || job.isCancelled();
            }
        };
    }

    private void cancelled(Entry<?> entry) {
        finish(entry.job(), Job.State.CANCELLED);
        if (entry.onCancel() != null) {
            entry.onCancel().run();
        }
    }

    private void finish(Job job, Job.State state) {
        job.setState(state);
        jobs.remove(job);
    }

    /** To the FX thread, unless the window has closed. */
    private void deliver(Runnable task) {
        if (!closing) {
            fxThread.execute(task);
        }
    }

    private static void runOnFxThread(Runnable task) {
        try {
            Platform.runLater(task);
        } catch (IllegalStateException toolkitGone) {
            // The toolkit has exited: there is no window left to show anything in.
        }
    }
}
