package org.divergence.ui.tour;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

import org.divergence.ui.explorer.RememberedSettings;
import org.divergence.ui.explorer.WindowText;

/**
 * The guided first run: a few steps, each pointing at a real part of the window. It starts by itself
 * until it has once been finished or skipped (remembered in the user's settings); Help > Tour starts
 * it again whenever asked.
 */
public final class GuidedTour {

    /** The remembered setting that says the tour was finished or skipped; absent on a first run. */
    public static final String SEEN_SETTING = "tourSeen";
    private static final int NOT_SHOWN = -1;

    private final RememberedSettings settings;
    private final List<TourStep> steps = TourText.STEPS;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", NOT_SHOWN);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final TourOverlay overlay;
    private final WindowText text;

    public GuidedTour(RememberedSettings settings, WindowText text) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.text = Objects.requireNonNull(text, "text");
        showing.bind(step.greaterThan(NOT_SHOWN));
        overlay = new TourOverlay(this);
    }

    /** The layer that dims the window and holds the card; the app puts it over the whole window. */
    public Node overlay() { return overlay; }

    /** The window's words, for the card. */
    WindowText text() { return text; }

    /** Help > Tour. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.get("menu.help.tour"));
        item.setId("menu-tour");
        item.setOnAction(e -> start());
        return item;
    }

    /** On a first run (nothing remembered yet), shows the tour; otherwise nothing. */
    public void startIfFirstRun() {
        if (settings.get(SEEN_SETTING).isEmpty()) {
            start();
        }
    }

    /** Shows the first step. */
    public void start() {
        step.set(0);
    }

    public void next() {
        if (isShowing()) {
            if (step.get() == steps.size() - 1) {
                end();
            } else {
                step.set(step.get() + 1);
            }
        }
    }

    public void back() {
        if (step.get() > 0) {
            step.set(step.get() - 1);
        }
    }

    /** Esc or Skip: closes the tour, remembered like finishing it, so it does not come back by itself. */
    public void skip() {
        if (isShowing()) {
            end();
        }
    }

    /** The step shown, counted from 0; -1 while the tour is not shown. */
    public ReadOnlyIntegerProperty stepProperty() { return step.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty showingProperty() { return showing.getReadOnlyProperty(); }

    public boolean isShowing() { return showing.get(); }

    /** How many steps there are. */
    public int size() { return steps.size(); }

    List<TourStep> steps() { return steps; }

    TourStep current() { return steps.get(step.get()); }

    private void end() {
        step.set(NOT_SHOWN);
        settings.put(SEEN_SETTING, Boolean.TRUE.toString());
    }
}
