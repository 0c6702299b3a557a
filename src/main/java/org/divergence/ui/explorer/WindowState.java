package org.divergence.ui.explorer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

import org.divergence.figure.Theme;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ViewSettings;

/**
 * What the window shows besides the scenario itself: the summary year, the detail tab, the theme,
 * the text size, the baseline and how charts compare with it, and the open document's name and
 * unsaved-changes mark. One place for all of it,
 * so views bind here instead of keeping their own copies, and saved files, undo and a presentation
 * mode read and restore it from here. Used from the FX thread only.
 */
public final class WindowState {

    /** The year the summary starts with: ten years out, inside the default 2025-2040 horizon. */
    public static final int PREFERRED_SUMMARY_YEAR = 2035;

    private final ObjectProperty<Integer> summaryYear =
            new SimpleObjectProperty<>(this, "summaryYear", PREFERRED_SUMMARY_YEAR);
    private final ObjectProperty<DetailTab> detailTab = new SimpleObjectProperty<>(this, "detailTab", DetailTab.MINING);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize", TextSize.NORMAL);
    private final StringProperty documentName = new SimpleStringProperty(this, "documentName", "");
    private final BooleanProperty modified = new SimpleBooleanProperty(this, "modified");
    private final StringProperty documentNotes = new SimpleStringProperty(this, "documentNotes", "");
    private final ObjectProperty<ViewSettings.Baseline> baseline =
            new SimpleObjectProperty<>(this, "baseline", defaultBaseline());
    private final BooleanProperty sameAxes = new SimpleBooleanProperty(this, "sameAxes", true);
    private final BooleanProperty zoomIndex = new SimpleBooleanProperty(this, "zoomIndex");
    private final BooleanProperty leversShown = new SimpleBooleanProperty(this, "leversShown", true);
    private final BooleanProperty whyShown = new SimpleBooleanProperty(this, "whyShown");
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final BooleanProperty chartsAsTables = new SimpleBooleanProperty(this, "chartsAsTables");
    private final WindowText text = new WindowText();
    private final BooleanProperty showHistory = new SimpleBooleanProperty(this, "showHistory");
    private final BooleanProperty bandsShown = new SimpleBooleanProperty(this, "bandsShown", true);

    WindowState() {
        // Null would mean "no choice", which none of these allow: keep the last value instead.
        NonNull.keep(summaryYear);
        NonNull.keep(detailTab);
        NonNull.keep(theme);
        NonNull.keep(textSize);
    }

    /**
     * The year the summary sentence speaks about; saved with scenario files. The view-model keeps it
     * inside the horizon.
     */
    public ObjectProperty<Integer> summaryYearProperty() { return summaryYear; }

    public int getSummaryYear() { return summaryYear.get(); }

    public void setSummaryYear(int year) { summaryYear.set(year); }

    /** Which detail charts are shown. */
    public ObjectProperty<DetailTab> detailTabProperty() { return detailTab; }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    public ObjectProperty<TextSize> textSizeProperty() { return textSize; }

    /** The open scenario's name for the title: a file name, a preset's name, or empty. Set by the files feature. */
    public StringProperty documentNameProperty() { return documentName; }

    /**
     * The open scenario's notes: a preset's story, a file's description, or empty. Set by the files
     * feature; the "Why?" panel tells it.
     */
    public StringProperty documentNotesProperty() { return documentNotes; }

    /** True while the open scenario has changes that Save would write. Set by the files feature. */
    public BooleanProperty modifiedProperty() { return modified; }

    /**
     * The scenario every chart compares with, drawn dashed; null for none. The Baseline preset until
     * the user picks another; saved with scenario files (view.baseline).
     */
    public ObjectProperty<ViewSettings.Baseline> baselineProperty() { return baseline; }

    public Optional<ViewSettings.Baseline> baseline() { return Optional.ofNullable(baseline.get()); }

    /** Axes fit the baseline's numbers too, so two scenarios are not made to look more different than they are. */
    public BooleanProperty sameAxesProperty() { return sameAxes; }

    /** The headline's index axis fits its data instead of running 0-100 (the axis says so). */
    public BooleanProperty zoomIndexProperty() { return zoomIndex; }

    /** The uncertainty bands (Monte Carlo fans) on the charts; View > Uncertainty bands. */
    public BooleanProperty bandsShownProperty() { return bandsShown; }

    /** False while the lever column is folded away, to give the charts the whole width. */
    public BooleanProperty leversShownProperty() { return leversShown; }

    /**
     * True while the "Why?" tab is shown in place of the detail tab ({@link #detailTabProperty()}
     * keeps which detail tab comes back when it is not). Not saved: an explanation is a view, not a
     * setting.
     */
    public BooleanProperty whyShownProperty() { return whyShown; }

    /** True in presentation mode: full screen, very large type, only the levers, the headline and the summary. */
    public BooleanProperty presentingProperty() { return presenting; }

    /** True while every chart shows its numbers as a table (its text alternative) instead of a drawing. */
    public BooleanProperty chartsAsTablesProperty() { return chartsAsTables; }

    /** The window's language and its words (View > Language). */
    public WindowText text() { return text; }
    /** True while charts show the recorded 2016-2025 points (assets/history) beside the model's lines. */
    public BooleanProperty showHistoryProperty() { return showHistory; }

    /** Today's world, the Baseline preset: the comparison a new window starts with. */
    public static ViewSettings.Baseline defaultBaseline() {
        Presets.Preset preset = Presets.find(Presets.BASELINE).orElseThrow();
        return new ViewSettings.Baseline(preset.name(), preset.document().scenario());
    }
}
