package org.divergence.figure;

/** A shape drawn along a series and in its legend, so series are told apart by more than colour. */
public enum Marker {
    NONE, CIRCLE, SQUARE, TRIANGLE, DIAMOND,
    /** Hollow: recorded points (history), never a series' marker. */
    RING;

    /**
     * Draws the shape centred on ({@code x}, {@code y}), {@code size} across, filled with {@code fill}
     * and edged with {@code edge} (the background, so it stands clear of the line under it).
     */
    void paint(Painter painter, double x, double y, double size, Rgb fill, Rgb edge) {
        double r = size / 2;
        switch (this) {
            case NONE -> { }
            case RING -> {
                painter.fillCircle(x, y, 0.55 * r, edge);
                painter.strokeCircle(x, y, 0.55 * r, Stroke.solid(fill, Math.max(1.5, 0.2 * size)));
            }
            case CIRCLE -> {
                painter.fillCircle(x, y, r, fill);
                painter.strokeCircle(x, y, r, Stroke.solid(edge, Math.max(1, 0.12 * size)));
            }
            case SQUARE -> polygon(painter, new double[] {x - 0.85 * r, x + 0.85 * r, x + 0.85 * r, x - 0.85 * r},
                    new double[] {y - 0.85 * r, y - 0.85 * r, y + 0.85 * r, y + 0.85 * r}, size, fill, edge);
            case TRIANGLE -> polygon(painter, new double[] {x, x + 1.05 * r, x - 1.05 * r},
                    new double[] {y - 1.05 * r, y + 0.8 * r, y + 0.8 * r}, size, fill, edge);
            case DIAMOND -> polygon(painter, new double[] {x, x + 1.1 * r, x, x - 1.1 * r},
                    new double[] {y - 1.1 * r, y, y + 1.1 * r, y}, size, fill, edge);
        }
    }

    private static void polygon(Painter painter, double[] xs, double[] ys, double size, Rgb fill, Rgb edge) {
        painter.fillPolygon(xs, ys, xs.length, fill);
        double[] cx = java.util.Arrays.copyOf(xs, xs.length + 1);
        double[] cy = java.util.Arrays.copyOf(ys, ys.length + 1);
        cx[xs.length] = xs[0];
        cy[ys.length] = ys[0];
        painter.polyline(cx, cy, cx.length, Stroke.solid(edge, Math.max(1, 0.12 * size)));
    }
}
