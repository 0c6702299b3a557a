package org.divergence.figure;

/**
 * The window's look. Only a name here: the app turns each theme into stylesheets, so switching is a
 * stylesheet swap and nothing else changes. The window names each in its words ("theme." + name).
 */
public enum Theme {
    LIGHT,
    DARK,
    /** White on black with saturated colours, for low vision and washed-out projectors. */
    HIGH_CONTRAST
}
