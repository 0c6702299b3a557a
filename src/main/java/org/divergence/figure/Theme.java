package org.divergence.figure;

/**
 * The window's look. Only a name here: the app turns each theme into stylesheets, so switching is a
 * stylesheet swap and nothing else changes.
 */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    /** White on black with saturated colours, for low vision and washed-out projectors. */
    HIGH_CONTRAST("High contrast");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
