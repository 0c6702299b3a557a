package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Clips lines, polylines and polygons to a rectangle by geometry. A JavaFX canvas clip costs far
 * more in the software pipeline: every operation under it is drawn into a layer of its own and
 * blended through a mask (about a fifth of a chart's painting, measured with JFR; docs/BENCHMARKS.md).
 * Points on the rectangle's edge count as inside.
 */
final class ClipRect {

    private final double left;
    private final double top;
    private final double right;
    private final double bottom;

    /**
     * How far outside still counts as on the edge (px): a line drawn along the edge, such as a stacked
     * chart's 100 % boundary, computes to a hair either side of it, and must not be kept in some places
     * and dropped in others.
     */
    private static final double ON_EDGE = 1e-12;

    ClipRect(double x, double y, double width, double height) {
        left = x - ON_EDGE;
        top = y - ON_EDGE;
        right = x + width + ON_EDGE;
        bottom = y + height + ON_EDGE;
    }

    boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /** Whether the box lies wholly inside. */
    boolean containsBox(double x, double y, double width, double height) {
        return contains(x, y) && contains(x + width, y + height);
    }

    /** Whether the box lies wholly outside. */
    boolean missesBox(double x, double y, double width, double height) {
        return x > right || x + width < left || y > bottom || y + height < top;
    }

    /** The part of the segment inside as {x1, y1, x2, y2}, or null (Liang-Barsky). */
    double[] segment(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] t = {0, 1};
        if (clipT(-dx, x1 - left, t) && clipT(dx, right - x1, t) && clipT(-dy, y1 - top, t) && clipT(dy, bottom - y1, t)) {
            // Uncut ends exactly as given, so a polyline's parts join where its points are.
            return new double[] {t[0] == 0 ? x1 : x1 + t[0] * dx, t[0] == 0 ? y1 : y1 + t[0] * dy,
                    t[1] == 1 ? x2 : x1 + t[1] * dx, t[1] == 1 ? y2 : y1 + t[1] * dy};
        }
        return null;
    }

    private static boolean clipT(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }

    /**
     * The parts of the polyline inside, each as {xs, ys}: one part where it stays inside, more where
     * it leaves and comes back.
     */
    List<double[][]> polyline(double[] xs, double[] ys, int count) {
        List<double[][]> parts = new ArrayList<>();
        if (count == 1) {
            if (contains(xs[0], ys[0])) {
                parts.add(new double[][] {{xs[0]}, {ys[0]}});
            }
            return parts;
        }
        Points part = null;
        for (int i = 1; i < count; i++) {
            double[] s = segment(xs[i - 1], ys[i - 1], xs[i], ys[i]);
            if (s == null) {
                part = finish(part, parts);
                continue;
            }
            if (part == null) {
                part = new Points(count);
                part.add(s[0], s[1]);
            } else if (s[0] != part.lastX() || s[1] != part.lastY()) {
                // Re-entered at another point: a new part.
                part = finish(part, parts);
                part = new Points(count);
                part.add(s[0], s[1]);
            }
            part.add(s[2], s[3]);
            if (s[2] != xs[i] || s[3] != ys[i]) {
                part = finish(part, parts); // left the rectangle
            }
        }
        finish(part, parts);
        return parts;
    }

    private static Points finish(Points part, List<double[][]> parts) {
        if (part != null) {
            parts.add(part.toArrays());
        }
        return null;
    }

    /** The polygon cut to the rectangle (Sutherland-Hodgman), as {xs, ys}; empty arrays if nothing is left. */
    double[][] polygon(double[] xs, double[] ys, int count) {
        double[][] p = {java.util.Arrays.copyOf(xs, count), java.util.Arrays.copyOf(ys, count)};
        p = cut(p, 0, left, true);
        p = cut(p, 0, right, false);
        p = cut(p, 1, top, true);
        return cut(p, 1, bottom, false);
    }

    /** Keeps the side of the line {@code axis = edge} that is inside ({@code >= edge} when {@code lower}). */
    private static double[][] cut(double[][] p, int axis, double edge, boolean lower) {
        int n = p[0].length;
        Points out = new Points(n + 4);
        for (int i = 0; i < n; i++) {
            int j = (i + n - 1) % n;
            double ci = p[axis][i];
            double cj = p[axis][j];
            boolean inI = lower ? ci >= edge : ci <= edge;
            boolean inJ = lower ? cj >= edge : cj <= edge;
            if (inI != inJ) {
                double t = (edge - cj) / (ci - cj);
                // On the edge exactly, not a rounding away from it.
                out.add(axis == 0 ? edge : p[0][j] + t * (p[0][i] - p[0][j]),
                        axis == 1 ? edge : p[1][j] + t * (p[1][i] - p[1][j]));
            }
            if (inI) {
                out.add(p[0][i], p[1][i]);
            }
        }
        return out.toArrays();
    }

    /** A growing list of points. */
    private static final class Points {
        private double[] xs;
        private double[] ys;
        private int size;

        Points(int capacity) {
            xs = new double[Math.max(4, capacity)];
            ys = new double[xs.length];
        }

        void add(double x, double y) {
            if (size == xs.length) {
                xs = java.util.Arrays.copyOf(xs, 2 * size);
                ys = java.util.Arrays.copyOf(ys, 2 * size);
            }
            xs[size] = x;
            ys[size] = y;
            size++;
        }

        double lastX() { return xs[size - 1]; }

        double lastY() { return ys[size - 1]; }

        double[][] toArrays() {
            return new double[][] {java.util.Arrays.copyOf(xs, size), java.util.Arrays.copyOf(ys, size)};
        }
    }
}
