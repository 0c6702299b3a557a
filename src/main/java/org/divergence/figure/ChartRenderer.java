package org.divergence.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.divergence.figure.Painter.HAlign;
import org.divergence.figure.Painter.TextBox;
import org.divergence.figure.Painter.VAlign;
import org.divergence.model.Halving;
import org.divergence.text.Text;

/**
 * Draws one chart into a rectangle of any painter: title (and subtitle), value and year axes with
 * labels that never overlap and always include both ends, the grid, halving markers, the series
 * (lines or stacked areas) with the baseline dashed beside them, the crossing of the headline's two
 * lines, and the legend. Everything is placed from the painter's own text measurements, so a title
 * or label is never cut, at any size and on any surface.
 */
public final class ChartRenderer {

    /** Halvings after this year are not marked (the longest horizon ends in 2050). */
    private static final double LAST_HALVING = 2050;
    /** Labels along an axis keep a quarter of a label's size free between them. */
    private static final double LABEL_SPACING = 1.25;
    private static final double[] BASELINE_DASH = {7, 5};
    /** Opacity of the 10-90 % fan and of the 25-75 % fan drawn over it, in the series' colour. */
    private static final double OUTER_FAN = 0.14;
    private static final double INNER_FAN = 0.22;
    /** Over stacked areas the fans lighten the areas (the background's colour), so the areas stay readable. */
    private static final double OUTER_FAN_OVER_AREAS = 0.25;
    private static final double INNER_FAN_OVER_AREAS = 0.3;
    private static final double[] REFERENCE_DASH = {8, 6};
    private static final double[] GRID_DASH = {4, 4};
    private static final double[] MARKER_DASH = {2, 4};
    /** A legend that would take more than this share of the chart's height under the plot goes beside it,... */
    private static final double BESIDE_WHEN = 0.25;
    /** A chart this many times wider than tall has height to spare for nothing: its legend goes beside the plot... */
    private static final double WIDE = 2.2;
    /** ...if it needs no more than this share of the width there. */
    private static final double MAX_BESIDE = 0.3;

    private final Painter painter;
    private final List<Rendering.DrawnText> texts = new ArrayList<>();
    private final ChartData data;
    private final ChartSpec spec;
    private final Look look;
    private final Palette palette;
    private final double em;

    private ChartRenderer(Painter painter, ChartData data, Look look) {
        this.painter = painter;
        this.data = data;
        this.spec = data.spec();
        this.look = look;
        this.palette = look.palette();
        this.em = look.em();
    }

    /**
     * Draws {@code data} into the rectangle ({@code x}, {@code y}, {@code width}, {@code height}) and
     * tells where the plot went.
     */
    public static Rendering paint(Painter painter, ChartData data, Look look, double x, double y, double width,
                                  double height) {
        ChartRenderer renderer = new ChartRenderer(painter, data, look);
        PlotArea plot = renderer.paint(x, y, width, height);
        return new Rendering(plot, List.copyOf(renderer.texts));
    }

    /**
     * Where everything would go if {@code data} were drawn into a {@code width} x {@code height}
     * rectangle, without drawing it; {@code painter} only measures text.
     */
    public static Rendering layout(Painter painter, ChartData data, Look look, double width, double height) {
        return paint(new MeasuringPainter(painter), data, look, 0, 0, width, height);
    }

    /**
     * The height a chart needs at {@code width} for a plot {@code plotHeight} tall: what its title,
     * axes and legend take, plus the plot. Windows use it to keep every chart they show readable.
     */
    public static double heightFor(Painter painter, ChartData data, Look look, double width, double plotHeight) {
        // Title, ticks and an under-plot legend do not depend on the height; try at the goal and correct once
        // for what does (a legend that moves beside the plot, an axis label that moves above it).
        double height = plotHeight + 20 * look.em();
        for (int attempt = 0; attempt < 3; attempt++) {
            double plot = layout(painter, data, look, width, height).plot().height();
            if (Math.abs(plot - plotHeight) < 0.5) {
                break;
            }
            height += plotHeight - plot;
        }
        return Math.ceil(height);
    }

    /**
     * The height the legend takes at this width, so charts side by side can reserve the tallest one
     * ({@link Look#legendSpace}) and keep their plots one size.
     */
    public static double legendHeight(Painter painter, ChartData data, Look look, double width) {
        return new ChartRenderer(painter, data, look).paintLegend(0, 0, width, true);
    }

