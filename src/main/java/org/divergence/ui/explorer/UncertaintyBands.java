package org.divergence.ui.explorer;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.divergence.model.Bands;
import org.divergence.model.MonteCarlo;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.ui.explorer.BackgroundWork.Lane;

/**
 * The Monte Carlo bands of the scenario on screen, computed off the FX thread whenever the projection
 * changes and the bands are shown ({@link WindowState#bandsShownProperty()}). The centre line is
 * drawn at once; the bands follow. A newer scenario cancels the run of an older one (a latest-wins
 * lane), so dragging a lever leaves at most one stale run, and the status line shows the progress.
 *
 * <p>A run waits until the levers have rested for {@link #REST} before it starts: a run takes both
 * cores for tens of milliseconds, and while a lever is dragged or a key held the painting of the
 * centre lines needs them (measured: with the bands computed at every change, a drag painted 10
 * frames a second instead of 29; docs/BENCHMARKS.md, "Painted frames"). Each change cancels the
 * waiting run, so a drag costs nothing until it pauses.
 *
 * <p>Until the new bands arrive, the last ones stay (they are an earlier scenario's), so the fans do
 * not flicker while a lever moves; {@link #isCurrent()} says whether they are the scenario's own.
 */
public final class UncertaintyBands {

    static final Lane LANE = Lane.computation("Uncertainty bands");
    /** How long the scenario must stay the same before its bands are computed. */
    static final Duration REST = Duration.ofMillis(120);

    private final ExplorerViewModel viewModel;
    private final ReadOnlyObjectWrapper<Bands> bands = new ReadOnlyObjectWrapper<>(this, "bands");
    private BackgroundWork work;
    private Job running;
    private Scenario requested;

    UncertaintyBands(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** From now on, bands are computed with {@code backgroundWork}; before, there are none. */
    void start(BackgroundWork backgroundWork) {
        if (work != null) {
            throw new IllegalStateException("the bands are computed already");
        }
        work = Objects.requireNonNull(backgroundWork, "backgroundWork");
        viewModel.projectionProperty().addListener((obs, old, now) -> refresh());
        viewModel.window().bandsShownProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    /**
     * The latest bands computed: the scenario's own, or while those are computed the previous
     * scenario's; null when the bands are hidden or none were computed yet.
     */
    public ReadOnlyObjectProperty<Bands> bandsProperty() { return bands.getReadOnlyProperty(); }

    /** True when the bands shown belong to the scenario on screen. */
    public boolean isCurrent() {
        return bands.get() != null && bands.get().scenario().equals(viewModel.getProjection().scenario());
    }

    private void refresh() {
        if (!viewModel.window().bandsShownProperty().get()) {
            cancelRunning();
            requested = null;
            bands.set(null);
            return;
        }
        Scenario scenario = viewModel.getProjection().scenario();
        if (scenario.equals(requested) || (bands.get() != null && bands.get().scenario().equals(scenario))) {
            return;
        }
        requested = scenario;
        int paths = (int) scenario.get(Parameter.MONTE_CARLO_PATHS);
        String title = viewModel.window().text().now().get("work.bands", paths);
        running = work.submit(LANE, title, progress -> {
            awaitRest(progress);
            return BackgroundWork.leavingACore(() -> MonteCarlo.run(scenario, paths, progress::isCancelled,
                    fraction -> progress.update(fraction, title)));
        }, result -> {
                    if (result.scenario().equals(requested)) {
                        bands.set(result);
                    }
                }, null, () -> { });
    }

    /** Sleeps through {@link #REST}, unless a newer scenario cancels the run first. */
    private static void awaitRest(BackgroundWork.Progress progress) throws InterruptedException {
        long end = System.nanoTime() + REST.toNanos();
        for (long left = REST.toNanos(); left > 0; left = end - System.nanoTime()) {
            if (progress.isCancelled()) {
                throw new CancellationException("a newer scenario came before the levers rested");
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(10)));
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }
}
