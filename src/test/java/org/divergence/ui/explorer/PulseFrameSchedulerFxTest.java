package org.divergence.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real frame scheduler on the JavaFX pulse: everything asked before a pulse runs in it, in order. */
class PulseFrameSchedulerFxTest {

    @BeforeAll
    static void startTheToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyTaskAskedBeforeAPulseRunsOnceAtThatPulseInOrder() throws Exception {
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        AtomicLong pulses = new AtomicLong();
        // Counts pulses; started before the scheduler's timer, so it runs first in each pulse.
        AnimationTimer counter = WaitForAsyncUtils.asyncFx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses.incrementAndGet();
                }
            };
            timer.start();
            return timer;
        }).get(5, TimeUnit.SECONDS);
        PulseFrameScheduler frames = WaitForAsyncUtils.asyncFx(PulseFrameScheduler::new).get(5, TimeUnit.SECONDS);

        WaitForAsyncUtils.asyncFx(() -> {
            frames.runAtNextFrame(() -> ran.add("recompute at " + pulses.get()));
            frames.runAtNextFrame(() -> ran.add("baseline at " + pulses.get()));
            frames.runAtNextFrame(() -> {
                ran.add("bands at " + pulses.get());
                // Asked for during a pulse: waits for the next one.
                frames.runAtNextFrame(() -> ran.add("next frame at " + pulses.get()));
            });
            assertThat(ran).as("nothing runs before the pulse").isEmpty();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() == 4);
        WaitForAsyncUtils.asyncFx(counter::stop).get(5, TimeUnit.SECONDS);

        long first = Long.parseLong(ran.get(0).substring(ran.get(0).lastIndexOf(' ') + 1));
        assertThat(ran).containsExactly("recompute at " + first, "baseline at " + first, "bands at " + first,
                ran.get(3));
        long next = Long.parseLong(ran.get(3).substring(ran.get(3).lastIndexOf(' ') + 1));
        assertThat(ran.get(3)).startsWith("next frame at ");
        assertThat(next).as("the task asked for during a pulse ran in a later one").isGreaterThan(first);
    }
}
