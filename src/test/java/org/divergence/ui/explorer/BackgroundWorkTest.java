package org.divergence.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.divergence.ui.explorer.BackgroundWork.Lane;

/**
 * The background-work service with real worker threads and a hand-driven "FX thread" (this test's
 * thread, which runs what was handed over when it calls {@link #runFxTasks()}).
 */
class BackgroundWorkTest {

    private static final Lane LATEST = Lane.latestWins("latest");
    private static final Lane IN_ORDER = Lane.inOrder("in order");

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final BlockingQueue<Runnable> fxTasks = new LinkedBlockingQueue<>();
    private final RecordedNotices notices = new RecordedNotices();
    private final BackgroundWork work = new BackgroundWork(workers, fxTasks::add, notices);

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    /** Runs what the workers have handed to the FX thread so far. */
    private void runFxTasks() {
        Runnable task;
        while ((task = fxTasks.poll()) != null) {
            task.run();
        }
    }

    /** Waits until {@code done} is true, running FX hand-overs meanwhile. */
    private void awaitOnFx(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!done.getAsBoolean()) {
            Runnable task = fxTasks.poll(10, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
        }
    }

    @Test
    void theResultArrivesOnTheFxThreadNotOnTheWorker() throws Exception {
        List<String> delivered = new ArrayList<>();
        Thread test = Thread.currentThread();
        List<Thread> ranOn = Collections.synchronizedList(new ArrayList<>());

        Job job = work.submit(IN_ORDER, "Adding", progress -> {
            ranOn.add(Thread.currentThread());
            return "2 + 2 = 4";
        }, result -> {
            assertThat(Thread.currentThread()).isSameAs(test);
            delivered.add(result);
        });
        assertThat(work.jobs()).containsExactly(job);

        awaitOnFx(() -> !delivered.isEmpty());

        assertThat(delivered).containsExactly("2 + 2 = 4");
        assertThat(ranOn).hasSize(1).doesNotContain(test);
        assertThat(job.getState()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(job.progressProperty().get()).isEqualTo(1.0);
        assertThat(work.jobs()).isEmpty();
        assertThat(notices.shown()).isEmpty();
    }

    @Test
    void aFailureWithoutAHandlerIsShownToTheUser() throws Exception {
        Job job = work.submit(IN_ORDER, "Saving x.divergence.json", progress -> {
            throw new IOException("disk full");
        }, result -> { });

        awaitOnFx(() -> job.getState() == Job.State.FAILED);

        assertThat(notices.of(Notices.Kind.ERROR)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Saving x.divergence.json failed");
            assertThat(n.text()).isEqualTo("disk full");
        });
        assertThat(work.jobs()).isEmpty();
    }

    @Test
    void aFailureWithAHandlerGoesThereInstead() throws Exception {
        List<Throwable> handled = new ArrayList<>();
        Job job = work.submit(IN_ORDER, "Reading", progress -> {
            throw new IllegalStateException("broken");
        }, result -> { }, handled::add);

        awaitOnFx(() -> job.getState() == Job.State.FAILED);

        assertThat(handled).singleElement().isInstanceOf(IllegalStateException.class);
        assertThat(notices.shown()).isEmpty();
    }

    @Test
    void inALatestWinsLaneTheNewestRequestCancelsTheOlderOnes() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicBoolean firstSawCancel = new AtomicBoolean();
        AtomicInteger secondRuns = new AtomicInteger();
        List<String> delivered = new ArrayList<>();

        Job first = work.submit(LATEST, "first", progress -> {
            firstStarted.countDown();
            releaseFirst.await(5, TimeUnit.SECONDS);
            firstSawCancel.set(progress.isCancelled());
            return "first";
        }, delivered::add);
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        Job second = work.submit(LATEST, "second", progress -> {
            secondRuns.incrementAndGet();
            return "second";
        }, delivered::add);
        Job third = work.submit(LATEST, "third", progress -> "third", delivered::add);

        assertThat(second.getState()).as("superseded while waiting").isEqualTo(Job.State.CANCELLED);
        assertThat(first.isCancelled()).as("superseded while running").isTrue();
        releaseFirst.countDown();
        awaitOnFx(() -> third.getState() == Job.State.SUCCEEDED);

