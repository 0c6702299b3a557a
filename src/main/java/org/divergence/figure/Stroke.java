package org.divergence.figure;

/** How a line is drawn: colour, width and, when not empty, a dash pattern (on, off, on, ...). */
public record Stroke(Rgb colour, double width, double... dash) {

    public static Stroke solid(Rgb colour, double width) {
        return new Stroke(colour, width);
    }

    public boolean dashed() {
        return dash.length > 0;
    }
}
