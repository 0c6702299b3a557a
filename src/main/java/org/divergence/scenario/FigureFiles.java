package org.divergence.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Figures that carry their scenario: a chart exported as PNG, SVG or PDF holds the complete scenario
 * file, byte for byte what {@link ScenarioWriter} writes to a {@code .divergence.json} file (baseline
 * included), so a paper's figure is its own reproducible source. {@link ScenarioReader} opens such a
 * figure exactly as a scenario file: same validation, migration and messages. The carriers are
 * described in docs/SCENARIO_FORMAT.md ("Figures carry their scenario"):
 * <ul>
 *   <li>PNG: an {@code iTXt} chunk with keyword {@value #PNG_KEYWORD} just before {@code IEND};</li>
 *   <li>SVG: {@code <metadata><divergence:scenario xmlns:divergence="}{@value #SVG_NAMESPACE}{@code ">}
 *       with the JSON in CDATA, as the first child of the root {@code <svg>};</li>
 *   <li>PDF: an embedded file {@value #PDF_ATTACHMENT} (application/json) in the EmbeddedFiles name
 *       tree, and a pointer to it under {@value #PDF_INFO_KEY} in the document information.</li>
 * </ul>
 * Embedding takes the figure's bytes and returns new bytes; it never decodes or redraws the image.
 */
public final class FigureFiles {

    /** The figure formats that can carry a scenario. */
    public enum Kind {
        PNG, SVG, PDF;

        /** ".png", ".svg", ".pdf". */
        public String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Figures may hold large images, so they get their own limit; the scenario inside one is still
     * held to {@link ScenarioFormat#MAX_FILE_BYTES}.
     */
    public static final int MAX_FIGURE_BYTES = 64 * 1024 * 1024;
    /** Keyword of the PNG iTXt chunk that holds the scenario. */
    public static final String PNG_KEYWORD = "divergence-scenario";
    /** XML namespace of the SVG element that holds the scenario; a name, never fetched. */
    public static final String SVG_NAMESPACE = "urn:divergence:scenario";
    /** The SVG element as written: the prefix may differ on reading if it is bound to {@link #SVG_NAMESPACE}. */
    public static final String SVG_ELEMENT = "divergence:scenario";
    /** Name of the PDF embedded file that holds the scenario. */
    public static final String PDF_ATTACHMENT = "divergence-scenario.json";
    /** Custom key in the PDF document information that points to the attachment. */
    public static final String PDF_INFO_KEY = "DivergenceScenario";

    /** Enough of a file's start to recognise a figure, XML prolog and DOCTYPE included. */
    static final int SNIFF_BYTES = 64 * 1024;
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private FigureFiles() {}

    /** The figure with {@code document} embedded in the given kind's carrier. */
    public static byte[] embed(Kind kind, byte[] figure, ScenarioDocument document) {
        return switch (kind) {
            case PNG -> embedInPng(figure, document);
            case SVG -> embedInSvg(figure, document);
            case PDF -> embedInPdf(figure, document);
        };
    }

    /**
     * A copy of a complete PNG with the scenario in an iTXt chunk before IEND (replacing one an earlier
     * export put there). The pixels and every other chunk are copied unchanged.
     *
     * @throws IllegalArgumentException if {@code png} is not a complete PNG
     */
    public static byte[] embedInPng(byte[] png, ScenarioDocument document) {
        return PngScenario.embed(png, ScenarioWriter.toBytes(document));
    }

    /**
     * A copy of a complete UTF-8 SVG document with the scenario in {@code <metadata>} as the root's
     * first child (replacing one an earlier export put there).
     *
     * @throws IllegalArgumentException if {@code svg} does not start as an SVG document
     */
    public static byte[] embedInSvg(byte[] svg, ScenarioDocument document) {
        return SvgScenario.embed(svg, ScenarioWriter.toBytes(document));
    }

    /** {@link #embedInSvg(byte[], ScenarioDocument)} for an SVG held as a string. */
    public static String embedInSvg(String svg, ScenarioDocument document) {
        return new String(embedInSvg(svg.getBytes(StandardCharsets.UTF_8), document), StandardCharsets.UTF_8);
    }

    /**
     * A copy of a PDF with the scenario attached as {@value #PDF_ATTACHMENT} (replacing an earlier one)
     * and a pointer in the document information. The PDF is re-saved by PDFBox.
     *
     * @throws IllegalArgumentException if PDFBox cannot read {@code pdf}
     */
    public static byte[] embedInPdf(byte[] pdf, ScenarioDocument document) {
        return PdfScenario.embed(pdf, ScenarioWriter.toBytes(document));
    }

    /** The kind of figure these bytes start as, or empty (a scenario file, or anything else). */
    public static Optional<Kind> kindOf(byte[] bytes) {
        if (startsWith(bytes, PNG_START)) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(bytes, PDF_START)) {
            return Optional.of(Kind.PDF);
        }
        return SvgScenario.root(bytes) >= 0 ? Optional.of(Kind.SVG) : Optional.empty();
    }

    /**
     * The kind of figure a file is, judged by its first bytes; empty for anything else, including a
     * file that does not exist or cannot be read. Lets a caller refuse to overwrite a figure.
     */
    public static Optional<Kind> kindOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return kindOf(in.readNBytes(SNIFF_BYTES));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The scenario JSON a figure carries, at most {@link ScenarioFormat#MAX_FILE_BYTES}, for the
     * scenario parser. Every way the figure can be wrong ends in a ScenarioFileException naming {@code source}.
     */
    static byte[] scenarioJson(byte[] figure, Kind kind, String source) throws ScenarioFileException {
        if (figure.length > MAX_FIGURE_BYTES) {
            throw tooBig(kind, source, figure.length);
        }
        byte[] json = switch (kind) {
            case PNG -> PngScenario.read(figure, source);
            case SVG -> SvgScenario.read(figure, source);
            case PDF -> PdfScenario.read(figure, source);
        };
        if (new String(json, StandardCharsets.UTF_8).isBlank()) {
            throw new ScenarioFileException(source, "the Divergence scenario in this " + kind + " is empty");
        }
        return json;
    }

    static ScenarioFileException tooBig(Kind kind, String source, long size) {
        return new ScenarioFileException(source, String.format(Locale.ROOT,
                "is too large to open (%.1f MB; a %s figure may be up to %d MB)",
                size / 1_000_000.0, kind, MAX_FIGURE_BYTES / (1024 * 1024)));
    }

    static ScenarioFileException noScenario(Kind kind, String source, String carrier) {
        return new ScenarioFileException(source, "this " + kind + " carries no Divergence scenario (it was not"
                + " exported by Divergence, or its " + carrier + " was removed)");
    }

    static ScenarioFileException scenarioTooBig(Kind kind, String source) {
        return new ScenarioFileException(source, "the scenario in this " + kind + " is larger than "
                + ScenarioFormat.MAX_FILE_BYTES / 1024 + " KB; a scenario is a few KB, so this is not one");
    }

    /**
     * Inflates zlib data into at most {@link ScenarioFormat#MAX_FILE_BYTES}: a decompression bomb stops
     * at the limit, whatever it would have grown to.
     */
    static byte[] inflate(byte[] data, int offset, int length, Kind kind, String source) throws ScenarioFileException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(4 * length + 64, ScenarioFormat.MAX_FILE_BYTES));
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished()) {
                    // Needs input it will never get (cut off) or a dictionary: either way, damaged.
                    throw damagedCompression(kind, source, null);
                }
                if (out.size() + n > ScenarioFormat.MAX_FILE_BYTES) {
                    throw scenarioTooBig(kind, source);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw damagedCompression(kind, source, e);
        } finally {
            inflater.end();
        }
    }

    private static ScenarioFileException damagedCompression(Kind kind, String source, Exception cause) {
        return new ScenarioFileException(source, "the scenario in this " + kind
                + " is damaged (its compressed data is corrupt or incomplete)", cause);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
