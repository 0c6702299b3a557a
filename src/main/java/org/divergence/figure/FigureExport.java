package org.divergence.figure;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

import org.divergence.AppInfo;
import org.divergence.scenario.FigureFiles;

/**
 * A {@link Figure} (or any other {@link Drawing}: the tornado chart, the regime map) as a file's bytes: PNG at a scale (1, 2 or 3 times its pixel size), SVG and PDF
 * as vectors with their text as text. All three are drawn by the same renderer as the window's
 * charts, need no display, are made from the figure alone (so the same figure gives the same file),
 * and carry the figure's scenario ({@link FigureFiles}): opening the figure reopens it, baseline and all.
 */
public final class FigureExport {

    /** PDF points per figure pixel: 72 points and 96 pixels to the inch. */
    private static final double POINTS_PER_PIXEL = 72.0 / 96.0;
    private static final BufferedImage MEASURING = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);

    private FigureExport() {}

    /** The figure's height in pixels at scale 1. */
    public static double height(Drawing figure) {
        Graphics2D g = MEASURING.createGraphics();
        try {
            return figure.height(new Java2DPainter(g));
        } finally {
            g.dispose();
        }
    }

    /** The figure drawn into an image {@code scale} times its pixel size. */
    public static BufferedImage image(Drawing figure, double scale) {
        if (!(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("scale must be between 0.5 and 8, got " + scale);
        }
        double height = height(figure);
        BufferedImage image = new BufferedImage((int) Math.ceil(figure.width() * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            figure.paint(new Java2DPainter(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** PNG bytes, {@code scale} times the figure's pixel size. */
    public static byte[] png(Drawing figure, double scale) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image(figure, scale), "png", out);
            return FigureFiles.embedInPng(out.toByteArray(), figure.document());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the PNG", e);
        }
    }

    /** An SVG document (UTF-8). */
    public static byte[] svg(Drawing figure) {
        double height = height(figure);
        SvgPainter painter = new SvgPainter();
        figure.paint(painter);
        return FigureFiles.embedInSvg(painter.document(figure.width(), height), figure.document())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A one-page PDF the figure's size (a 336-px figure is 3.5 inches wide), its fonts embedded. */
    public static byte[] pdf(Drawing figure) {
        double height = height(figure);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) (figure.width() * POINTS_PER_PIXEL),
                    (float) (height * POINTS_PER_PIXEL)));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                // Figure pixels, y downwards, onto the page's points, y upwards.
                content.transform(new Matrix((float) POINTS_PER_PIXEL, 0, 0, (float) -POINTS_PER_PIXEL, 0,
                        (float) (height * POINTS_PER_PIXEL)));
                figure.paint(new PdfPainter(document, content));
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(figure.title());
            info.setCreator(AppInfo.NAME + " " + AppInfo.version());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return FigureFiles.embedInPdf(out.toByteArray(), figure.document());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }
}
