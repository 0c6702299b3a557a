package org.divergence.ui.explorer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.divergence.explain.Explainer;
import org.divergence.explain.Explanation;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Halving;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.divergence.text.Text;

/**
 * The explorer window's one view-model: the current scenario, its latest projection, the commands
 * that change the scenario, and the {@link WindowState} around it. It is the only class of the
 * window that runs the model.
 *
 * <p>Every change updates {@link #scenarioProperty()} at once and asks for a recompute at the next
 * frame; further changes before that frame are folded into the same recompute, so a burst of any
 * size costs one model run and leaves no backlog. Needs no JavaFX toolkit: the frame comes from the
 * injected {@link FrameScheduler}. Like any JavaFX view state it is used from one thread, the FX
 * application thread in the window.
 */
public final class ExplorerViewModel {

    /** The first year of every projection; the summary year never goes below it. */
    public static final int FIRST_YEAR = (int) Halving.START_YEAR;

    private final FrameScheduler frames;
    private final WindowState window = new WindowState();
    private final UndoHistory history = new UndoHistory();
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>(this, "projection");
    private final ReadOnlyObjectWrapper<Projection> baselineProjection =
            new ReadOnlyObjectWrapper<>(this, "baselineProjection");
    private final Map<Parameter, ReadOnlyDoubleWrapper> values = new EnumMap<>(Parameter.class);
    private final Map<Parameter, ReadOnlyBooleanWrapper> atDefault = new EnumMap<>(Parameter.class);
    private final ReadOnlyObjectWrapper<RegulationDesign> regulationDesign =
            new ReadOnlyObjectWrapper<>(this, "regulationDesign");
    private final ReadOnlyIntegerWrapper lastYear = new ReadOnlyIntegerWrapper(this, "lastYear");
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting");
    private final BooleanProperty explaining = new SimpleBooleanProperty(this, "explaining");
    private final ReadOnlyObjectWrapper<Explanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final Links links = new Links();
    private final UncertaintyBands bands = new UncertaintyBands(this);
    private final SensitivityRuns sensitivity = new SensitivityRuns(this);
    private final RegimeMapRuns regimeMap = new RegimeMapRuns(this);

    /** Marks the steps of the slider drag now under way (null between drags): they merge into one. */
    private Object dragToken;
    /** The scenario before that drag; the drag's one undo step returns to it. */
    private Scenario dragStart;
    private boolean recomputePending;
    private boolean baselinePending;
    private boolean explanationPending;
    /** What the explanation on show was computed from, so an unchanged one is not computed again. */
    private Object explained;
    private long recomputeCount;

    /** Starts from {@link Scenario#defaults()} with its projection already computed. */
    public ExplorerViewModel(FrameScheduler frames) {
        this.frames = Objects.requireNonNull(frames, "frames");
        Scenario start = Scenario.defaults();
        for (Parameter p : Parameter.values()) {
            values.put(p, new ReadOnlyDoubleWrapper(this, p.key(), start.get(p)));
            atDefault.put(p, new ReadOnlyBooleanWrapper(this, p.key() + "AtDefault", true));
        }
        regulationDesign.set(start.regulationDesign());
        scenario.set(start);
        lastYear.set(start.endYear());
        keepSummaryYearInHorizon();
        recompute();
        projectBaseline();
        window.baselineProperty().addListener((obs, old, now) -> {
            baselineChanged();
            history.record(new UndoHistory.Step(t -> t.get("undo.baseline"), null,
                    () -> window.baselineProperty().set(old), () -> window.baselineProperty().set(now)));
        });
        adjusting.addListener((obs, was, now) -> dragToken = now ? new Object() : null);
        projection.addListener((obs, old, now) -> explanationChanged());
        baselineProjection.addListener((obs, old, now) -> explanationChanged());
        window.summaryYearProperty().addListener((obs, old, now) -> explanationChanged());
        explaining.addListener((obs, was, now) -> explanationChanged());
        // The sentences are written in the window's language: a switch writes them again.
        window.text().languageProperty().addListener((obs, old, now) -> explanationChanged());
    }

    /**
     * From now on the uncertainty bands, the sensitivity and the regime map are computed, with
     * {@code work} (off the FX thread). Until then they stay empty, so tests of other things pay nothing.
     */
    public void startAnalyses(BackgroundWork work) {
        bands.start(work);
        sensitivity.start(work);
        regimeMap.start(work);
    }

    /** The Monte Carlo bands of the scenario on screen. */
    public UncertaintyBands bands() { return bands; }

    /** The tornado chart's numbers. */
    public SensitivityRuns sensitivity() { return sensitivity; }

