package org.divergence.ui.explorer;

import java.util.Optional;

/**
 * Messages that ask the user nothing: "saved", "opened with notes", a refused value, a failed
 * background job. The window shows them as notifications that fade by themselves and never block;
 * tests record them.
 */
public interface Notices {

    enum Kind { INFO, WARNING, ERROR }

    /** A button on a notice, such as "Show notes". */
    record Action(String label, Runnable run) {}

    void show(Kind kind, String title, String text, Optional<Action> action);

    default void info(String title, String text) {
        show(Kind.INFO, title, text, Optional.empty());
    }

    default void warning(String title, String text) {
        show(Kind.WARNING, title, text, Optional.empty());
    }

    default void error(String title, String text) {
        show(Kind.ERROR, title, text, Optional.empty());
    }
}
