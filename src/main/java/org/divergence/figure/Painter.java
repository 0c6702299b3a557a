package org.divergence.figure;

/**
 * A drawing surface in pixels, y downwards. The chart drawing code talks only to this, so the same
 * code draws the window's charts (a JavaFX canvas) and the exported figures (PNG through Java2D,
 * SVG, PDF). Each surface measures text with its own font engine and the layout follows.
 */
public interface Painter {

    enum HAlign { LEFT, CENTER, RIGHT }

    enum VAlign { TOP, MIDDLE, BASELINE, BOTTOM }

    /**
     * The parts of a chart: the frame (background, title, grid, marker lines, and outside the plot
     * the ticks and axis labels) and the data (series, the crossing, the legend, whose numbers follow
     * the data, and over them the marker labels and the axis lines). The window keeps them on separate
     * layers so that a frame in which only the data changed redraws only the data.
     */
    enum Layer { BACK, DATA }

    /** A text's extent: width, and ascent and descent from the baseline. */
    record TextBox(double width, double ascent, double descent) {
        public double height() { return ascent + descent; }
    }

    TextBox measure(String text, FigureFont font);

    void fillRect(double x, double y, double width, double height, Rgb colour);

    void fillRoundRect(double x, double y, double width, double height, double radius, Rgb colour);

    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    void polyline(double[] xs, double[] ys, int count, Stroke stroke);

    void fillPolygon(double[] xs, double[] ys, int count, Rgb colour);

    void fillCircle(double centreX, double centreY, double radius, Rgb colour);

    void strokeCircle(double centreX, double centreY, double radius, Stroke stroke);

    /** Text placed by the given point: horizontally and vertically aligned as asked. */
    void text(String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v);

    /** Text read from bottom to top (a y-axis label), centred on the given point. */
    void verticalText(String text, double centreX, double centreY, FigureFont font, Rgb colour);

    /** Until {@link #unclip()}, nothing is drawn outside this rectangle. */
    void clip(double x, double y, double width, double height);

    void unclip();

    /**
     * What follows belongs to {@code layer} (until the next call); the chart starts with
     * {@link Layer#BACK}. Calls come in drawing order, so a surface with one layer ignores this.
     */
    default void layer(Layer layer) {
    }
}
