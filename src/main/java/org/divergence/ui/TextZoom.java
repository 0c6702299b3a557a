package org.divergence.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Parent;

/**
 * Larger or smaller text for the whole window (projectors, back rows). Each level is a style class on
 * the root (app.css sets its font size); every view sizes its text in em, so everything follows.
 */
public final class TextZoom {

    /** Level names as in app.css; index {@link #NORMAL} is the default size. */
    private static final String[] LEVELS = {"zoom-small", "zoom-normal", "zoom-large", "zoom-larger", "zoom-huge"};
    private static final int NORMAL = 1;

    private final ReadOnlyIntegerWrapper level = new ReadOnlyIntegerWrapper(this, "level", NORMAL);

    TextZoom(Parent root) {
        root.getStyleClass().add(LEVELS[NORMAL]);
        level.addListener((obs, old, now) -> {
            root.getStyleClass().remove(LEVELS[old.intValue()]);
            root.getStyleClass().add(LEVELS[now.intValue()]);
        });
    }

    public void larger() { level.set(Math.min(LEVELS.length - 1, level.get() + 1)); }

    public void smaller() { level.set(Math.max(0, level.get() - 1)); }

    public void reset() { level.set(NORMAL); }

    public boolean isLargest() { return level.get() == LEVELS.length - 1; }

    public boolean isSmallest() { return level.get() == 0; }

    public ReadOnlyIntegerProperty levelProperty() { return level.getReadOnlyProperty(); }
}