        assertThat(delivered).containsExactly("third");
        assertThat(firstSawCancel).isTrue();
        assertThat(secondRuns).hasValue(0);
        assertThat(first.getState()).isEqualTo(Job.State.CANCELLED);
        assertThat(work.jobs()).isEmpty();
    }

    @Test
    void anInOrderLaneRunsEveryJobOneAtATimeInOrder() throws Exception {
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> delivered = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            work.submit(IN_ORDER, "job " + n, progress -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.sleep(1);
                ran.add(n);
                running.decrementAndGet();
                return n;
            }, delivered::add);
        }

        awaitOnFx(() -> delivered.size() == 20);

        assertThat(ran).isSorted().hasSize(20);
        assertThat(delivered).isSorted();
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void lanesRunSideBySide() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Job slow = work.submit(Lane.inOrder("slow"), "slow", progress -> release.await(5, TimeUnit.SECONDS), done -> { });
        List<String> delivered = new ArrayList<>();

        work.submit(Lane.inOrder("fast"), "fast", progress -> "fast", delivered::add);
        awaitOnFx(() -> !delivered.isEmpty());

        assertThat(slow.getState()).isIn(Job.State.WAITING, Job.State.RUNNING);
        release.countDown();
        awaitOnFx(() -> slow.getState() == Job.State.SUCCEEDED);
    }

    @Test
    void cancellingAWaitingJobMeansItNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Job blocker = work.submit(IN_ORDER, "blocker", progress -> release.await(5, TimeUnit.SECONDS), done -> { });
        AtomicBoolean ran = new AtomicBoolean();
        Job waiting = work.submit(IN_ORDER, "waiting", progress -> {
            ran.set(true);
            return null;
        }, done -> ran.set(true));

        waiting.cancel();
        assertThat(waiting.getState()).isEqualTo(Job.State.CANCELLED);
        release.countDown();
        awaitOnFx(() -> blocker.getState() == Job.State.SUCCEEDED);
        Thread.sleep(20);
        runFxTasks();

        assertThat(ran).isFalse();
        assertThat(work.jobs()).isEmpty();
    }

    @Test
    void progressReachesTheFxThreadCoalesced() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Job job = work.submit(IN_ORDER, "Counting", progress -> {
            for (int i = 1; i <= 100_000; i++) {
                progress.update(i / 100_000.0, "step " + i);
            }
            reported.countDown();
            release.await(5, TimeUnit.SECONDS);
            return null;
        }, done -> { });
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();

        int handOvers = fxTasks.size();
        runFxTasks();

        assertThat(handOvers).as("hand-overs for 100,000 reports").isLessThan(100);
        assertThat(job.progressProperty().get()).isEqualTo(1.0);
        assertThat(job.messageProperty().get()).isEqualTo("step 100000");
        release.countDown();
        awaitOnFx(() -> job.getState() == Job.State.SUCCEEDED);
    }

    @Test
    void afterShutdownQueuedWorkStillRunsButNothingIsDelivered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean runningSawCancel = new AtomicBoolean();
        CountDownLatch queuedRan = new CountDownLatch(1);
        work.submit(IN_ORDER, "long computation", progress -> {
            release.await(5, TimeUnit.SECONDS);
            runningSawCancel.set(progress.isCancelled());
            return null;
        }, done -> { });
        List<String> delivered = new ArrayList<>();
        work.submit(IN_ORDER, "last write", progress -> {
            queuedRan.countDown();
            return "written";
        }, delivered::add);
        runFxTasks();

        work.shutdown(Duration.ofSeconds(5));
        release.countDown();

        assertThat(queuedRan.await(5, TimeUnit.SECONDS)).as("the queued write ran after shutdown").isTrue();
        assertThat(workers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        runFxTasks();
        assertThat(runningSawCancel).isTrue();
        assertThat(delivered).isEmpty();
    }

    @Test
    void theSameThreadVersionRunsAndDeliversAtOnce() {
        RecordedNotices told = new RecordedNotices();
        BackgroundWork inline = BackgroundWork.sameThread(told);
        List<String> delivered = new ArrayList<>();

        Job job = inline.submit(LATEST, "now", progress -> "done", delivered::add);
        inline.submit(LATEST, "failing", progress -> {
            throw new IOException("no");
        }, done -> { });

        assertThat(delivered).containsExactly("done");
        assertThat(job.getState()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(told.of(Notices.Kind.ERROR)).extracting(RecordedNotices.Shown::title).containsExactly("failing failed");
        assertThat(inline.jobs()).isEmpty();
    }
}
