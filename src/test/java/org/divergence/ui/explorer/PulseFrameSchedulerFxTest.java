package org.divergence.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
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
        PulseFrameScheduler frames = WaitForAsyncUtils.asyncFx(PulseFrameScheduler::new).get(5, TimeUnit.SECONDS);

        WaitForAsyncUtils.asyncFx(() -> {
            frames.runAtNextFrame(() -> ran.add("recompute"));
            frames.runAtNextFrame(() -> ran.add("baseline"));
            frames.runAtNextFrame(() -> {
                ran.add("bands");
                // Asked for during a pulse: waits for the next one.
                frames.runAtNextFrame(() -> ran.add("next frame"));
            });
            assertThat(ran).as("nothing runs before the pulse").isEmpty();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ran.size() == 4);

        assertThat(ran).containsExactly("recompute", "baseline", "bands", "next frame");
        Platform.runLater(() -> { });
    }
}