    /** The value axis this chart would get from its data, ignoring any scale the look imposes. */
    public static Scale fittedScale(ChartData data, Look look) {
        double[] range = valueRange(data, look.fitBaseline());
        return Scale.fit(data.spec().axis(), range[0], range[1], look.zoomValues() && isZoomable(data.spec()));
    }

    // --- fonts and sizes ---------------------------------------------------------------------------

    private FigureFont titleFont() { return new FigureFont((look.compact() ? 1.05 : 1.15) * em, true); }

    private FigureFont subtitleFont() { return new FigureFont(0.87 * em, false); }

    private FigureFont tickFont() { return new FigureFont(0.95 * em, false); }

    private FigureFont axisLabelFont() { return new FigureFont(0.95 * em, false); }

    private FigureFont legendFont() { return new FigureFont((look.compact() ? 0.88 : 0.95) * em, false); }

    private FigureFont markerFont() { return new FigureFont(0.75 * em, false); }

    private double lineWidth(SeriesSpec s) {
        if (s.reference()) {
            return 0.13 * em;
        }
        return (spec.stacked() ? 0.1 : look.compact() ? 0.2 : spec.crossing() ? 0.27 : 0.2) * em;
    }

    // --- layout -----------------------------------------------------------------------------------

    private PlotArea paint(double x, double y, double width, double height) {
        painter.layer(Painter.Layer.BACK);
        painter.fillRect(x, y, width, height, palette.background());
        double pad = 0.5 * em;
        double top = y + pad;
        double bottom = y + height - pad;

        top = paintTitle(x, top, width);
        // The legend goes under the plot; in a wide, short chart where it would take much of the height
        // (and no row of charts keeps room for it), it stands beside the plot instead.
        Optional<LegendLayout> beside = Optional.empty();
        double right = x + width;
        if (look.legend()) {
            double under = Math.max(look.legendSpace(), paintLegend(x, bottom, width, true));
            LegendLayout column = legendLayout(MAX_BESIDE * width, 1);
            boolean wide = width > WIDE * (bottom - top);
            if (look.legendSpace() == 0 && (wide || under > BESIDE_WHEN * (bottom - top)) && column.height() < bottom - top
                    && column.width() + 1.5 * em <= MAX_BESIDE * width) {
                beside = Optional.of(column);
                right -= column.width() + 1.5 * em;
            } else {
                bottom -= under;
            }
        }

        Scale years = Scale.years(data.axisFirstYear(), data.lastYear());
        Scale values = look.valueScale().orElseGet(() -> fittedScale(data, look));
        String axisLabel = zoomedAxis(values) ? look.text().get("chart.axisZoomed", spec.axis().label()) : spec.axis().label();

        TextBox tick = painter.measure("0", tickFont());
        TextBox label = painter.measure(axisLabel, axisLabelFont());
        double tickLength = 0.35 * em;
        double gap = 0.3 * em;
        double valueLabelWidth = 0;
        for (double v : values.gridValues()) {
            valueLabelWidth = Math.max(valueLabelWidth, painter.measure(valueLabel(values, v), tickFont()).width());
        }
        double lastYearHalf = painter.measure(Scale.yearLabel(years.upper()), tickFont()).width() / 2;

        double plotRight = right - pad - Math.max(lastYearHalf, 0.5 * em);
        double plotBottom = bottom - (tickLength + gap + tick.height() + gap + label.height());
        double plotTop = top + 0.5 * tick.height();
        double plotLeft = x + pad + label.height() + gap + valueLabelWidth + gap + tickLength;
        // The value axis's label runs up its side; where the plot is too short for it, it goes above the plot.
        boolean labelAbove = label.width() > plotBottom - plotTop;
        if (labelAbove) {
            plotTop += label.height() + 0.2 * em;
            plotLeft -= label.height() + gap;
        }
        if (plotRight - plotLeft < 1 || plotBottom - plotTop < 1) {
            return new PlotArea(plotLeft, plotTop, Math.max(1, plotRight - plotLeft), Math.max(1, plotBottom - plotTop),
                    years, values);
        }
        PlotArea plot = new PlotArea(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop, years, values);

        List<Double> yearTicks = fittedTicks(years, plot.width(), true);
        List<Double> valueTicks = fittedTicks(values, plot.height(), false);
        paintGrid(plot, yearTicks, valueTicks);
        List<Double> halvings = spec.halvings() ? halvingYears(years) : List.of();
        paintMarkerLines(plot, halvings);
        painter.layer(Painter.Layer.DATA);
        painter.clip(plot.left(), plot.top(), plot.width(), plot.height());
        if (spec.stacked()) {
            paintAreas(plot);
        } else {
            paintLines(plot);
        }
        paintHistory(plot);
        painter.unclip();
        // Over the data and drawn with it: the halving labels (inside the plot) and the two axis lines
        // (on its edges). The rest of the frame lies outside the plot, where no data is drawn, so it
        // joins the layer behind: a chart on screen is two canvases, and a frame copies two, not three.
        paintMarkerLabels(plot, halvings);
        paintAxisLines(plot);
        painter.layer(Painter.Layer.BACK);
        paintTicks(plot, yearTicks, valueTicks, tickLength, gap);
        if (labelAbove) {
            text(Rendering.Kind.AXIS_LABEL, axisLabel, x + pad, plot.top() - 0.5 * tick.height() - 0.2 * em,
                    axisLabelFont(), palette.text(), HAlign.LEFT, VAlign.BOTTOM);
        } else {
            verticalText(axisLabel, x + pad + label.height() / 2, plot.top() + plot.height() / 2);
        }
        text(Rendering.Kind.AXIS_LABEL, look.text().get("chart.year"), plot.left() + plot.width() / 2,
                plot.bottom() + tickLength + gap + tick.height() + gap, axisLabelFont(), palette.text(), HAlign.CENTER, VAlign.TOP);
        painter.layer(Painter.Layer.DATA);
        if (spec.crossing()) {
            paintCrossing(plot);
        }
        if (beside.isPresent()) {
            LegendLayout legend = beside.get();
            drawLegend(legend, right + 0.5 * em, Math.max(plot.top(), plot.top() + (plot.height() - legend.height()) / 2));
        } else if (look.legend()) {
            paintLegend(x, y + height - pad, width, false);
        }
        return plot;
    }

