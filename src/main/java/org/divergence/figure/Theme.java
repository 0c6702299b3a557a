package org.divergence.figure;

/**
 * The window's look. Only a name here: the app turns each theme into stylesheets, so switching is a
 * stylesheet swap and nothing else changes.
 */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
