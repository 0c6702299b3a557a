package org.divergence.figure;

import java.util.ArrayList;
import java.util.List;
import org.divergence.figure.Painter.HAlign;
import org.divergence.figure.Painter.VAlign;
import org.divergence.model.Parameter;
import org.divergence.text.Text;
import org.divergence.model.RegimeMap;

/**
 * A {@link RegimeMap} as a heat map, drawn on any {@link Painter}: one cell per grid point, coloured
 * from one side's colour through the background to the other's (for the gap: mining's where mining
 * is the more decentralized, edge AI's where edge AI is), contour lines at the colour bar's ticks with
 * the zero line drawn bold, and the scenario's own point marked with a ring.
 */
public final class RegimeMapChart {

    /** Where the cells went, so a click can be turned into parameter values. */
    public record Plot(double left, double top, double width, double height) {

        /** The position (0..1 left to right, bottom to top) of a point, or null outside the plot. */
        public double[] position(double x, double y) {
            if (x < left || x > left + width || y < top || y > top + height) {
                return null;
            }
            return new double[] {(x - left) / width, 1 - (y - top) / height};
        }
    }

    private final Painter painter;
    private final RegimeMap map;
    private final Look look;
    private final Palette palette;
    private final double em;

    private RegimeMapChart(Painter painter, RegimeMap map, Look look) {
        this.painter = painter;
        this.map = map;
        this.look = look;
        this.palette = look.palette();
        this.em = look.em();
    }

    /**
     * Draws the map into the rectangle, the scenario's own values of the two parameters marked;
     * returns where the cells went.
     */
    public static Plot paint(Painter painter, RegimeMap map, Look look, double x, double y, double width, double height) {
        return new RegimeMapChart(painter, map, look).paint(x, y, width, height);
    }

    public static String title(RegimeMap map, Text text) {
        return text.outcome(map.outcome());
    }

    public static String subtitle(RegimeMap map, Text text) {
        return text.get("regimeMap.subtitle", text.labelInSentence(map.xParameter()), text.labelInSentence(map.yParameter()));
    }

    private FigureFont smallFont() { return new FigureFont(0.87 * em, false); }

