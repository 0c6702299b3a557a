package org.divergence.ui.explorer;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.divergence.model.Outcome;
import org.divergence.model.Scenario;
import org.divergence.model.Sensitivity;
import org.divergence.ui.explorer.BackgroundWork.Lane;

/**
 * The tornado chart's numbers for the scenario on screen, computed off the FX thread while they are
 * {@linkplain #wantedProperty() wanted} (the sensitivity view is shown) and again after every change
 * of the scenario or the outcome; a newer request cancels an older run.
 */
public final class SensitivityRuns {

    static final Lane LANE = Lane.computation("Sensitivity");

    private final ExplorerViewModel viewModel;
    private final BooleanProperty wanted = new SimpleBooleanProperty(this, "wanted");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome", Outcome.DEFAULT_GAP);
    private final ReadOnlyObjectWrapper<Sensitivity.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private BackgroundWork work;
    private Scenario requestedScenario;
    private Outcome requestedOutcome;

    SensitivityRuns(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        NonNull.keep(outcome);
    }

    void start(BackgroundWork backgroundWork) {
        work = Objects.requireNonNull(backgroundWork, "backgroundWork");
        viewModel.projectionProperty().addListener((obs, old, now) -> refresh());
        wanted.addListener((obs, was, now) -> refresh());
        outcome.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** True while someone shows the result: only then is it computed. */
    public BooleanProperty wantedProperty() { return wanted; }

    /** What the tornado reads; the 2035 gap by default. */
    public ObjectProperty<Outcome> outcomeProperty() { return outcome; }

    /** The latest result (possibly of the previous scenario, until the new one arrives); null before the first. */
    public ReadOnlyObjectProperty<Sensitivity.Result> resultProperty() { return result.getReadOnlyProperty(); }

    private void refresh() {
        if (work == null || !wanted.get()) {
            return;
        }
        Scenario scenario = viewModel.getProjection().scenario();
        Outcome chosen = outcome.get();
        Sensitivity.Result shown = result.get();
        boolean upToDate = shown != null && shown.scenario().equals(scenario) && shown.outcome().equals(chosen);
        if (upToDate || (scenario.equals(requestedScenario) && chosen.equals(requestedOutcome))) {
            return;
        }
        requestedScenario = scenario;
        requestedOutcome = chosen;
        work.submit(LANE, viewModel.window().text().now().get("work.sensitivity", viewModel.window().text().now().outcome(chosen)), progress -> BackgroundWork.leavingACore(() -> Sensitivity.run(scenario, chosen,
                progress::isCancelled)), computed -> {
                    if (computed.scenario().equals(requestedScenario) && computed.outcome().equals(requestedOutcome)) {
                        result.set(computed);
                    }
                }, null, () -> { });
    }
}
