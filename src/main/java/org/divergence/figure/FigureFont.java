package org.divergence.figure;

/** A size of the figure's one typeface (DejaVu Sans, shipped with the app), regular or bold. */
public record FigureFont(double size, boolean bold) {

    public FigureFont {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be positive, got " + size);
        }
    }
}
