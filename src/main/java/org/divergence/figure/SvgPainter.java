package org.divergence.figure;

import java.util.Locale;

/**
 * Draws as SVG elements, text as text (selectable, searchable, editable in a vector editor). Measures
 * text with Java2D and the shipped DejaVu Sans, and names that family first in the document; a
 * viewer without it substitutes a similar sans-serif.
 */
public final class SvgPainter implements Painter {

    private static final String FONT_FAMILY = "'" + Typeface.FAMILY + "', 'Bitstream Vera Sans', Verdana, sans-serif";

    private final StringBuilder body = new StringBuilder();
    private int clips;
    private boolean clipped;

    /** The complete document for a {@code width} by {@code height} pixel figure. */
    public String document(double width, double height) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(width) + "\" height=\"" + n(height)
                + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\">\n"
                + body
                + "</svg>\n";
    }

    @Override
    public TextBox measure(String text, FigureFont font) {
        return Java2DPainter.measureText(text, font);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append('"').append(fill(colour)).append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgb colour) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" rx=\"").append(n(radius)).append('"')
                .append(fill(colour)).append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        body.append("<polyline points=\"").append(points(xs, ys, count)).append("\" fill=\"none\"")
                .append(stroke(stroke)).append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour) {
        body.append("<polygon points=\"").append(points(xs, ys, count)).append('"').append(fill(colour)).append("/>\n");
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        body.append("<circle cx=\"").append(n(centreX)).append("\" cy=\"").append(n(centreY)).append("\" r=\"")
                .append(n(radius)).append('"').append(fill(colour)).append("/>\n");
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, Stroke stroke) {
        body.append("<circle cx=\"").append(n(centreX)).append("\" cy=\"").append(n(centreY)).append("\" r=\"")
                .append(n(radius)).append("\" fill=\"none\"").append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v) {
        if (text.isEmpty()) {
            return;
        }
        TextBox box = measure(text, font);
        double left = x - Java2DPainter.offsetX(box, h);
        double baseline = y + Java2DPainter.offsetToBaseline(box, v);
        body.append("<text x=\"").append(n(left)).append("\" y=\"").append(n(baseline)).append('"')
                .append(font(font)).append(fill(colour)).append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void verticalText(String text, double centreX, double centreY, FigureFont font, Rgb colour) {
        TextBox box = measure(text, font);
        body.append("<text transform=\"translate(").append(n(centreX)).append(' ').append(n(centreY))
                .append(") rotate(-90)\" x=\"").append(n(-box.width() / 2)).append("\" y=\"")
                .append(n((box.ascent() - box.descent()) / 2)).append('"').append(font(font)).append(fill(colour))
                .append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        String id = "clip" + ++clips;
        body.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\"/></clipPath>\n")
                .append("<g clip-path=\"url(#").append(id).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            body.append("</g>\n");
            clipped = false;
        }
    }

    private static String font(FigureFont font) {
        return " font-family=\"" + FONT_FAMILY + "\" font-size=\"" + n(font.size()) + "\""
                + (font.bold() ? " font-weight=\"bold\"" : "");
    }

    private static String fill(Rgb colour) {
        return " fill=\"" + colour.hex() + "\"" + (colour.alpha() < 1 ? " fill-opacity=\"" + n(colour.alpha()) + "\"" : "");
    }

    private static String stroke(Stroke stroke) {
        StringBuilder s = new StringBuilder(" stroke=\"").append(stroke.colour().hex()).append("\" stroke-width=\"")
                .append(n(stroke.width())).append('"');
        if (stroke.colour().alpha() < 1) {
            s.append(" stroke-opacity=\"").append(n(stroke.colour().alpha())).append('"');
        }
        if (stroke.dashed()) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < stroke.dash().length; i++) {
                s.append(i > 0 ? " " : "").append(n(stroke.dash()[i]));
            }
            s.append('"');
        }
        return s.toString();
    }

    private static String points(double[] xs, double[] ys, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i > 0 ? " " : "").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return s.toString();
    }

    /** A coordinate with at most two decimals: enough for any screen or printer, and small files. */
    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
