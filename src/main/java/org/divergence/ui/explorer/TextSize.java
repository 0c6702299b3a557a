package org.divergence.ui.explorer;

/**
 * How large the window's text is, smallest first (projectors and the back row want the larger ones).
 * Every view sizes its text in em, so one size for the whole window scales everything.
 */
public enum TextSize {
    SMALL, NORMAL, LARGE, LARGER, HUGE;

    /** One size up, or this one if it is the largest. */
    public TextSize larger() {
        return isLargest() ? this : values()[ordinal() + 1];
    }

    /** One size down, or this one if it is the smallest. */
    public TextSize smaller() {
        return isSmallest() ? this : values()[ordinal() - 1];
    }

    public boolean isLargest() { return ordinal() == values().length - 1; }

    public boolean isSmallest() { return ordinal() == 0; }
}
