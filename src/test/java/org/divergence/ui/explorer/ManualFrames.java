package org.divergence.ui.explorer;

import java.util.ArrayList;
import java.util.List;

/** A frame scheduler the test drives by hand: requests wait until {@link #runFrame()}. */
final class ManualFrames implements FrameScheduler {

    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public void runAtNextFrame(Runnable task) {
        waiting.add(task);
    }

    int pending() {
        return waiting.size();
    }

    /** Runs what was requested before this frame began, as a pulse would. */
    void runFrame() {
        List<Runnable> now = new ArrayList<>(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }
}