    private Plot paint(double x, double y, double width, double height) {
        painter.fillRect(x, y, width, height, palette.background());
        double pad = 0.6 * em;
        double top = y + pad;
        top = Heading.paint(painter, look, title(map, look.text()), subtitle(map, look.text()), x, top, width);
        double text = painter.measure("Ag", smallFont()).height();
        double[] range = map.range();
        Scale colours = Scale.around(range[0], range[1]);
        List<Double> yTicks = ticks(map.yParameter());
        double yLabelWidth = 0;
        for (double v : yTicks) {
            yLabelWidth = Math.max(yLabelWidth, painter.measure(tick(look.text(), map.yParameter(), v), smallFont()).width());
        }
        String yLabel = axisLabel(map.yParameter(), look.text());
        List<Double> xTicks = ticks(map.xParameter());
        // The last tick label is centred on the right edge: keep room for its right half.
        double lastHalf = xTicks.isEmpty() ? 0
                : painter.measure(tick(look.text(), map.xParameter(), xTicks.get(xTicks.size() - 1)), smallFont()).width() / 2;
        double right = x + width - pad - lastHalf;
        double bottomBlock = 0.4 * em + text + 0.3 * em + text + 0.9 * em + 0.8 * em + text + 0.2 * em + text;
        double bottom = y + height - pad - bottomBlock;
        // The y axis's label runs up its side where the plot is tall enough for it, else it goes above the plot.
        boolean labelAbove = painter.measure(yLabel, smallFont()).width() > bottom - top;
        if (labelAbove) {
            painter.text(yLabel, x + pad, top, smallFont(), palette.text(), HAlign.LEFT, VAlign.TOP);
            top += text + 0.3 * em;
        }
        double left = x + pad + (labelAbove ? 0 : text + 0.4 * em) + yLabelWidth + 0.4 * em;
        if (right - left < 4 * em || bottom - top < 4 * em) {
            return new Plot(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
        }
        Plot plot = new Plot(left, top, right - left, bottom - top);
        int columns = map.columns();
        int rows = map.rows();
        double cw = plot.width() / columns;
        double ch = plot.height() / rows;
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                // Cells overlap by a hair so no background line shows between them in any renderer.
                painter.fillRect(left + i * cw, bottom - (j + 1) * ch, cw + 0.5, ch + 0.5, colour(map.value(i, j), colours));
            }
        }
        contours(plot, colours);
        // Axes: the y parameter up the left side, the x parameter along the bottom.
        for (double v : yTicks) {
            double ty = bottom - RegimeMap.position(map.yParameter(), v) * plot.height();
            painter.line(left - 0.3 * em, ty, left, ty, Stroke.solid(palette.axis(), 1));
            painter.text(tick(look.text(), map.yParameter(), v), left - 0.4 * em, ty, smallFont(), palette.muted(), HAlign.RIGHT, VAlign.MIDDLE);
        }
        if (!labelAbove) {
            painter.verticalText(yLabel, x + pad + text / 2, top + plot.height() / 2, smallFont(), palette.text());
        }
        double ty = bottom + 0.4 * em;
        for (double v : xTicks) {
            double tx = left + RegimeMap.position(map.xParameter(), v) * plot.width();
            painter.line(tx, bottom, tx, bottom + 0.3 * em, Stroke.solid(palette.axis(), 1));
            painter.text(tick(look.text(), map.xParameter(), v), tx, ty, smallFont(), palette.muted(), HAlign.CENTER, VAlign.TOP);
        }
        ty += text + 0.3 * em;
        painter.text(axisLabel(map.xParameter(), look.text()), left + plot.width() / 2, ty, smallFont(), palette.text(),
                HAlign.CENTER, VAlign.TOP);
        ty += text + 0.9 * em;
        colourBar(left + plot.width() * 0.2, ty, plot.width() * 0.6, 0.8 * em, colours);
        markCurrent(plot);
        return plot;
    }

    /** The colour of a value: the background at the pivot (zero, or the middle of the range), deepening to either side. */
    private Rgb colour(double value, Scale scale) {
        double pivot = scale.lower() < 0 && scale.upper() > 0 ? 0 : (scale.lower() + scale.upper()) / 2;
        double reach = Math.max(scale.upper() - pivot, pivot - scale.lower());
        double t = Math.max(-1, Math.min(1, (value - pivot) / reach));
        Rgb end = t < 0 ? below() : above();
        return mix(palette.background(), end, 0.1 + 0.8 * Math.abs(t));
    }

    /** For the gap, mining's colour where mining leads and edge AI's where edge AI leads. */
    private Rgb below() { return palette.of(map.outcome().output().isEmpty() ? Role.MINING : Role.LOW_END); }

    private Rgb above() { return palette.of(map.outcome().output().isEmpty() ? Role.EDGE_AI : Role.HIGH_END); }

    private static Rgb mix(Rgb from, Rgb to, double t) {
        return new Rgb((int) Math.round(from.red() + t * (to.red() - from.red())),
                (int) Math.round(from.green() + t * (to.green() - from.green())),
                (int) Math.round(from.blue() + t * (to.blue() - from.blue())), 1);
    }

    /** Contour lines at the colour scale's ticks (marching squares over the cell centres); zero bold. */
    private void contours(Plot plot, Scale scale) {
        double[] levels = scale.gridValues();
        for (double level : levels) {
            boolean zero = Math.abs(level) < 1e-12 * Math.max(1, Math.abs(scale.upper()));
            Stroke stroke = zero ? Stroke.solid(palette.text(), Math.max(2, 0.2 * em))
                    : Stroke.solid(palette.text().withAlpha(0.35), 1);
            for (double[] segment : contourSegments(map, level)) {
                painter.line(px(plot, segment[0]), py(plot, segment[1]), px(plot, segment[2]), py(plot, segment[3]), stroke);
            }
        }
    }

    /**
     * The segments of one contour level, {x1, y1, x2, y2} in cell units from the map's bottom left
     * (the centre of cell (i, j) is at i + 0.5, j + 0.5): marching squares over the cell centres.
     */
    public static List<double[]> contourSegments(RegimeMap map, double level) {
        List<double[]> segments = new ArrayList<>();
        for (int j = 0; j + 1 < map.rows(); j++) {
            for (int i = 0; i + 1 < map.columns(); i++) {
                double a = map.value(i, j) - level;         // bottom left
                double b = map.value(i + 1, j) - level;     // bottom right
                double c = map.value(i + 1, j + 1) - level; // top right
                double d = map.value(i, j + 1) - level;     // top left
                List<double[]> crossings = new ArrayList<>(4);
                cross(crossings, a, b, i, j, i + 1, j);
                cross(crossings, b, c, i + 1, j, i + 1, j + 1);
                cross(crossings, c, d, i + 1, j + 1, i, j + 1);
                cross(crossings, d, a, i, j + 1, i, j);
                for (int k = 0; k + 1 < crossings.size(); k += 2) {
                    double[] p = crossings.get(k);
                    double[] q = crossings.get(k + 1);
                    segments.add(new double[] {p[0] + 0.5, p[1] + 0.5, q[0] + 0.5, q[1] + 0.5});
                }
            }
        }
        return segments;
    }

    /** Where the level crosses the edge from (x1, y1) to (x2, y2), linearly, if it does. */
    private static void cross(List<double[]> out, double v1, double v2, double x1, double y1, double x2, double y2) {
        if ((v1 < 0) != (v2 < 0)) {
            double t = v1 / (v1 - v2);
            out.add(new double[] {x1 + t * (x2 - x1), y1 + t * (y2 - y1)});
        }
    }

    private double px(Plot plot, double cellX) { return plot.left() + cellX / map.columns() * plot.width(); }

    private double py(Plot plot, double cellY) { return plot.top() + plot.height() - cellY / map.rows() * plot.height(); }

    /** The colour bar with its ticks and the outcome's unit. */
    private void colourBar(double x, double y, double width, double height, Scale scale) {
        int steps = 60;
        for (int k = 0; k < steps; k++) {
            double v = scale.valueAt((k + 0.5) / steps);
            painter.fillRect(x + k * width / steps, y, width / steps + 0.5, height, colour(v, scale));
        }
        for (double v : scale.gridValues()) {
            double tx = x + scale.fraction(v) * width;
            painter.line(tx, y + height, tx, y + height + 0.2 * em, Stroke.solid(palette.axis(), 1));
            painter.text(scale.label(v), tx, y + height + 0.2 * em, smallFont(), palette.muted(), HAlign.CENTER, VAlign.TOP);
        }
        painter.text(look.text().outcomeUnit(map.outcome()), x + width + 0.5 * em, y + height / 2, smallFont(), palette.muted(),
                HAlign.LEFT, VAlign.MIDDLE);
    }

    /** A ring at the scenario's own values of the two parameters. */
    private void markCurrent(Plot plot) {
        double cx = plot.left() + RegimeMap.position(map.xParameter(), map.scenario().get(map.xParameter())) * plot.width();
        double cy = plot.top() + plot.height()
                - RegimeMap.position(map.yParameter(), map.scenario().get(map.yParameter())) * plot.height();
        double radius = 0.55 * em;
        painter.strokeCircle(cx, cy, radius, Stroke.solid(palette.background(), Math.max(3, 0.3 * em)));
        painter.strokeCircle(cx, cy, radius, Stroke.solid(palette.text(), Math.max(1.5, 0.14 * em)));
        painter.fillCircle(cx, cy, 0.15 * em, palette.text());
    }

    /** Tick values along a parameter's axis: whole decades on a log axis, nice steps otherwise. */
    private static List<Double> ticks(Parameter p) {
        List<Double> ticks = new ArrayList<>();
        if (RegimeMap.isLogarithmic(p)) {
            for (double v = Math.pow(10, Math.ceil(Math.log10(p.min()))); v <= p.max() * (1 + 1e-9); v *= 10) {
                ticks.add(v);
            }
            return ticks;
        }
        Scale scale = Scale.around(p.min(), p.max());
        for (double v : scale.gridValues()) {
            if (v >= p.min() - 1e-9 && v <= p.max() + 1e-9) {
                ticks.add(v);
            }
        }
        return ticks;
    }

    private static String tick(Text text, Parameter p, double value) {
        return text.decimal(RegimeMap.isLogarithmic(p) ? Parameter.plain(value) : Scale.around(p.min(), p.max()).label(value));
    }

    private static String axisLabel(Parameter p, Text text) {
        return text.get(RegimeMap.isLogarithmic(p) ? "regimeMap.axisLog" : "regimeMap.axis", text.label(p), text.unit(p));
    }
}
