package org.divergence.scenario;

import static org.divergence.scenario.FigureFiles.Kind.PDF;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The scenario in a PDF: an embedded file {@value FigureFiles#PDF_ATTACHMENT} (application/json,
 * relationship "Source") in the document's EmbeddedFiles name tree, where PDF viewers list
 * attachments, plus a pointer in the document information.
 *
 * <p>PDFBox parses the document; the attachment is then found and read here, with limits PDFBox does
 * not have: the name tree is walked without recursion, visiting each node once and at most
 * {@link #MAX_TREE_NODES} of them, and the attachment is read raw and inflated with a hard output cap
 * (PDFBox would decode the whole stream into memory first, however large it grows).
 *
 * <p>For the same reason the file is screened before PDFBox sees it: PDFBox decodes cross-reference
 * and object streams whole, in memory, with no limit, so a hostile PDF of a few MB could expand to
 * gigabytes while it is opened. Every stream body is inflated here first the way PDFBox would
 * (counting, not keeping), and LZW and RunLength, the other expanding filters, are refused outright,
 * as is encryption (encrypted streams cannot be screened; no figure needs it).
 */
final class PdfScenario {

    private static final int MAX_TREE_NODES = 10_000;
    /** A figure's largest stream (an embedded raster image) stays far below this when decoded. */
    private static final int MAX_STREAM_BYTES = 64 * 1024 * 1024;
    /** All streams of a figure together, decoded. Bounds the screening's time too (about a second). */
    private static final long MAX_DECODED_BYTES = 256L * 1024 * 1024;
    /** Expanding filters this screening cannot measure; no figure needs them (PDF writers use Flate). */
    private static final Set<String> OLD_FILTERS = Set.of("LZWDecode", "LZW", "RunLengthDecode", "RL");
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENDSTREAM = "endstream".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers look for the end-of-file marker within the last 1024 bytes. */
    private static final int EOF_WINDOW = 1024;
    private static final String POINTER = "attached file " + FigureFiles.PDF_ATTACHMENT
            + ": the Divergence scenario this figure shows (open the PDF in Divergence to reopen it)";
    /**
     * The reader reports every problem with a PDF as one clear ScenarioFileException; PDFBox's own
     * warnings about the same damaged file would only add multi-line noise to a terminal or log.
     * Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(Level.OFF);
    }

    private PdfScenario() {}

    static byte[] embed(byte[] pdf, byte[] json) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
            file.setSubtype("application/json");
            file.setSize(json.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(FigureFiles.PDF_ATTACHMENT);
            spec.setFileUnicode(FigureFiles.PDF_ATTACHMENT);
            spec.setFileDescription("Divergence scenario");
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            // PDF 2.0 / PDF/A-3: the attachment is the source the figure was made from.
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");

            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDDocumentNameDictionary names = catalog.getNames();
            if (names == null) {
                names = new PDDocumentNameDictionary(catalog);
                catalog.setNames(names);
            }
            // Rebuilt as one leaf holding every earlier attachment plus ours (replacing an older scenario).
            Map<String, PDComplexFileSpecification> files = new TreeMap<>();
            if (names.getEmbeddedFiles() != null) {
                collect(names.getEmbeddedFiles(), files, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
            files.put(FigureFiles.PDF_ATTACHMENT, spec);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(files);
            names.setEmbeddedFiles(tree);
            document.getDocumentInformation().setCustomMetadataValue(FigureFiles.PDF_INFO_KEY, POINTER);

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + json.length + 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PDF that PDFBox can read: " + e.getMessage(), e);
        }
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node,
                                Map<String, PDComplexFileSpecification> into, Set<COSDictionary> seen) throws IOException {
        if (!seen.add(node.getCOSObject()) || seen.size() > MAX_TREE_NODES) {
            return; // a loop, or not a tree any export would make
        }
        if (node.getNames() != null) {
            into.putAll(node.getNames());
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                collect(kid, into, seen);
            }
        }
    }

    static byte[] read(byte[] pdf, String source) throws ScenarioFileException {
        if (!endsWithEof(pdf)) {
            // PDFBox would try to repair a cut-off file; a figure that is not all there is refused instead.
            throw new ScenarioFileException(source, "this PDF is cut off: it does not end with %%EOF (copy the figure again)");
        }
        refuseExpandingStreams(pdf, source);
        // Scratch memory for streams PDFBox creates while reading; the figure itself is read in place.
        var memory = MemoryUsageSetting.setupMainMemoryOnly(4L * ScenarioFormat.MAX_FILE_BYTES).streamCache;
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, memory)) {
            COSStream file = attachment(document.getDocumentCatalog().getCOSObject());
            if (file == null) {
                throw FigureFiles.noScenario(PDF, source, "attachment");
            }
            return contents(file, source);
        } catch (InvalidPasswordException e) {
            throw encrypted(source, e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports damage in many ways, some unchecked; a deeply nested hostile file can exhaust the stack.
            String why = e.getMessage() == null ? "its structure cannot be followed" : Json.shorten(e.getMessage());
            throw new ScenarioFileException(source, "this PDF cannot be read (it is damaged or not a complete PDF): " + why, e);
        }
    }

    /**
     * Refuses a PDF whose streams would decode to more than PDFBox should hold: each stream body is
     * inflated as PDFBox's Flate filter does it (two header bytes skipped, raw deflate), into a small
     * buffer that is overwritten, until it ends or passes the limits. Bodies that are not deflate
     * data (images, fonts) fail in their first bytes. Between bodies, filter names are checked.
     */
    private static void refuseExpandingStreams(byte[] pdf, String source) throws ScenarioFileException {
        Inflater inflater = new Inflater(true);
        byte[] sink = new byte[64 * 1024];
        long budget = MAX_DECODED_BYTES;
        try {
            int outside = 0; // start of the bytes outside stream bodies, where dictionaries are
            for (int s = indexOf(pdf, STREAM, 0); s >= 0; s = indexOf(pdf, STREAM, Math.max(s + 1, outside))) {
                if (s >= 3 && pdf[s - 3] == 'e' && pdf[s - 2] == 'n' && pdf[s - 1] == 'd') {
                    continue; // "endstream"
                }
                refuseNames(pdf, outside, s, source);
                int body = s + STREAM.length;
                body += body < pdf.length && pdf[body] == '\r' ? 1 : 0;
                body += body < pdf.length && pdf[body] == '\n' ? 1 : 0;
                if (pdf.length - body > 2) {
                    // To the end of the file, not to the next "endstream": PDFBox trusts /Length, which may reach past it.
                    inflater.reset();
                    inflater.setInput(pdf, body + 2, pdf.length - body - 2);
                    long stream = 0;
                    while (!inflater.finished()) {
                        int n;
                        try {
                            n = inflater.inflate(sink);
                        } catch (DataFormatException e) {
                            break; // not deflate data, or damaged: PDFBox's decoder stops here too
                        }
                        if (n == 0) {
                            break;
                        }
                        stream += n;
                        budget -= n;
                        if (stream > MAX_STREAM_BYTES || budget < 0) {
                            throw new ScenarioFileException(source, "this PDF holds compressed data that expands past "
                                    + (stream > MAX_STREAM_BYTES ? MAX_STREAM_BYTES : MAX_DECODED_BYTES) / (1024 * 1024)
                                    + " MB (a decompression bomb?); a figure needs far less, so it is not opened");
                        }
                    }
                }
                int end = indexOf(pdf, ENDSTREAM, body);
                outside = end < 0 ? pdf.length : end + ENDSTREAM.length;
            }
            refuseNames(pdf, outside, pdf.length, source);
        } finally {
            inflater.end();
        }
    }

    private static ScenarioFileException encrypted(String source, Exception cause) {
        return new ScenarioFileException(source, "this PDF is encrypted (password-protected), so its scenario cannot be"
                + " read; export the figure again without protection", cause);
    }

    /**
     * Refuses the names of LZW and RunLength, and an encryption dictionary, spelled plainly or with #xx
     * escapes, in [from, to).
     */
    private static void refuseNames(byte[] pdf, int from, int to, String source) throws ScenarioFileException {
        for (int i = from; i < to; i++) {
            if (pdf[i] != '/') {
                continue;
            }
            StringBuilder name = new StringBuilder();
            int j = i + 1;
            for (; j < to && name.length() < 20 && !isDelimiter(pdf[j]); j++) {
                if (pdf[j] == '#' && j + 2 < to && Character.digit(pdf[j + 1], 16) >= 0 && Character.digit(pdf[j + 2], 16) >= 0) {
                    name.append((char) (Character.digit(pdf[j + 1], 16) * 16 + Character.digit(pdf[j + 2], 16)));
                    j += 2;
                } else {
                    name.append((char) (pdf[j] & 0xFF));
                }
            }
            if (OLD_FILTERS.contains(name.toString())) {
                throw new ScenarioFileException(source, "this PDF uses LZW or RunLength compression, which Divergence"
                        + " does not open (figures exported by Divergence never do)");
            }
            if (name.toString().equals("Encrypt")) {
                // Encrypted streams cannot be screened, and a figure has no reason to be encrypted.
                throw encrypted(source, null);
            }
            i = j - 1;
        }
    }

    private static boolean isDelimiter(byte c) {
        return c <= ' ' || "()<>[]{}/%".indexOf(c) >= 0;
    }

    private static int indexOf(byte[] bytes, byte[] token, int from) {
        for (int i = from; i <= bytes.length - token.length; i++) {
            if (bytes[i] == token[0] && java.util.Arrays.equals(bytes, i, i + token.length, token, 0, token.length)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWithEof(byte[] pdf) {
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (int i = pdf.length - marker.length; i >= Math.max(0, pdf.length - EOF_WINDOW); i--) {
            if (java.util.Arrays.equals(pdf, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    /** The attachment's stream, looked up in the EmbeddedFiles name tree by a bounded walk; null if absent. */
    private static COSStream attachment(COSDictionary catalog) {
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        COSDictionary root = names == null ? null : names.getCOSDictionary(COSName.EMBEDDED_FILES);
        Deque<COSDictionary> todo = new ArrayDeque<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (root != null) {
            todo.push(root);
        }
        while (!todo.isEmpty() && seen.size() < MAX_TREE_NODES) {
            COSDictionary node = todo.pop();
            if (!seen.add(node)) {
                continue; // a loop in the tree
            }
            COSArray pairs = node.getCOSArray(COSName.NAMES);
            for (int i = 0; pairs != null && i + 1 < pairs.size(); i += 2) {
                if (pairs.getObject(i) instanceof COSString key && key.getString().equals(FigureFiles.PDF_ATTACHMENT)
                        && pairs.getObject(i + 1) instanceof COSDictionary spec) {
                    COSDictionary embedded = spec.getCOSDictionary(COSName.EF);
                    COSStream stream = embedded == null ? null : embedded.getCOSStream(COSName.UF);
                    return stream != null || embedded == null ? stream : embedded.getCOSStream(COSName.F);
                }
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            for (int i = 0; kids != null && i < kids.size() && todo.size() < MAX_TREE_NODES; i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    todo.push(kid);
                }
            }
        }
        return null;
    }

    /** The attachment's bytes, read raw and inflated here under the scenario limit. */
    private static byte[] contents(COSStream file, String source) throws IOException, ScenarioFileException {
        COSBase filters = file.getFilters();
        boolean flate;
        if (filters == null || filters instanceof COSArray none && none.size() == 0) {
            flate = false;
        } else if (isFlate(filters) || filters instanceof COSArray one && one.size() == 1 && isFlate(one.getObject(0))) {
            flate = true;
        } else {
            throw new ScenarioFileException(source, "the scenario attached to this PDF is encoded in a way Divergence"
                    + " does not read (only uncompressed or FlateDecode)");
        }
        // Compressed JSON is far smaller than the JSON, so twice the limit of raw bytes is plenty.
        int rawLimit = flate ? 2 * ScenarioFormat.MAX_FILE_BYTES : ScenarioFormat.MAX_FILE_BYTES;
        byte[] raw;
        try (InputStream in = file.createRawInputStream()) {
            raw = in.readNBytes(rawLimit + 1);
        }
        if (raw.length > rawLimit) {
            throw FigureFiles.scenarioTooBig(PDF, source);
        }
        return flate ? FigureFiles.inflate(raw, 0, raw.length, PDF, source) : raw;
    }

    private static boolean isFlate(COSBase filter) {
        return COSName.FLATE_DECODE.equals(filter) || COSName.FLATE_DECODE_ABBREVIATION.equals(filter);
    }
}
