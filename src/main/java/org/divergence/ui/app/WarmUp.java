package org.divergence.ui.app;

import org.divergence.challenge.Challenges;
import org.divergence.scenario.Presets;
import org.divergence.text.Language;
import org.divergence.text.Text;

/**
 * Reads what the window needs first while JavaFX starts its toolkit: the window's words (the
 * resource bundles of both languages), the bundled presets (the baseline every new window compares
 * with) and the challenges, with their classes
 * (Jackson's above all). Building the window did this on the FX thread, about a third of the time
 * from the toolkit being up to the window being shown (JFR, docs/BENCHMARKS.md); on a thread of its
 * own it runs on the other core while the toolkit starts, and the FX thread finds the results in
 * their holders (one reading each: a holder being read by this thread is waited for, not read twice).
 */
public final class WarmUp {

    private WarmUp() {}

    /** Starts the reading; the window is built the same way whether or not it has finished. */
    public static void start() {
        Thread thread = new Thread(WarmUp::run, "divergence-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        Text.of(Language.ENGLISH); // every word of both languages, which the view-model asks for first
        Presets.all();
        Challenges.all();
    }
}
