package org.divergence.ui.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import org.divergence.figure.FigureFont;
import org.divergence.figure.Painter;
import org.divergence.figure.Rgb;
import org.divergence.figure.Stroke;
import org.divergence.figure.Typeface;

/**
 * The figure painter for the window's charts: the same drawing code as the exported figures, with
 * the same typeface (DejaVu Sans, shipped with the app), on JavaFX canvases.
 *
 * <p>It records what the chart draws, layer by layer ({@link Painter.Layer}), and {@link #draw}
 * puts a layer on its canvas. The chart view draws a layer again only when its recording differs
 * from the last one drawn: while a lever is dragged the axes, grid and titles stay as they are and
 * only the data is drawn. Clipping is done here by geometry ({@link ClipRect}), not by the canvas.
 */
final class FxPainter implements Painter {

    /** Text measurements repeat from frame to frame (tick labels, titles); remembered, a few hundred at most. */
    private static final int MEASURED = 512;
    /** Segments of a circle cut by the clip, drawn as a polygon. */
    private static final int CIRCLE_SEGMENTS = 32;
    private static final Map<FigureFont, Font> FONTS = new HashMap<>();
    private static final Text MEASURING = new Text();
    private static final Map<String, TextBox> MEASURES = new LinkedHashMap<>(MEASURED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TextBox> eldest) {
            return size() > MEASURED;
        }
    };

    private enum Kind { FILL_RECT, FILL_ROUND_RECT, LINE, POLYLINE, FILL_POLYGON, FILL_OVAL, STROKE_OVAL, TEXT, VERTICAL_TEXT }

    /**
     * One drawing operation, ready to draw: coordinates (for a polyline or polygon the x values, then
     * the y values), and the colour, stroke, font and text it needs. Equal operations draw the same.
     */
    record Op(Kind kind, double[] numbers, Rgb colour, Stroke stroke, FigureFont font, String text) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Op o && kind == o.kind && Arrays.equals(numbers, o.numbers)
                    && Objects.equals(colour, o.colour) && sameStroke(stroke, o.stroke)
                    && Objects.equals(font, o.font) && Objects.equals(text, o.text);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, Arrays.hashCode(numbers), colour, font, text);
        }

        private static boolean sameStroke(Stroke a, Stroke b) {
            return a == b || a != null && b != null && a.colour().equals(b.colour()) && a.width() == b.width()
                    && Arrays.equals(a.dash(), b.dash());
        }
    }

    private final Map<Layer, List<Op>> layers = new EnumMap<>(Layer.class);
    private List<Op> current;
    private ClipRect clip;

    /** A painter that records; also the way to measure text. */
    FxPainter() {
        for (Layer layer : Layer.values()) {
            layers.put(layer, new ArrayList<>());
        }
        current = layers.get(Layer.BACK);
    }

    /** The JavaFX font for a figure font; on the FX thread. */
    static Font font(FigureFont font) {
        return FONTS.computeIfAbsent(font, f -> {
            try (InputStream in = Typeface.open(f.bold())) {
                Font loaded = Font.loadFont(in, f.size());
                return loaded != null ? loaded : Font.font(Typeface.FAMILY, f.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What was drawn on {@code layer}, in order. */
    List<Op> ops(Layer layer) {
        return layers.get(layer);
    }

    /** What was drawn on every layer, back to front: for a single canvas. */
    List<Op> ops() {
        List<Op> all = new ArrayList<>();
        layers.values().forEach(all::addAll);
        return all;
    }

    /** Clears the canvas {@code g} draws on and draws {@code ops} on it. */
    static void draw(List<Op> ops, GraphicsContext g) {
        g.clearRect(0, 0, g.getCanvas().getWidth(), g.getCanvas().getHeight());
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        for (Op op : ops) {
            double[] n = op.numbers();
            switch (op.kind()) {
                case FILL_RECT -> {
                    g.setFill(fx(op.colour()));
                    g.fillRect(n[0], n[1], n[2], n[3]);
                }
                case FILL_ROUND_RECT -> {
                    g.setFill(fx(op.colour()));
                    g.fillRoundRect(n[0], n[1], n[2], n[3], 2 * n[4], 2 * n[4]);
                }
                case LINE -> {
                    apply(g, op.stroke());
                    g.strokeLine(n[0], n[1], n[2], n[3]);
                }
                case POLYLINE -> {
                    apply(g, op.stroke());
                    int count = n.length / 2;
                    g.strokePolyline(Arrays.copyOf(n, count), Arrays.copyOfRange(n, count, n.length), count);
                }
                case FILL_POLYGON -> {
                    g.setFill(fx(op.colour()));
                    int count = n.length / 2;
                    g.fillPolygon(Arrays.copyOf(n, count), Arrays.copyOfRange(n, count, n.length), count);
                }
                case FILL_OVAL -> {
                    g.setFill(fx(op.colour()));
                    g.fillOval(n[0], n[1], n[2], n[3]);
                }
                case STROKE_OVAL -> {
                    apply(g, op.stroke());
                    g.strokeOval(n[0], n[1], n[2], n[3]);
                }
                case TEXT -> {
                    g.setFont(font(op.font()));
                    g.setFill(fx(op.colour()));
                    g.fillText(op.text(), n[0], n[1]);
                }
                case VERTICAL_TEXT -> {
                    g.save();
                    g.translate(n[0], n[1]);
                    g.rotate(-90);
                    g.setFont(font(op.font()));
                    g.setFill(fx(op.colour()));
                    g.fillText(op.text(), n[2], n[3]);
                    g.restore();
                }
            }
        }
    }

    @Override
    public void layer(Layer layer) {
        current = layers.get(layer);
    }

    @Override
    public TextBox measure(String text, FigureFont font) {
        String key = (font.bold() ? "b" : "r") + font.size() + "|" + text;
        TextBox known = MEASURES.get(key);
        if (known != null) {
            return known;
        }
        MEASURING.setFont(font(font));
        MEASURING.setText(text.isEmpty() ? " " : text);
        Bounds b = MEASURING.getLayoutBounds();
        // Laid out from the baseline: the box's top is minus the ascent, its bottom the descent.
        TextBox box = new TextBox(text.isEmpty() ? 0 : b.getWidth(), -b.getMinY(), b.getMaxY());
        MEASURES.put(key, box);
        return box;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) {
        if (clip != null && !clip.containsBox(x, y, width, height)) {
            double[][] cut = clip.polygon(new double[] {x, x + width, x + width, x}, new double[] {y, y, y + height, y + height}, 4);
            fillPolygon(cut[0], cut[1], cut[0].length, colour);
            return;
        }
        add(Kind.FILL_RECT, colour, null, null, null, x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgb colour) {
        if (clip != null && !clip.containsBox(x, y, width, height)) {
            fillRect(x, y, width, height, colour); // cut corners: square where the clip cuts
            return;
        }
        add(Kind.FILL_ROUND_RECT, colour, null, null, null, x, y, width, height, radius);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (clip != null) {
            double[] s = clip.segment(x1, y1, x2, y2);
            if (s != null) {
                add(Kind.LINE, null, stroke, null, null, s);
            }
            return;
        }
        add(Kind.LINE, null, stroke, null, null, x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        if (clip != null) {
            for (double[][] part : clip.polyline(xs, ys, count)) {
                add(Kind.POLYLINE, null, stroke, null, null, points(part[0], part[1], part[0].length));
            }
            return;
        }
        add(Kind.POLYLINE, null, stroke, null, null, points(xs, ys, count));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour) {
        if (clip != null) {
            double[][] cut = clip.polygon(xs, ys, count);
            if (cut[0].length >= 3) {
                add(Kind.FILL_POLYGON, colour, null, null, null, points(cut[0], cut[1], cut[0].length));
            }
            return;
        }
        add(Kind.FILL_POLYGON, colour, null, null, null, points(xs, ys, count));
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        double[] box = {centreX - radius, centreY - radius, 2 * radius, 2 * radius};
        if (clip != null && !clip.containsBox(box[0], box[1], box[2], box[3])) {
            if (!clip.missesBox(box[0], box[1], box[2], box[3])) {
                double[][] circle = circle(centreX, centreY, radius);
                fillPolygon(circle[0], circle[1], CIRCLE_SEGMENTS, colour);
            }
            return;
        }
        add(Kind.FILL_OVAL, colour, null, null, null, box);
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, Stroke stroke) {
        double[] box = {centreX - radius, centreY - radius, 2 * radius, 2 * radius};
        double half = stroke.width() / 2;
        if (clip != null && !clip.containsBox(box[0] - half, box[1] - half, box[2] + stroke.width(), box[3] + stroke.width())) {
            if (!clip.missesBox(box[0] - half, box[1] - half, box[2] + stroke.width(), box[3] + stroke.width())) {
                double[][] circle = circle(centreX, centreY, radius);
                polyline(circle[0], circle[1], CIRCLE_SEGMENTS + 1, stroke);
            }
            return;
        }
        add(Kind.STROKE_OVAL, null, stroke, null, null, box);
    }

    /** Texts are not cut: one wholly outside the clip is left out, any other drawn whole. */
    @Override
    public void text(String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v) {
        TextBox box = measure(text, font);
        double left = x - switch (h) {
            case LEFT -> 0;
            case CENTER -> box.width() / 2;
            case RIGHT -> box.width();
        };
        double baseline = y + switch (v) {
            case TOP -> box.ascent();
            case MIDDLE -> (box.ascent() - box.descent()) / 2;
            case BASELINE -> 0;
            case BOTTOM -> -box.descent();
        };
        if (clip == null || !clip.missesBox(left, baseline - box.ascent(), box.width(), box.height())) {
            add(Kind.TEXT, colour, null, font, text, left, baseline);
        }
    }

    @Override
    public void verticalText(String text, double centreX, double centreY, FigureFont font, Rgb colour) {
        TextBox box = measure(text, font);
        add(Kind.VERTICAL_TEXT, colour, null, font, text, centreX, centreY, -box.width() / 2, (box.ascent() - box.descent()) / 2);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        clip = new ClipRect(x, y, width, height);
    }

    @Override
    public void unclip() {
        clip = null;
    }

    private void add(Kind kind, Rgb colour, Stroke stroke, FigureFont font, String text, double... numbers) {
        current.add(new Op(kind, numbers, colour, stroke, font, text));
    }

    /** The first {@code count} x values, then the y values. */
    private static double[] points(double[] xs, double[] ys, int count) {
        double[] n = new double[2 * count];
        System.arraycopy(xs, 0, n, 0, count);
        System.arraycopy(ys, 0, n, count, count);
        return n;
    }

    /** A closed circle as points, the first repeated at the end. */
    private static double[][] circle(double cx, double cy, double r) {
        double[] xs = new double[CIRCLE_SEGMENTS + 1];
        double[] ys = new double[CIRCLE_SEGMENTS + 1];
        for (int i = 0; i <= CIRCLE_SEGMENTS; i++) {
            double a = 2 * Math.PI * i / CIRCLE_SEGMENTS;
            xs[i] = cx + r * Math.cos(a);
            ys[i] = cy + r * Math.sin(a);
        }
        return new double[][] {xs, ys};
    }

    private static void apply(GraphicsContext g, Stroke stroke) {
        g.setStroke(fx(stroke.colour()));
        g.setLineWidth(stroke.width());
        g.setLineDashes(stroke.dashed() ? stroke.dash() : null);
    }

    static Color fx(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }
}