    /** Title, then the subtitle, each wrapped to the width; returns where the plot may start. */
    private double paintTitle(double x, double top, double width) {
        for (String line : Wrapping.lines(painter, spec.title(), titleFont(), width - em)) {
            text(Rendering.Kind.TITLE, line, x + width / 2, top, titleFont(), palette.text(), HAlign.CENTER, VAlign.TOP);
            top += painter.measure(line, titleFont()).height();
        }
        top += 0.15 * em;
        List<String> subtitles = new ArrayList<>();
        if (!spec.subtitle().isEmpty()) {
            subtitles.add(spec.subtitle());
        }
        // What the shading is, under the title rather than in the legend, so the legend stays as it is.
        // Compact charts (a dashboard's rows) leave it to the headline: at large text sizes the line would
        // cost their plots.
        if (!look.compact()) {
            data.bandPaths().ifPresent(paths -> subtitles.add(look.text().get("chart.bandNote", paths)));
        }
        for (String subtitle : subtitles) {
            for (String line : Wrapping.lines(painter, subtitle, subtitleFont(), width - em)) {
                TextBox box = painter.measure(line, subtitleFont());
                text(Rendering.Kind.SUBTITLE, line, x + width / 2, top, subtitleFont(), palette.muted(), HAlign.CENTER, VAlign.TOP);
                top += box.height();
            }
        }
        return top + 0.3 * em;
    }

    // --- axes and grid --------------------------------------------------------------------------

