package org.divergence.ui.explorer;

import java.util.Objects;
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
 * <p>Until the new bands arrive, the last ones stay (they are the previous frame's, one step behind),
 * so the fans do not flicker while a lever moves; {@link #isCurrent()} says whether they are the
 * scenario's own.
 */
public final class UncertaintyBands {

    static final Lane LANE = Lane.computation("Uncertainty bands");

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
        running = work.submit(LANE, title, progress -> MonteCarlo.run(scenario, paths, progress::isCancelled,
                fraction -> progress.update(fraction, title)), result -> {
                    if (result.scenario().equals(requested)) {
                        bands.set(result);
                    }
                }, null, () -> { });
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }
}
