package org.divergence.ui.tour;

import org.divergence.text.Text;
import java.util.List;

/**
 * One stop of the tour: what it says, and the part of the window it points at, found by CSS
 * selector so the tour needs no reference to the views. The first selector that finds a node on screen
 * wins; the others are fallbacks for layouts where the first is not shown (levers folded into their
 * strip, the headline in the Overview tab of a short window, menus in the system menu bar). With none
 * found, the card shows in the middle of the window.
 */
record TourStep(List<String> targets, String textKey) {

    TourStep {
        targets = List.copyOf(targets);
    }

    /** The step's heading: "Watch the consequences". */
    String title(Text text) {
        return text.get(textKey + ".title");
    }

    /** What it says. */
    String text(Text text) {
        return text.get(textKey + ".text");
    }
}
