package org.divergence.ui.tour;

import java.util.List;

/**
 * One stop of the tour: what it says, and the part of the window it points at, found by CSS
 * selector so the tour needs no reference to the views. The first selector that finds a visible node
 * wins (a menu is not in the window where the system menu bar is used; the next one is the fallback);
 * with none found, the card shows in the middle of the window.
 */
record TourStep(List<String> targets, String title, String text) {

    TourStep {
        targets = List.copyOf(targets);
    }
}
