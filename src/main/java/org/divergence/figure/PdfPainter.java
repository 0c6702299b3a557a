package org.divergence.figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws into a PDF page with Apache PDFBox: vectors, and text as text in DejaVu Sans embedded (as a
 * subset) in the file, so the figure prints and reads the same everywhere. Works in the figure's
 * pixel coordinates (y downwards); the caller sets the page's transform (96 pixels per inch).
 */
final class PdfPainter implements Painter {

    /** A cubic Bézier approximates a quarter circle with control points this far along the tangents. */
    private static final double KAPPA = 0.5522847498;

    private final PDDocument document;
    private final PDPageContentStream content;
    private final Map<Boolean, PDFont> fonts = new HashMap<>();
    private final Map<Double, PDExtendedGraphicsState> fillAlphas = new HashMap<>();
    private final Map<Double, PDExtendedGraphicsState> strokeAlphas = new HashMap<>();

    PdfPainter(PDDocument document, PDPageContentStream content) {
        this.document = document;
        this.content = content;
    }

    @Override
    public TextBox measure(String text, FigureFont font) {
        try {
            PDFont pdf = font(font.bold());
            double scale = font.size() / 1000;
            var descriptor = pdf.getFontDescriptor();
            return new TextBox(pdf.getStringWidth(text) * scale, descriptor.getAscent() * scale,
                    -descriptor.getDescent() * scale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) {
        run(() -> {
            fill(colour);
            content.addRect(f(x), f(y), f(width), f(height));
            content.fill();
        });
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgb colour) {
        run(() -> {
            fill(colour);
            double r = Math.min(radius, Math.min(width, height) / 2);
            double k = KAPPA * r;
            content.moveTo(f(x + r), f(y));
            content.lineTo(f(x + width - r), f(y));
            content.curveTo(f(x + width - r + k), f(y), f(x + width), f(y + r - k), f(x + width), f(y + r));
            content.lineTo(f(x + width), f(y + height - r));
            content.curveTo(f(x + width), f(y + height - r + k), f(x + width - r + k), f(y + height), f(x + width - r), f(y + height));
            content.lineTo(f(x + r), f(y + height));
            content.curveTo(f(x + r - k), f(y + height), f(x), f(y + height - r + k), f(x), f(y + height - r));
            content.lineTo(f(x), f(y + r));
            content.curveTo(f(x), f(y + r - k), f(x + r - k), f(y), f(x + r), f(y));
            content.closePath();
            content.fill();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        run(() -> {
            stroke(stroke);
            content.moveTo(f(x1), f(y1));
            content.lineTo(f(x2), f(y2));
            content.stroke();
        });
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        if (count < 2) {
            return;
        }
        run(() -> {
            stroke(stroke);
            content.moveTo(f(xs[0]), f(ys[0]));
            for (int i = 1; i < count; i++) {
                content.lineTo(f(xs[i]), f(ys[i]));
            }
            content.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour) {
        if (count < 3) {
            return;
        }
        run(() -> {
            fill(colour);
            content.moveTo(f(xs[0]), f(ys[0]));
            for (int i = 1; i < count; i++) {
                content.lineTo(f(xs[i]), f(ys[i]));
            }
            content.closePath();
            content.fill();
        });
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        run(() -> {
            fill(colour);
            circle(centreX, centreY, radius);
            content.fill();
        });
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, Stroke stroke) {
        run(() -> {
            stroke(stroke);
            circle(centreX, centreY, radius);
            content.stroke();
        });
    }

    @Override
    public void text(String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v) {
        if (text.isEmpty()) {
            return;
        }
        TextBox box = measure(text, font);
        double left = x - Java2DPainter.offsetX(box, h);
        double baseline = y + Java2DPainter.offsetToBaseline(box, v);
        // The page's y runs downwards; the text matrix turns the glyphs upright again.
        writeText(text, font, colour, new Matrix(1, 0, 0, -1, f(left), f(baseline)));
    }

    @Override
    public void verticalText(String text, double centreX, double centreY, FigureFont font, Rgb colour) {
        TextBox box = measure(text, font);
        // Rotated a quarter turn so it reads from bottom to top, upright in the flipped page.
        Matrix m = new Matrix(0, -1, -1, 0, f(centreX + (box.ascent() - box.descent()) / 2), f(centreY + box.width() / 2));
        writeText(text, font, colour, m);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        run(() -> {
            content.saveGraphicsState();
            content.addRect(f(x), f(y), f(width), f(height));
            content.clip();
        });
    }

    @Override
    public void unclip() {
        run(content::restoreGraphicsState);
    }

    // --- helpers -------------------------------------------------------------------------------

    private interface PdfCall {
        void run() throws IOException;
    }

    private static void run(PdfCall call) {
        try {
            call.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeText(String text, FigureFont font, Rgb colour, Matrix matrix) {
        run(() -> {
            fill(colour);
            content.beginText();
            content.setFont(font(font.bold()), (float) font.size());
            content.setTextMatrix(matrix);
            content.showText(text);
            content.endText();
        });
    }

    private void circle(double cx, double cy, double r) throws IOException {
        double k = KAPPA * r;
        content.moveTo(f(cx + r), f(cy));
        content.curveTo(f(cx + r), f(cy + k), f(cx + k), f(cy + r), f(cx), f(cy + r));
        content.curveTo(f(cx - k), f(cy + r), f(cx - r), f(cy + k), f(cx - r), f(cy));
        content.curveTo(f(cx - r), f(cy - k), f(cx - k), f(cy - r), f(cx), f(cy - r));
        content.curveTo(f(cx + k), f(cy - r), f(cx + r), f(cy - k), f(cx + r), f(cy));
        content.closePath();
    }

    private void fill(Rgb colour) throws IOException {
        content.setNonStrokingColor(colour.red() / 255f, colour.green() / 255f, colour.blue() / 255f);
        content.setGraphicsStateParameters(fillAlphas.computeIfAbsent(colour.alpha(), a -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(a.floatValue());
            return state;
        }));
    }

    private void stroke(Stroke stroke) throws IOException {
        Rgb c = stroke.colour();
        content.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        content.setGraphicsStateParameters(strokeAlphas.computeIfAbsent(c.alpha(), a -> {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setStrokingAlphaConstant(a.floatValue());
            return state;
        }));
        content.setLineWidth((float) stroke.width());
        float[] dash = new float[stroke.dash().length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) stroke.dash()[i];
        }
        content.setLineDashPattern(dash, 0);
    }

    private PDFont font(boolean bold) {
        return fonts.computeIfAbsent(bold, b -> {
            try (InputStream in = Typeface.open(b)) {
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed the figure's font", e);
            }
        });
    }

    private static float f(double value) {
        return (float) value;
    }
}