    /** The regime map. */
    public RegimeMapRuns regimeMap() { return regimeMap; }

    // --- state ---------------------------------------------------------------------------------

    /** The window's state besides the scenario: summary year, detail tab, theme, text size, document. */
    public WindowState window() { return window; }

    /** Undo and redo of every change to the scenario (and of opening files, which the files feature records). */
    public UndoHistory history() { return history; }

    /** The scenario as the user has set it right now; changes on every command (the unsaved-changes signal). */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario.getReadOnlyProperty(); }

    public Scenario getScenario() { return scenario.get(); }

    /** The projection of the scenario as of the last frame. */
    public ReadOnlyObjectProperty<Projection> projectionProperty() { return projection.getReadOnlyProperty(); }

    public Projection getProjection() { return projection.get(); }

    /**
     * The projection of the baseline ({@link WindowState#baselineProperty()}) as of the last frame;
     * null while there is no baseline.
     */
    public ReadOnlyObjectProperty<Projection> baselineProjectionProperty() {
        return baselineProjection.getReadOnlyProperty();
    }

    public Optional<Projection> baselineProjection() { return Optional.ofNullable(baselineProjection.get()); }

    /** One parameter's current value, for binding a slider or a field. */
    public ReadOnlyDoubleProperty valueProperty(Parameter parameter) {
        return values.get(parameter).getReadOnlyProperty();
    }

    /** True while a parameter is at its documented default (a reset would change nothing). */
    public ReadOnlyBooleanProperty atDefaultProperty(Parameter parameter) {
        return atDefault.get(parameter).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RegulationDesign> regulationDesignProperty() {
        return regulationDesign.getReadOnlyProperty();
    }

    /** The last whole year of the horizon, as soon as the scenario changes (before the recompute). */
    public ReadOnlyIntegerProperty lastYearProperty() { return lastYear.getReadOnlyProperty(); }

    /**
     * True while the user drags a lever. Charts keep their axes still meanwhile, so any motion is a
     * change in the data; they rescale when it turns false.
     */
    public BooleanProperty adjustingProperty() { return adjusting; }

    /**
     * True while an explanation is shown (the "Why?" panel is on screen). Only then is it computed:
     * it costs up to 32 model runs.
     */
    public BooleanProperty explainingProperty() { return explaining; }

    /**
     * Why the projection looks as it does in the summary year, against the baseline (today's world
     * when there is none), recomputed in the frame after any change while {@link #explainingProperty()}
     * is true; null before the first one.
     */
    public ReadOnlyObjectProperty<Explanation> explanationProperty() { return explanation.getReadOnlyProperty(); }

    /** Where features point at each other's parts: a setting's control, the model's documentation. */
    public Links links() { return links; }

    /** True between a change and the frame that recomputes it. */
    public boolean isRecomputePending() { return recomputePending; }

    /** Model runs so far (including the first one), for tests and the benchmark. */
    public long recomputeCount() { return recomputeCount; }

    // --- commands ----------------------------------------------------------------------------

    /**
     * Sets a parameter to exactly {@code value}: a typed 0.123 stays 0.123. (The slider rounds to the
     * lever's step itself, while it is dragged.)
     *
     * @throws IllegalArgumentException naming the parameter and its range if the value is NaN, infinite
     *         or outside the range; nothing changes then
     */
    public void set(Parameter parameter, double value) {
        apply(getScenario().with(parameter, parameter.check(value)));
    }

    public void setRegulationDesign(RegulationDesign design) {
        apply(getScenario().withRegulationDesign(Objects.requireNonNull(design, "design")));
    }

    /** Puts one parameter back to its documented default. */
    public void reset(Parameter parameter) {
        apply(getScenario().with(parameter, parameter.defaultValue()));
    }

    /** The scenario on screen becomes the baseline, under {@code name}. */
    public void setCurrentAsBaseline(String name) {
        window.baselineProperty().set(new org.divergence.scenario.ViewSettings.Baseline(name, getScenario()));
    }

    /** Puts every parameter and the regulation design back to their defaults; keeps the seed. */
    public void resetAll() {
        apply(Scenario.defaults().withSeed(getScenario().seed()));
    }

    /**
     * Replaces the whole scenario (opening a file, choosing a preset) with one recompute. Values are
     * taken exactly as given, so a file's numbers survive a round trip.
     */
    public void load(Scenario newScenario) {
        apply(Objects.requireNonNull(newScenario, "scenario"));
    }

    // --- behaviour ----------------------------------------------------------------------------

    private void apply(Scenario next) {
        Scenario previous = getScenario();
        if (next.equals(previous)) {
            return;
        }
        show(next);
        record(previous, next);
    }

    /** Puts a scenario on screen (and asks for its recompute); no history. */
    private void show(Scenario next) {
        scenario.set(next);
        for (Parameter p : Parameter.values()) {
            values.get(p).set(next.get(p));
            atDefault.get(p).set(next.get(p) == p.defaultValue());
        }
        regulationDesign.set(next.regulationDesign());
        lastYear.set(next.endYear());
        if (!recomputePending) {
            recomputePending = true;
            frames.runAtNextFrame(this::recompute);
        }
    }

    /**
     * Records a change as an undoable step named after what changed. The moves of one slider drag
     * ({@link #adjustingProperty()}) are merged into one step.
     */
    private void record(Scenario previous, Scenario next) {
        if (!history.isRecording()) {
            return;
        }
        Optional<UndoHistory.Step> continued = dragToken == null ? Optional.empty() : history.last(dragToken);
        if (continued.isPresent()) {
            Scenario start = dragStart;
            history.replaceLast(new UndoHistory.Step(describe(start, next), dragToken, () -> show(start), () -> show(next)));
            return;
        }
        dragStart = previous;
        history.record(new UndoHistory.Step(describe(previous, next), dragToken, () -> show(previous), () -> show(next)));
    }

    /** "change to Electricity price", "change to the regulation design", "reset to the defaults", "changes to 3 settings". */
    private static Function<Text, String> describe(Scenario previous, Scenario next) {
        List<Parameter> changed = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            if (previous.get(p) != next.get(p)) {
                changed.add(p);
            }
        }
        boolean design = previous.regulationDesign() != next.regulationDesign();
        if (changed.size() == 1 && !design) {
            Parameter only = changed.get(0);
            return t -> t.get("undo.changeTo", only);
        }
        if (next.equals(Scenario.defaults().withSeed(next.seed()))) {
            return t -> t.get("undo.resetToDefaults");
        }
        if (changed.isEmpty() && design) {
            return t -> t.get("undo.design");
        }
        int count = changed.size() + (design ? 1 : 0);
        return count == 0 ? t -> t.get("undo.seed") : t -> t.get("undo.settings", count);
    }

    /** A new baseline is projected at the next frame, with the scenario's recompute if one is due. */
    private void baselineChanged() {
        if (!baselinePending) {
            baselinePending = true;
            frames.runAtNextFrame(this::projectBaseline);
        }
    }

    private void projectBaseline() {
        baselinePending = false;
        baselineProjection.set(window.baseline().map(b -> DivergenceModel.run(b.scenario())).orElse(null));
    }

    /** A shorter horizon must not leave the summary year outside it; a longer one keeps the chosen year. */
    private void keepSummaryYearInHorizon() {
        clampSummaryYear();
        lastYear.addListener((obs, old, now) -> clampSummaryYear());
        window.summaryYearProperty().addListener((obs, old, now) -> clampSummaryYear());
    }

    private void clampSummaryYear() {
        int year = window.getSummaryYear();
        int clamped = Math.max(FIRST_YEAR, Math.min(lastYear.get(), year));
        if (clamped != year) {
            window.setSummaryYear(clamped);
        }
    }

    /** The explanation follows at the next frame, with the recompute if one is due (a burst costs one). */
    private void explanationChanged() {
        if (explaining.get() && !explanationPending) {
            explanationPending = true;
            frames.runAtNextFrame(this::explain);
        }
    }

    /**
     * A median of 0.6 ms for the 32 runs of four levers and other assumptions at the default horizon,
     * 2.8 ms with monthly steps to 2050, 54 µs for one lever (docs/BENCHMARKS.md): well within the
     * frame it runs in, so it stays on the FX thread like the model run itself.
     */
    private void explain() {
        explanationPending = false;
        if (!explaining.get()) {
            return;
        }
        Projection now = getProjection();
        Scenario base = window.baseline().map(b -> b.scenario()).orElse(Scenario.defaults());
        WindowText text = window.text();
        String name = text.name(window.baseline().orElse(WindowState.defaultBaseline()).name());
        int year = window.getSummaryYear();
        Text words = text.now();
        List<Object> inputs = List.of(now.scenario(), base, name, year, words.language());
        if (inputs.equals(explained)) {
            return;
        }
        explained = inputs;
        explanation.set(Explainer.explain(now, base, name, year, words));
    }

    private void recompute() {
        recomputePending = false;
        recomputeCount++;
        projection.set(DivergenceModel.run(getScenario()));
    }
}