    /**
     * The labelled ticks that fit: every multiple of the tick unit if their labels have room, else every
     * second, third... The upper end is always labelled, and takes the place of a multiple too close to it.
     */
    private List<Double> fittedTicks(Scale scale, double length, boolean horizontal) {
        double[] grid = scale.gridValues();
        double labelSize = 0;
        for (double v : grid) {
            TextBox box = painter.measure(label(scale, v, horizontal), tickFont());
            labelSize = Math.max(labelSize, horizontal ? box.width() : box.height());
        }
        double upper = grid[grid.length - 1];
        for (int stride = 1; ; stride++) {
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; i < grid.length - 1; i += stride) {
                ticks.add(grid[i]);
            }
            while (ticks.size() > 1 && (scale.fraction(upper) - scale.fraction(ticks.get(ticks.size() - 1))) * length
                    < LABEL_SPACING * labelSize) {
                ticks.remove(ticks.size() - 1);
            }
            if (ticks.size() == 1 && length < LABEL_SPACING * labelSize) {
                // Not even room for both ends: the upper end alone says the range.
                ticks.clear();
            }
            ticks.add(upper);
            boolean spaced = true;
            for (int i = 1; i < ticks.size(); i++) {
                if ((scale.fraction(ticks.get(i)) - scale.fraction(ticks.get(i - 1))) * length < LABEL_SPACING * labelSize) {
                    spaced = false;
                    break;
                }
            }
            if (spaced || ticks.size() <= 2 || stride > grid.length) {
                return ticks;
            }
        }
    }

    private String label(Scale scale, double value, boolean years) {
        return years ? Scale.yearLabel(value) : valueLabel(scale, value);
    }

    private void paintGrid(PlotArea plot, List<Double> yearTicks, List<Double> valueTicks) {
        Stroke grid = new Stroke(palette.grid(), 1, GRID_DASH);
        for (double v : valueTicks) {
            double y = plot.y(v);
            painter.line(plot.left(), y, plot.right(), y, grid);
        }
        for (double year : yearTicks) {
            double x = plot.x(year);
            painter.line(x, plot.top(), x, plot.bottom(), grid);
        }
    }

    private void paintAxisLines(PlotArea plot) {
        Stroke axis = Stroke.solid(palette.axis(), 1);
        painter.line(plot.left(), plot.top(), plot.left(), plot.bottom(), axis);
        painter.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), axis);
    }

    /** Tick marks and their labels, all outside the plot. */
    private void paintTicks(PlotArea plot, List<Double> yearTicks, List<Double> valueTicks, double tickLength, double gap) {
        Stroke axis = Stroke.solid(palette.axis(), 1);
        Scale years = plot.years();
        Scale values = plot.values();
        for (double minor : years.minorValues(5)) {
            double x = plot.x(minor);
            painter.line(x, plot.bottom(), x, plot.bottom() + tickLength / 2, axis);
        }
        if (values.log()) {
            for (double minor : values.minorValues(5)) {
                double y = plot.y(minor);
                painter.line(plot.left() - tickLength / 2, y, plot.left(), y, axis);
            }
        }
        for (double year : yearTicks) {
            double x = plot.x(year);
            painter.line(x, plot.bottom(), x, plot.bottom() + tickLength, axis);
            text(Rendering.Kind.YEAR_TICK, Scale.yearLabel(year), x, plot.bottom() + tickLength + gap, tickFont(),
                    palette.muted(), HAlign.CENTER, VAlign.TOP);
        }
        for (double v : valueTicks) {
            double y = plot.y(v);
            painter.line(plot.left() - tickLength, y, plot.left(), y, axis);
            text(Rendering.Kind.VALUE_TICK, valueLabel(values, v), plot.left() - tickLength - gap, y, tickFont(),
                    palette.muted(), HAlign.RIGHT, VAlign.MIDDLE);
        }
    }

    /** Faint lines at the Bitcoin halvings, behind the data. */
    private void paintMarkerLines(PlotArea plot, List<Double> halvings) {
        Stroke marker = new Stroke(palette.marker(), 1, MARKER_DASH);
        for (double year : halvings) {
            double x = plot.x(year);
            painter.line(x, plot.top(), x, plot.bottom(), marker);
        }
    }

    /** Their labels, over the data on a light backing; a label that would collide is left out. */
    private void paintMarkerLabels(PlotArea plot, List<Double> halvings) {
        double freeFrom = Double.NEGATIVE_INFINITY;
        double labelGap = 0.2 * em;
        String halving = look.text().get("chart.halving");
        TextBox box = painter.measure(halving, markerFont());
        for (double year : halvings) {
            double left = plot.x(year) + labelGap;
            double right = left + box.width() + 0.5 * em;
            if (left >= freeFrom && right <= plot.right()) {
                painter.fillRoundRect(left, plot.top() + 2, box.width() + 0.5 * em, box.height() + 0.1 * em, 3,
                        palette.labelBackground());
                text(Rendering.Kind.MARKER, halving, left + 0.25 * em, plot.top() + 2 + 0.05 * em, markerFont(),
                        palette.muted(), HAlign.LEFT, VAlign.TOP);
                freeFrom = right + 2 * labelGap;
            }
        }
    }

    /** The halvings strictly inside the year axis. */
    public static List<Double> halvingYears(Scale years) {
        List<Double> found = new ArrayList<>();
        for (long height = Halving.HALVING_INTERVAL; ; height += Halving.HALVING_INTERVAL) {
            double year = Halving.yearOfHeight(height);
            if (year > LAST_HALVING || year >= years.upper()) {
                return found;
            }
            if (year > years.lower()) {
                found.add(year);
            }
        }
    }

    // --- the data ----------------------------------------------------------------------------------

    private void paintLines(PlotArea plot) {
        int n = data.steps();
        paintBands(plot, false);
        data.baseline().ifPresent(baseline -> {
            double[] by = baseline.years();
            for (int s = 0; s < spec.series().size(); s++) {
                SeriesSpec series = spec.series().get(s);
                double[] xs = new double[by.length];
                double[] ys = new double[by.length];
                double[] values = baseline.series().get(s);
                for (int k = 0; k < by.length; k++) {
                    xs[k] = plot.x(by[k]);
                    ys[k] = plot.y(values[k]);
                }
                painter.polyline(xs, ys, by.length, new Stroke(colour(series).withAlpha(0.6),
                        Math.max(1, 0.7 * lineWidth(series)), BASELINE_DASH));
            }
        });
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int s = 0; s < spec.series().size(); s++) {
            SeriesSpec series = spec.series().get(s);
            for (int k = 0; k < n; k++) {
                xs[k] = plot.x(data.year(k));
                ys[k] = plot.y(data.value(s, k));
            }
            Stroke stroke = series.reference()
                    ? new Stroke(colour(series), lineWidth(series), REFERENCE_DASH)
                    : Stroke.solid(colour(series), lineWidth(series));
            painter.polyline(xs, ys, n, stroke);
        }
        for (int s = 0; s < spec.series().size(); s++) {
            SeriesSpec series = spec.series().get(s);
            for (int k : markerSteps(plot, s)) {
                series.role().marker().paint(painter, plot.x(data.year(k)), plot.y(data.value(s, k)), markerSize(),
                        colour(series), palette.background());
            }
        }
    }

    /**
     * Recorded points: hollow rings in the role's colour (a line's markers are filled), so "the
     * record" reads apart from "the model" without colour too.
     */
    private void paintHistory(PlotArea plot) {
        double r = 0.3 * markerSize() + 1;
        for (HistoryPoints h : data.history()) {
            Stroke ring = Stroke.solid(historyColour(h), Math.max(1.5, 0.12 * em));
            for (int i = 0; i < h.size(); i++) {
                double v = h.value(i);
                if (Double.isFinite(v) && (!spec.axis().isLog() || v > 0)) {
                    double x = plot.x(h.year(i));
                    double y = plot.y(v);
                    painter.fillCircle(x, y, r, palette.background());
                    painter.strokeCircle(x, y, r, ring);
                }
            }
        }
    }

    private Rgb historyColour(HistoryPoints h) {
        return h.role() == Role.REFERENCE ? palette.text() : palette.of(h.role());
    }

    private double markerSize() {
        return (look.compact() ? 0.5 : 0.6) * em;
    }

    /**
     * The steps where series {@code s} gets a marker: evenly along the plot, about five text heights
     * apart, each series shifted a little so two series' markers do not sit on top of each other.
     */
    private List<Integer> markerSteps(PlotArea plot, int s) {
        int count = (int) Math.max(2, Math.floor(plot.width() / (5 * em)));
        double shift = (s + 1.0) / (spec.series().size() + 1);
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double year = plot.years().valueAt((i + shift) / count);
            int k = data.stepNearest(year);
            if (k >= 0 && k < data.steps() && (steps.isEmpty() || steps.get(steps.size() - 1) != k)) {
                steps.add(k);
            }
        }
        return steps;
    }

    /**
     * Each series' uncertainty fan in its own colour, behind the lines: 10-90 % faint, 25-75 % stronger.
     * On stacked areas ({@code overAreas}) it is drawn over the fill, lightening it, so it stays visible there.
     */
    private void paintBands(PlotArea plot, boolean overAreas) {
        int n = data.steps();
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        for (int s = 0; s < spec.series().size(); s++) {
            Optional<ChartData.Band> band = data.band(s);
            if (band.isEmpty()) {
                continue;
            }
            Rgb colour = overAreas ? palette.background() : colour(spec.series().get(s));
            fan(plot, band.get().p10(), band.get().p90(), xs, ys, colour.withAlpha(overAreas ? OUTER_FAN_OVER_AREAS : OUTER_FAN));
            fan(plot, band.get().p25(), band.get().p75(), xs, ys, colour.withAlpha(overAreas ? INNER_FAN_OVER_AREAS : INNER_FAN));
        }
    }

    /** The area between two curves, as one polygon: along the lower one, back along the upper one. */
    private void fan(PlotArea plot, double[] lower, double[] upper, double[] xs, double[] ys, Rgb colour) {
        int n = data.steps();
        for (int k = 0; k < n; k++) {
            xs[k] = plot.x(data.year(k));
            ys[k] = plot.y(lower[k]);
            xs[2 * n - 1 - k] = xs[k];
            ys[2 * n - 1 - k] = plot.y(upper[k]);
        }
        painter.fillPolygon(xs, ys, 2 * n, colour);
    }

    /** Stacked areas from the bottom up, their top edges drawn, and the baseline's class boundaries dashed over them. */
    private void paintAreas(PlotArea plot) {
        int n = data.steps();
        double[] below = new double[n];
        double[] xs = new double[2 * n];
        double[] ys = new double[2 * n];
        double[] edgeX = new double[n];
        double[] edgeY = new double[n];
        for (int s = 0; s < spec.series().size(); s++) {
            SeriesSpec series = spec.series().get(s);
            for (int k = 0; k < n; k++) {
                double above = below[k] + data.value(s, k);
                xs[k] = plot.x(data.year(k));
                ys[k] = plot.y(above);
                xs[2 * n - 1 - k] = xs[k];
                ys[2 * n - 1 - k] = plot.y(below[k]);
                edgeX[k] = xs[k];
                edgeY[k] = ys[k];
                below[k] = above;
            }
            painter.fillPolygon(xs, ys, 2 * n, colour(series).withAlpha(0.8));
            painter.polyline(edgeX, edgeY, n, Stroke.solid(colour(series), lineWidth(series)));
        }
        paintBands(plot, true);
        // Each band's marker inside it (where it is thick enough), hollow in the background's colour.
        double size = markerSize();
        for (int s = 0; s < spec.series().size(); s++) {
            SeriesSpec series = spec.series().get(s);
            for (int k : markerSteps(plot, s)) {
                double bottom = 0;
                for (int t = 0; t < s; t++) {
                    bottom += data.value(t, k);
                }
                double top = bottom + data.value(s, k);
                if (plot.y(bottom) - plot.y(top) >= 1.4 * size) {
                    series.role().marker().paint(painter, plot.x(data.year(k)), plot.y((bottom + top) / 2), size,
                            palette.background(), colour(series));
                }
            }
        }
        data.baseline().ifPresent(baseline -> {
            double[] by = baseline.years();
            double[] stacked = new double[by.length];
            double[] bx = new double[by.length];
            double[] bY = new double[by.length];
            // The top boundary of the last class is always 100 %: only the boundaries between classes say something.
            for (int s = 0; s < spec.series().size() - 1; s++) {
                double[] values = baseline.series().get(s);
                for (int k = 0; k < by.length; k++) {
                    stacked[k] += values[k];
                    bx[k] = plot.x(by[k]);
                    bY[k] = plot.y(stacked[k]);
                }
                painter.polyline(bx, bY, by.length, new Stroke(palette.text().withAlpha(0.7), Math.max(1.2, 0.1 * em),
                        BASELINE_DASH));
            }
        });
    }

    /** A ring where the headline's two lines cross first, and the year. */
    private void paintCrossing(PlotArea plot) {
        Optional<Double> crossing = data.firstCrossing();
        if (crossing.isEmpty()) {
            return;
        }
        double year = crossing.get();
        int k = Math.max(1, data.stepNearest(year));
        int before = data.year(k) >= year ? k - 1 : k;
        int after = Math.min(data.steps() - 1, before + 1);
        double t = data.year(after) == data.year(before) ? 0 : (year - data.year(before)) / (data.year(after) - data.year(before));
        double value = data.value(0, before) + t * (data.value(0, after) - data.value(0, before));
        double cx = plot.x(year);
        double cy = plot.y(value);
        if (!plot.contains(cx, cy)) {
            return;
        }
        double radius = 0.45 * em;
        painter.fillCircle(cx, cy, radius, palette.background());
        painter.strokeCircle(cx, cy, radius, Stroke.solid(palette.text(), Math.max(1.5, 0.12 * em)));
        String text = look.text().get("chart.linesCross", Scale.yearLabel(Math.floor(year + 1e-9)));
        TextBox box = painter.measure(text, markerFont());
        double labelY = cy - radius - 0.3 * em - box.height();
        if (labelY < plot.top()) {
            labelY = cy + radius + 0.3 * em;
        }
        double labelX = Math.max(plot.left(), Math.min(plot.right() - box.width() - 0.5 * em, cx - box.width() / 2 - 0.25 * em));
        painter.fillRoundRect(labelX, labelY, box.width() + 0.5 * em, box.height() + 0.1 * em, 3, palette.labelBackground());
        text(Rendering.Kind.MARKER, text, labelX + 0.25 * em, labelY + 0.05 * em, markerFont(), palette.text(),
                HAlign.LEFT, VAlign.TOP);
    }

    // --- legend ------------------------------------------------------------------------------------

    private record LegendItem(String text, Rgb colour, boolean dashed, boolean area, Marker marker) {}

    private List<LegendItem> legendItems() {
        List<LegendItem> items = new ArrayList<>();
        for (int s = 0; s < spec.series().size(); s++) {
            SeriesSpec series = spec.series().get(s);
            items.add(new LegendItem(series.name() + difference(s), colour(series), series.reference(), spec.stacked(),
                    series.role().marker()));
        }
        for (HistoryPoints h : data.history()) {
            items.add(new LegendItem(h.name(), historyColour(h), false, false, Marker.RING));
        }
        data.baseline().ifPresent(b -> items.add(new LegendItem(look.readingYear().isPresent()
                ? look.text().get("chart.baselineDifferenceIn", baselineLegend(b.name(), look.text()),
                        Scale.yearLabel(look.readingYear().getAsDouble()))
                : baselineLegend(b.name(), look.text()),
                palette.muted(), true, false, Marker.NONE)));
        return items;
    }


    /** The baseline's name, marked "(baseline)" unless it says so itself: what the dashed lines are. */
    static String baselineLegend(String name, Text text) {
        String n = name.strip();
        String baseline = text.get("chart.baselineWord");
        return n.toLowerCase(text.locale()).contains(baseline.toLowerCase(text.locale())) ? n
                : text.get("chart.baselineMarked", n);
    }

    /** A value axis's tick label, with the look's decimal separator. */
    private String valueLabel(Scale scale, double value) {
        return look.text().decimal(scale.label(value));
    }

    /** " +2.9": the change from the baseline in the reading year, when both are there; the unit is the axis's. */
    private String difference(int s) {
        if (look.readingYear().isEmpty() || data.baseline().isEmpty()) {
            return "";
        }
        double year = look.readingYear().getAsDouble();
        Optional<Double> base = data.baselineAt(s, year);
        if (base.isEmpty()) {
            return "";
        }
        double now = data.value(s, data.stepNearest(year));
        return " " + look.text().decimal(spec.format().signed(now - base.get()));
    }

    /** A legend laid out: each item's wrapped lines, the grid of rows and columns, and its size. */
    private record LegendLayout(List<LegendItem> items, List<List<String>> lines, double tile, int columns,
                                double[] rowHeights, double width, double height) {}

    /**
     * The legend in balanced rows within {@code width}, at most {@code maxColumns} items side by side
     * (one column when it stands beside the plot).
     */
    private LegendLayout legendLayout(double width, int maxColumns) {
        List<LegendItem> items = legendItems();
        FigureFont font = legendFont();
        double swatch = 0.9 * em;
        double swatchGap = 0.4 * em;
        double hGap = 0.9 * em;
        double available = Math.max(4 * em, width - em);
        // Each item's text wrapped to the room there is: a long name takes two lines rather than running out.
        double textRoom = available - swatch - swatchGap;
        List<List<String>> lines = new ArrayList<>();
        double tile = 0;
        for (LegendItem item : items) {
            List<String> wrapped = Wrapping.lines(painter, item.text(), font, textRoom);
            lines.add(wrapped);
            for (String line : wrapped) {
                tile = Math.max(tile, swatch + swatchGap + painter.measure(line, font).width());
            }
        }
        int fit = (int) Math.min(maxColumns, Math.max(1, Math.floor((available + hGap) / (tile + hGap))));
        int rows = (items.size() + fit - 1) / fit;
        int columns = (items.size() + rows - 1) / rows;
        double lineHeight = painter.measure("Ag", font).height();
        double rowPad = 0.15 * em;
        double[] rowHeights = new double[rows];
        for (int i = 0; i < items.size(); i++) {
            int row = i / columns;
            rowHeights[row] = Math.max(rowHeights[row], Math.max(swatch, lines.get(i).size() * lineHeight) + rowPad);
        }
        double height = 0.2 * em;
        for (double h : rowHeights) {
            height += h;
        }
        return new LegendLayout(items, lines, tile, columns, rowHeights, columns * tile + (columns - 1) * hGap, height);
    }

    /**
     * The legend under the plot, centred, with its bottom at {@code bottom}. With {@code measureOnly}
     * nothing is drawn. Returns the height it takes.
     */
    private double paintLegend(double x, double bottom, double width, boolean measureOnly) {
        LegendLayout legend = legendLayout(width, Integer.MAX_VALUE);
        if (!measureOnly) {
            drawLegend(legend, x + Math.max(0.5 * em, (width - legend.width()) / 2), bottom - legend.height() + 0.2 * em);
        }
        return legend.height();
    }

    private void drawLegend(LegendLayout legend, double left, double top) {
        FigureFont font = legendFont();
        double swatch = 0.9 * em;
        double swatchGap = 0.4 * em;
        double hGap = 0.9 * em;
        double rowPad = 0.15 * em;
        double lineHeight = painter.measure("Ag", font).height();
        double rowTop = top;
        for (int row = 0; row < legend.rowHeights().length; row++) {
            for (int c = 0; c < legend.columns() && row * legend.columns() + c < legend.items().size(); c++) {
                int i = row * legend.columns() + c;
                LegendItem item = legend.items().get(i);
                double ix = left + c * (legend.tile() + hGap);
                double cy = rowTop + (swatch + rowPad) / 2;
                if (item.dashed()) {
                    painter.line(ix, cy, ix + swatch, cy, new Stroke(item.colour(), Math.max(1.5, 0.15 * em), 3, 2));
                } else if (item.area()) {
                    painter.fillRoundRect(ix, cy - swatch / 2, swatch, swatch, 3, item.colour().withAlpha(0.8));
                    item.marker().paint(painter, ix + swatch / 2, cy, 0.6 * swatch, palette.background(), item.colour());
                } else {
                    painter.line(ix, cy, ix + swatch, cy, Stroke.solid(item.colour(), Math.max(1.5, 0.2 * em)));
                    item.marker().paint(painter, ix + swatch / 2, cy, 0.7 * swatch, item.colour(), palette.background());
                }
                double ty = rowTop + rowPad / 2;
                for (String line : legend.lines().get(i)) {
                    text(Rendering.Kind.LEGEND, line, ix + swatch + swatchGap, ty, font, palette.text(), HAlign.LEFT,
                            VAlign.TOP);
                    ty += lineHeight;
                }
            }
            rowTop += legend.rowHeights()[row];
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** Draws a text and remembers its box. */
    private void text(Rendering.Kind kind, String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v) {
        TextBox box = painter.measure(text, font);
        double left = x - switch (h) {
            case LEFT -> 0;
            case CENTER -> box.width() / 2;
            case RIGHT -> box.width();
        };
        double top = switch (v) {
            case TOP -> y;
            case MIDDLE -> y - box.height() / 2;
            case BASELINE -> y - box.ascent();
            case BOTTOM -> y - box.height();
        };
        painter.text(text, x, y, font, colour, h, v);
        texts.add(new Rendering.DrawnText(kind, text, left, top, box.width(), box.height()));
    }

    private void verticalText(String text, double centreX, double centreY) {
        TextBox box = painter.measure(text, axisLabelFont());
        painter.verticalText(text, centreX, centreY, axisLabelFont(), palette.text());
        texts.add(new Rendering.DrawnText(Rendering.Kind.AXIS_LABEL, text, centreX - box.height() / 2,
                centreY - box.width() / 2, box.height(), box.width()));
    }

    private Rgb colour(SeriesSpec series) {
        return palette.of(series.role());
    }

    private boolean zoomedAxis(Scale values) {
        return spec.axis().policy() == AxisSpec.Policy.FIXED
                && (values.lower() != 0 || values.upper() != spec.axis().fixedUpper());
    }

    private static boolean isZoomable(ChartSpec spec) {
        return spec.axis().policy() == AxisSpec.Policy.FIXED && !spec.stacked();
    }

    /**
     * Smallest and largest value drawn (stacked totals for areas), current and baseline. The bands do not
     * count: axes follow the lines, so they do not jump when the bands arrive, and a fan that reaches past
     * them is cut at the plot's edge.
     */
    static double[] valueRange(ChartData data, boolean withBaseline) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean stacked = data.spec().stacked();
        for (int k = 0; k < data.steps(); k++) {
            double total = 0;
            for (int s = 0; s < data.seriesCount(); s++) {
                double v = data.value(s, k);
                total += v;
                double shown = stacked ? total : v;
                if (Double.isFinite(shown) && (!data.spec().axis().isLog() || shown > 0)) {
                    min = Math.min(min, shown);
                    max = Math.max(max, shown);
                }
            }
        }
        for (HistoryPoints h : data.history()) {
            for (int i = 0; i < h.size(); i++) {
                double v = h.value(i);
                if (Double.isFinite(v) && (!data.spec().axis().isLog() || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (withBaseline && data.baseline().isPresent()) {
            for (double[] values : data.baseline().get().series()) {
                for (double v : values) {
                    if (Double.isFinite(v) && (!data.spec().axis().isLog() || v > 0)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return min <= max ? new double[] {min, max} : new double[] {0, 1};
    }
}
