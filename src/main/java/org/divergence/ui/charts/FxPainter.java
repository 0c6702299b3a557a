package org.divergence.ui.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * The figure painter on a JavaFX canvas: the window's charts are drawn by the same code as the
 * exported figures, with the same typeface (DejaVu Sans, shipped with the app).
 */
final class FxPainter implements Painter {

    /** Text measurements repeat from frame to frame (tick labels, titles); remembered, a few hundred at most. */
    private static final int MEASURED = 512;
    private static final Map<FigureFont, Font> FONTS = new HashMap<>();
    private static final Text MEASURING = new Text();
    private static final Map<String, TextBox> MEASURES = new LinkedHashMap<>(MEASURED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TextBox> eldest) {
            return size() > MEASURED;
        }
    };

    private final GraphicsContext g;

    FxPainter(GraphicsContext g) {
        this.g = g;
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.BUTT);
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
        g.setFill(fx(colour));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgb colour) {
        g.setFill(fx(colour));
        g.fillRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        apply(stroke);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        apply(stroke);
        g.strokePolyline(xs, ys, count);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour) {
        g.setFill(fx(colour));
        g.fillPolygon(xs, ys, count);
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        g.setFill(fx(colour));
        g.fillOval(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, Stroke stroke) {
        apply(stroke);
        g.strokeOval(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void text(String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v) {
        TextBox box = measure(text, font);
        g.setFont(font(font));
        g.setFill(fx(colour));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
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
        g.fillText(text, left, baseline);
    }

    @Override
    public void verticalText(String text, double centreX, double centreY, FigureFont font, Rgb colour) {
        TextBox box = measure(text, font);
        g.save();
        g.translate(centreX, centreY);
        g.rotate(-90);
        g.setFont(font(font));
        g.setFill(fx(colour));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(text, -box.width() / 2, (box.ascent() - box.descent()) / 2);
        g.restore();
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.closePath();
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
    }

    private void apply(Stroke stroke) {
        g.setStroke(fx(stroke.colour()));
        g.setLineWidth(stroke.width());
        g.setLineDashes(stroke.dashed() ? stroke.dash() : null);
    }

    static Color fx(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }
}
