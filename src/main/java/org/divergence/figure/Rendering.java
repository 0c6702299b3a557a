package org.divergence.figure;

import java.util.List;

/**
 * What {@link ChartRenderer} drew: where the plot went (for read-outs) and every text with its box
 * (so tests can check that labels are whole, inside the chart and apart, on any surface).
 */
public record Rendering(PlotArea plot, List<DrawnText> texts) {

    /** What a text is, for checks that look at one kind. */
    public enum Kind { TITLE, SUBTITLE, YEAR_TICK, VALUE_TICK, AXIS_LABEL, LEGEND, MARKER }

    /** A text as drawn: its box in the painter's pixels (for a vertical text, the rotated box). */
    public record DrawnText(Kind kind, String text, double x, double y, double width, double height) {

        public double right() { return x + width; }

        public double bottom() { return y + height; }

        /** True when the two boxes share more than a sliver (half a pixel). */
        public boolean overlaps(DrawnText other) {
            return x < other.right() - 0.5 && other.x < right() - 0.5 && y < other.bottom() - 0.5 && other.y < bottom() - 0.5;
        }
    }

    public List<DrawnText> of(Kind kind) {
        return texts.stream().filter(t -> t.kind() == kind).toList();
    }
}
