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
 */
final class PdfScenario {

    private static final int MAX_TREE_NODES = 10_000;
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
                collect(names.getEmbeddedFiles(), files, 0);
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
                                Map<String, PDComplexFileSpecification> into, int depth) throws IOException {
        if (depth > 32) {
            return; // our own export's tree is one level; deeper is a loop
        }
        if (node.getNames() != null) {
            into.putAll(node.getNames());
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                collect(kid, into, depth + 1);
            }
        }
    }

    static byte[] read(byte[] pdf, String source) throws ScenarioFileException {
        if (!endsWithEof(pdf)) {
            // PDFBox would try to repair a cut-off file; a figure that is not all there is refused instead.
            throw new ScenarioFileException(source, "this PDF is cut off: it does not end with %%EOF (copy the figure again)");
        }
        // Scratch memory for streams PDFBox creates while reading; the figure itself is read in place.
        var memory = MemoryUsageSetting.setupMainMemoryOnly(4L * ScenarioFormat.MAX_FILE_BYTES).streamCache;
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, memory)) {
            COSStream file = attachment(document.getDocumentCatalog().getCOSObject());
            if (file == null) {
                throw FigureFiles.noScenario(PDF, source, "attachment");
            }
            return contents(file, source);
        } catch (InvalidPasswordException e) {
            throw new ScenarioFileException(source, "this PDF is password-protected, so its scenario cannot be read", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports damage in many ways, some unchecked; a deeply nested hostile file can exhaust the stack.
            throw new ScenarioFileException(source, "this PDF cannot be read (it is damaged or not a complete PDF): "
                    + Json.shorten(String.valueOf(e.getMessage())), e);
        }
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
