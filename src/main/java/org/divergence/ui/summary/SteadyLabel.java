package org.divergence.ui.summary;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * A wrapping label as tall as the most lines its text has needed at this width and font: it grows
 * and does not shrink back. The summary sentence took one line more or less as the numbers changed,
 * which moved every chart up and down, and made rows of charts change their columns, again and again
 * while a lever was dragged (docs/BENCHMARKS.md, "Painted frames").
 */
final class SteadyLabel extends Label {

    /** Widths seen before the heights are forgotten (a window being resized sees many). */
    private static final int WIDTHS_KEPT = 64;

    private final Map<Long, Double> tallest = new HashMap<>();
    private Font font;

    @Override
    protected double computePrefHeight(double width) {
        double height = super.computePrefHeight(width);
        if (getFont() != font || tallest.size() > WIDTHS_KEPT) {
            font = getFont();
            tallest.clear();
        }
        return tallest.merge(Math.round(width), height, Math::max);
    }
}
