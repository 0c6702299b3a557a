package org.divergence.ui.why;

import javafx.scene.layout.Region;

/**
 * A bar from a zero line in the middle of its cell, to the right for a positive part, to the left
 * for a negative one; its length is the part over the largest part's size (−1..1). Its size comes
 * from the stylesheet, in em, so it follows the text size.
 */
final class PartBar extends Region {

    private final Region zero = new Region();
    private final Region bar = new Region();
    private final double fraction;

    PartBar(double fraction) {
        this.fraction = Math.max(-1, Math.min(1, fraction));
        zero.getStyleClass().add("why-bar-zero");
        bar.getStyleClass().add(fraction < 0 ? "why-bar-negative" : "why-bar-positive");
        getChildren().addAll(zero, bar);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double middle = left + width / 2;
        double length = Math.abs(fraction) * width / 2;
        zero.resizeRelocate(Math.round(middle), top - 2, 1, height + 4);
        bar.resizeRelocate(fraction < 0 ? middle - length : middle, top, Math.max(length, fraction == 0 ? 0 : 1), height);
    }
}
