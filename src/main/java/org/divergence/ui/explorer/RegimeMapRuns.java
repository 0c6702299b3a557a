package org.divergence.ui.explorer;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.divergence.model.Outcome;
import org.divergence.model.Parameter;
import org.divergence.model.RegimeMap;
import org.divergence.model.Scenario;
import org.divergence.ui.explorer.BackgroundWork.Lane;

/**
 * The regime map of the scenario on screen: an outcome over two chosen parameters, the others as they
 * are. While the map is {@linkplain #wantedProperty() wanted} it is computed off the FX thread after
 * every change, coarse first ({@link #GRIDS}: 8 x 8, then 16, 32 and 64 cells a side, each delivered
 * as soon as it is done), so it redraws live while a lever moves and sharpens when it rests. A newer
 * request cancels the refinement of an older one.
 */
public final class RegimeMapRuns {

    /** Cells a side, coarse to fine. */
    public static final List<Integer> GRIDS = List.of(8, 16, 32, 64);
    static final Lane LANE = Lane.computation("Regime map");

    /** The map's settings: what it shows over which two parameters. */
    public record Axes(Parameter x, Parameter y, Outcome outcome) {
        public Axes {
            Objects.requireNonNull(x, "x");
            Objects.requireNonNull(y, "y");
            Objects.requireNonNull(outcome, "outcome");
            if (x == y) {
                throw new IllegalArgumentException("a regime map needs two different parameters");
            }
        }
    }

    /** Electricity price across, NPU throughput up, the 2035 gap: the question the map was made for. */
    public static final Axes DEFAULT_AXES = new Axes(Parameter.ELECTRICITY_PRICE, Parameter.NPU_THROUGHPUT,
            Outcome.DEFAULT_GAP);

    private final ExplorerViewModel viewModel;
    private final BooleanProperty wanted = new SimpleBooleanProperty(this, "wanted");
    private final ObjectProperty<Axes> axes = new SimpleObjectProperty<>(this, "axes", DEFAULT_AXES);
    private final ReadOnlyObjectWrapper<RegimeMap> map = new ReadOnlyObjectWrapper<>(this, "map");
    private BackgroundWork work;
    /** What the refinement under way is for; a new request replaces it and its later grids are dropped. */
    private Object request;

    RegimeMapRuns(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        NonNull.keep(axes);
    }

    void start(BackgroundWork backgroundWork) {
        work = Objects.requireNonNull(backgroundWork, "backgroundWork");
        viewModel.projectionProperty().addListener((obs, old, now) -> refresh());
        wanted.addListener((obs, was, now) -> refresh());
        axes.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** True while the map is shown: only then is it computed. */
    public BooleanProperty wantedProperty() { return wanted; }

    /** The two parameters and the outcome. */
    public ObjectProperty<Axes> axesProperty() { return axes; }

    /** The finest map computed so far for the latest request (the previous one's until the first grid arrives). */
    public ReadOnlyObjectProperty<RegimeMap> mapProperty() { return map.getReadOnlyProperty(); }

    private void refresh() {
        if (work == null || !wanted.get()) {
            return;
        }
        Scenario scenario = viewModel.getProjection().scenario();
        Axes chosen = axes.get();
        RegimeMap shown = map.get();
        if (shown != null && shown.scenario().equals(scenario) && matches(shown, chosen)
                && shown.columns() == GRIDS.get(GRIDS.size() - 1)) {
            return;
        }
        Object token = new Object();
        request = token;
        compute(token, scenario, chosen, 0);
    }

    private void compute(Object token, Scenario scenario, Axes chosen, int grid) {
        int cells = GRIDS.get(grid);
        work.submit(LANE, viewModel.window().text().now().get("work.regimeMap", cells), progress -> BackgroundWork.leavingACore(() -> RegimeMap.compute(scenario,
                chosen.outcome(), chosen.x(), chosen.y(), cells, cells, progress::isCancelled)), computed -> {
                    if (request != token) {
                        return;
                    }
                    map.set(computed);
                    if (grid + 1 < GRIDS.size()) {
                        compute(token, scenario, chosen, grid + 1);
                    }
                }, null, () -> { });
    }

    private static boolean matches(RegimeMap map, Axes axes) {
        return map.xParameter() == axes.x() && map.yParameter() == axes.y() && map.outcome().equals(axes.outcome());
    }
}
