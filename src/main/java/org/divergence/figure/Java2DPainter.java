package org.divergence.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws on a Java2D {@link Graphics2D}: the PNG export (and any image), and the text measurement of
 * the SVG export. Needs no display ({@code java.awt.headless} is fine).
 */
public final class Java2DPainter implements Painter {

    private static final Font REGULAR = load(false);
    private static final Font BOLD = load(true);

    private final Graphics2D g;
    private final Map<FigureFont, Font> fonts = new HashMap<>();
    private Shape clipBefore;

    public Java2DPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** The AWT font for a figure font: DejaVu Sans from the app, at that size. */
    public static Font awtFont(FigureFont font) {
        return (font.bold() ? BOLD : REGULAR).deriveFont((float) font.size());
    }

    /** Measures without drawing, with the same metrics as drawing (for the SVG export's layout). */
    public static TextBox measureText(String text, FigureFont font) {
        FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);
        Font awt = awtFont(font);
        Rectangle2D bounds = awt.getStringBounds(text.isEmpty() ? " " : text, context);
        var metrics = awt.getLineMetrics(text.isEmpty() ? " " : text, context);
        return new TextBox(text.isEmpty() ? 0 : bounds.getWidth(), metrics.getAscent(), metrics.getDescent());
    }

    @Override
    public TextBox measure(String text, FigureFont font) {
        return measureText(text, font);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) {
        g.setColor(awt(colour));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgb colour) {
        g.setColor(awt(colour));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        apply(stroke);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        if (count < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        apply(stroke);
        g.draw(path);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour) {
        if (count < 3) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(awt(colour));
        g.fill(path);
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        g.setColor(awt(colour));
        g.fill(new Ellipse2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, Stroke stroke) {
        apply(stroke);
        g.draw(new Ellipse2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void text(String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v) {
        if (text.isEmpty()) {
            return;
        }
        TextBox box = measure(text, font);
        g.setColor(awt(colour));
        g.setFont(awtFont(font));
        g.drawString(text, (float) (x - offsetX(box, h)), (float) (y + offsetToBaseline(box, v)));
    }

    @Override
    public void verticalText(String text, double centreX, double centreY, FigureFont font, Rgb colour) {
        TextBox box = measure(text, font);
        AffineTransform before = g.getTransform();
        g.translate(centreX, centreY);
        g.rotate(-Math.PI / 2);
        g.setColor(awt(colour));
        g.setFont(awtFont(font));
        g.drawString(text, (float) (-box.width() / 2), (float) ((box.ascent() - box.descent()) / 2));
        g.setTransform(before);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        clipBefore = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void unclip() {
        g.setClip(clipBefore);
    }

    static double offsetX(TextBox box, HAlign h) {
        return switch (h) {
            case LEFT -> 0;
            case CENTER -> box.width() / 2;
            case RIGHT -> box.width();
        };
    }

    /** How far below {@code y} the baseline goes for a vertical alignment. */
    static double offsetToBaseline(TextBox box, VAlign v) {
        return switch (v) {
            case TOP -> box.ascent();
            case MIDDLE -> (box.ascent() - box.descent()) / 2;
            case BASELINE -> 0;
            case BOTTOM -> -box.descent();
        };
    }

    private void apply(Stroke stroke) {
        g.setColor(awt(stroke.colour()));
        float[] dash = null;
        if (stroke.dashed()) {
            dash = new float[stroke.dash().length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) stroke.dash()[i];
            }
        }
        g.setStroke(new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0));
    }

    private static Color awt(Rgb c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }

    private static Font load(boolean bold) {
        try (InputStream in = Typeface.open(bold)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the shipped font is not a TrueType font", e);
        }
    }
}
