package org.divergence.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * Folds the lever column away by itself when the window is too narrow for it and readable charts
 * side by side (a small screen, large text), and unfolds it when there is room again. What the user
 * chooses meanwhile wins: levers they open in a narrow window stay open, levers they fold stay folded.
 */
final class LeverFolding {

    /** The charts' column is not made narrower than this (in em) by the levers beside it. */
    static final double MIN_CHARTS_EM = 36;

    private final SplitPane split;
    private final Region levers;
    private final BooleanProperty shown;
    private final Label em;
    /** The levers are folded because the window was narrow, not because the user folded them. */
    private boolean foldedForRoom;
    /** The user opened the levers in a narrow window: they stay open until it gets wide again. */
    private boolean keptOpen;
    private boolean deciding;

    LeverFolding(SplitPane split, Region levers, BooleanProperty shown, Label em) {
        this.split = split;
        this.levers = levers;
        this.shown = shown;
        this.em = em;
        split.widthProperty().addListener((obs, old, now) -> decide());
        em.fontProperty().addListener((obs, old, now) -> decide());
        shown.addListener((obs, was, now) -> {
            if (!deciding) {
                keptOpen = now && foldedForRoom;
                foldedForRoom = false;
            }
        });
    }

    private void decide() {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        boolean narrow = width - levers.prefWidth(-1) < MIN_CHARTS_EM * em.getFont().getSize();
        if (!narrow) {
            keptOpen = false;
            if (foldedForRoom) {
                foldedForRoom = false;
                set(true);
            }
        } else if (shown.get() && !keptOpen) {
            foldedForRoom = true;
            set(false);
        }
    }

    private void set(boolean value) {
        deciding = true;
        try {
            shown.set(value);
        } finally {
            deciding = false;
        }
    }
}
