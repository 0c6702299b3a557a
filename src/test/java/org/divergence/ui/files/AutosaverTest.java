package org.divergence.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.divergence.ui.explorer.ManualDelays;

/** When unsaved work is written: soon after a change, at most a little while into a stream of changes. */
class AutosaverTest {

    private final ManualDelays clock = new ManualDelays();
    private final List<Long> writes = new ArrayList<>();
    private final Autosaver autosaver = new Autosaver(clock, () -> writes.add(clock.nowMillis()));

    @Test
    void oneChangeIsWrittenHalfASecondLater() {
        autosaver.changed();
        clock.advance(Duration.ofMillis(499));
        assertThat(writes).isEmpty();

        clock.advance(Duration.ofMillis(1));
        assertThat(writes).containsExactly(500L);

        clock.advance(Duration.ofSeconds(10));
        assertThat(writes).as("nothing more without a change").hasSize(1);
    }

    @Test
    void aBurstOfChangesIsOneWriteAfterTheyPause() {
        for (int i = 0; i < 20; i++) {
            autosaver.changed();
            clock.advance(Duration.ofMillis(10));
        }
        clock.advance(Duration.ofSeconds(5));

        // The last change came at 190 ms: written after a quiet half second, within a second of it.
        assertThat(writes).singleElement().satisfies(at -> assertThat(at).isBetween(690L, 1190L));
    }

    @Test
    void aThousandChangesCostAtMostTwoTimers() {
        for (int i = 0; i < 1000; i++) {
            autosaver.changed();
        }
        assertThat(clock.pending()).isEqualTo(2);
    }

    @Test
    void aLongDragIsWrittenEveryOneAndAHalfSecondsAtMost() {
        // A change every 100 ms for 10 s, as while a lever is dragged: the quiet time never comes.
        for (int i = 0; i < 100; i++) {
            autosaver.changed();
            clock.advance(Duration.ofMillis(100));
        }
        clock.advance(Duration.ofSeconds(2));

        assertThat(writes).hasSizeGreaterThanOrEqualTo(6);
        long previous = 0;
        for (long at : writes) {
            assertThat(at - previous).as("gap before the write at " + at + " ms").isLessThanOrEqualTo(1_600);
            previous = at;
        }
        assertThat(writes.get(writes.size() - 1)).as("the last change (at 9,900 ms) is written soon after it")
                .isBetween(10_400L, 10_900L);
    }

    @Test
    void nothingIsWrittenOnceStopped() {
        autosaver.changed();
        autosaver.stop();
        autosaver.changed();
        clock.advance(Duration.ofSeconds(5));

        assertThat(writes).isEmpty();
        assertThat(clock.pending()).isZero();
    }
}
