package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Figures that are damaged, cut off or built to hurt: each is refused with one clear line naming the
 * file, quickly, never with another exception, an OutOfMemoryError or a hang.
 */
class HostileFiguresTest {

    private static final ScenarioDocument DOCUMENT = Figures.document();
    private static final byte[] JSON = ScenarioWriter.toBytes(DOCUMENT);
    private static final byte[] ITXT_HEADER = "divergence-scenario\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ITXT_HEADER_COMPRESSED = "divergence-scenario\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path folder;

    /** The message a figure is refused with; fails if it opens or throws anything else, or takes over 10 s. */
    private static String refusal(byte[] figure, String name) {
        ThrowingSupplier<String> attempt = () -> {
            try {
                ScenarioReader.read(figure, name, "x");
            } catch (ScenarioFileException e) {
                assertOneClearLine(e, name);
                return e.getMessage();
            }
            return fail("%s opened", name);
        };
        return assertTimeoutPreemptively(Duration.ofSeconds(10), attempt);
    }

    private static void assertOneClearLine(ScenarioFileException e, String name) {
        assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n", "\r", "Exception");
        assertThat(e.getMessage().length()).isBetween(name.length() + 10, 400);
    }

    private static byte[] pngWithScenario() {
        return FigureFiles.embedInPng(Figures.png(), DOCUMENT);
    }

    /** Offset of our iTXt chunk in a figure made by {@link #pngWithScenario()}: just before IEND. */
    private static int scenarioChunk(byte[] png) {
        return Figures.png().length - 12;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] deflated(byte[] bytes, int repeat) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (int i = 0; i < repeat; i++) {
                deflater.write(bytes);
            }
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    // ---- PNG ----

    @Test
    void aPngWithoutTheChunkSaysItCarriesNoScenario() {
        assertThat(refusal(Figures.png(), "chart.png")).isEqualTo("chart.png: this PNG carries no Divergence scenario"
                + " (it was not exported by Divergence, or its metadata was removed)");
    }

    @Test
    void aPngCutOffInsideTheScenarioChunkSaysSo() {
        byte[] png = pngWithScenario();
        byte[] cut = Arrays.copyOf(png, scenarioChunk(png) + 30);

        assertThat(refusal(cut, "cut.png")).contains("this PNG is damaged or cut off: the chunk at byte "
                + scenarioChunk(png) + " claims").contains("copy the figure again");
    }

    @Test
    void aChunkLengthThatLiesIsRefusedWithoutAllocatingIt() {
        for (int lie : new int[] {0x7FFFFFF0, 0xFFFFFFFF, 5_000_000}) {
            byte[] png = pngWithScenario();
            ByteBuffer.wrap(png).putInt(scenarioChunk(png), lie);

            assertThat(refusal(png, "lie.png")).contains("claims " + Integer.toUnsignedLong(lie) + " bytes but the file ends");
        }
    }

    @Test
    void aBadChecksumIsRefused() {
        byte[] png = pngWithScenario();
        png[scenarioChunk(png) + 40] ^= 0x20;

        assertThat(refusal(png, "crc.png")).isEqualTo("crc.png: the scenario in this PNG is damaged (its checksum does not match)");
    }

    @Test
    void brokenJsonInAValidChunkGetsTheScenarioParsersMessage() {
        byte[] chunk = FigureFilesTest.chunk("iTXt", concat(ITXT_HEADER, ascii("{\n  \"formatVersion\": 2,\n  \"levers\": {,\n}")));

        assertThat(refusal(FigureFilesTest.pngWithChunk(Figures.png(), chunk), "json.png"))
                .startsWith("json.png: levers: malformed JSON at line 3, column 14");
    }

    @Test
    void aValidScenarioWithABadValueIsRefusedLikeAScenarioFile() {
        String bad = new String(JSON, StandardCharsets.UTF_8).replace("\"npuThroughput\": 150", "\"npuThroughput\": \"fast\"");
        byte[] chunk = FigureFilesTest.chunk("iTXt", concat(ITXT_HEADER, bad.getBytes(StandardCharsets.UTF_8)));

        assertThat(refusal(FigureFilesTest.pngWithChunk(Figures.png(), chunk), "value.png"))
                .isEqualTo("value.png: levers.npuThroughput: must be a number between 1 and 500 TOPS, got the text \"fast\"");
    }

    @Test
    void aDecompressionBombStopsAtTheScenarioLimit() throws Exception {
        byte[] bomb = deflated(new byte[1024 * 1024], 16); // 16 MB of zeros in 16 KB
        byte[] chunk = FigureFilesTest.chunk("iTXt", concat(ITXT_HEADER_COMPRESSED, bomb));

        assertThat(refusal(FigureFilesTest.pngWithChunk(Figures.png(), chunk), "bomb.png")).isEqualTo("bomb.png: the"
                + " scenario in this PNG is larger than 1024 KB; a scenario is a few KB, so this is not one");
    }

    @Test
    void corruptOrUnknownCompressionIsRefused() throws Exception {
        byte[] garbage = concat(ITXT_HEADER_COMPRESSED, ascii("this is not zlib data"));
        byte[] cut = concat(ITXT_HEADER_COMPRESSED, Arrays.copyOf(deflated(JSON, 1), 50));
        byte[] unknownFlag = concat(ascii("divergence-scenario\0\7\0\0\0"), JSON);
        byte[] noHeader = ascii("divergence-scenario\0\1");

        assertThat(refusal(FigureFilesTest.pngWithChunk(Figures.png(), FigureFilesTest.chunk("iTXt", garbage)), "z.png"))
                .isEqualTo("z.png: the scenario in this PNG is damaged (its compressed data is corrupt or incomplete)");
        assertThat(refusal(FigureFilesTest.pngWithChunk(Figures.png(), FigureFilesTest.chunk("iTXt", cut)), "z.png"))
                .contains("compressed data is corrupt or incomplete");
        assertThat(refusal(FigureFilesTest.pngWithChunk(Figures.png(), FigureFilesTest.chunk("iTXt", unknownFlag)), "z.png"))
                .contains("its chunk header is not valid");
        assertThat(refusal(FigureFilesTest.pngWithChunk(Figures.png(), FigureFilesTest.chunk("iTXt", noHeader)), "z.png"))
                .contains("its chunk header is not valid");
    }

    @Test
    void anUncompressedScenarioOverTheLimitIsRefused() {
        byte[] huge = new byte[ScenarioFormat.MAX_FILE_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        byte[] chunk = FigureFilesTest.chunk("iTXt", concat(ITXT_HEADER, huge));

        assertThat(refusal(FigureFilesTest.pngWithChunk(Figures.png(), chunk), "big.png")).contains("larger than 1024 KB");
    }

    @Test
    void twoScenariosInOnePngAreRefusedAsAmbiguous() {
        byte[] one = pngWithScenario();
        byte[] chunk = Arrays.copyOfRange(one, scenarioChunk(one), one.length - 12);

        assertThat(refusal(FigureFilesTest.pngWithChunk(one, chunk), "two.png")).contains("carries two Divergence scenarios");
    }

    @Test
    void aPngWhoseLineEndsWereConvertedSaysWhatHappened() {
        byte[] png = pngWithScenario();
        byte[] converted = concat(Arrays.copyOf(png, 4), Arrays.copyOfRange(png, 5, png.length)); // \r\n -> \n

        assertThat(refusal(converted, "text.png")).contains("its first bytes are not a PNG signature (was it copied as text");
    }

    @Test
    void aFigureOverTheFigureLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = folder.resolve("huge.png");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(PngScenario.SIGNATURE);
            file.setLength(FigureFiles.MAX_FIGURE_BYTES + 1L); // sparse: costs no disk
        }
        Path big = folder.resolve("big.divergence.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write('{');
            file.setLength(ScenarioFormat.MAX_FILE_BYTES + 1L);
        }

        assertThatThrownBy(() -> ScenarioReader.read(huge)).isInstanceOf(ScenarioFileException.class)
                .hasMessage("huge.png: is too large to open (67.1 MB; a PNG figure may be up to 64 MB)");
        assertThatThrownBy(() -> ScenarioReader.read(big)).isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("is too large to be a scenario file");
    }

    // ---- SVG ----

    private static byte[] svg(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\"><metadata>"
            + "<divergence:scenario xmlns:divergence=\"urn:divergence:scenario\">";
    private static final String CLOSE = "</divergence:scenario></metadata></svg>";

    @Test
    void anSvgWithoutTheMetadataSaysItCarriesNoScenario() {
        assertThat(refusal(svg(Figures.svg()), "chart.svg")).isEqualTo("chart.svg: this SVG carries no Divergence"
                + " scenario (it was not exported by Divergence, or its metadata was removed)");
        // The element in another namespace, or only inside a comment or CDATA, is not ours.
        assertThat(refusal(svg("<svg><metadata><divergence:scenario xmlns:divergence=\"urn:other\">{}"
                + "</divergence:scenario><!-- " + OPEN + "{}" + CLOSE + " --><![CDATA[" + OPEN + "]]></metadata></svg>"),
                "other.svg")).contains("carries no Divergence scenario");
    }

    @Test
    void entitiesAreNeverExpandedNotEvenABillionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        doctype.append("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n");

        assertThat(refusal(svg(doctype + OPEN + "&lol9;" + CLOSE), "laughs.svg")).isEqualTo("laughs.svg: the"
                + " Divergence scenario in this SVG uses the entity &lol9; which Divergence does not expand"
                + " (only &lt; &gt; &amp; &quot; &apos; and character references)");
        assertThat(refusal(svg(doctype + OPEN + "&xxe;" + CLOSE), "xxe.svg")).contains("uses the entity &xxe;")
                .doesNotContain("root:");
    }

    @Test
    void hugeAndDeeplyNestedSvgsCostLinearTimeAndNoStack() {
        String deep = "<g>".repeat(2_000_000);
        String closed = "</g>".repeat(2_000_000);
        String json = new String(JSON, StandardCharsets.UTF_8);

        byte[] nested = svg("<svg xmlns:divergence=\"urn:divergence:scenario\">" + deep
                + "<divergence:scenario><![CDATA[" + json.replace("]]>", "]]]]><![CDATA[>") + "]]></divergence:scenario>"
                + closed + "</svg>");
        LoadedScenario opened = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ScenarioReader.read(nested, "deep.svg", "deep"));
        assertThat(opened.document()).isEqualTo(DOCUMENT);
        assertThat(refusal(svg("<svg>" + deep + closed + "</svg>"), "deep.svg")).contains("carries no Divergence scenario");
    }

    @Test
    void aScenarioOverTheLimitInsideAnSvgIsRefused() {
        String huge = " ".repeat(ScenarioFormat.MAX_FILE_BYTES / 2);
        // In two CDATA sections, so no single piece is over the limit but the whole is.
        assertThat(refusal(svg(OPEN + "<![CDATA[" + huge + "]]><![CDATA[" + huge + "{}]]>" + CLOSE), "big.svg"))
                .isEqualTo("big.svg: the scenario in this SVG is larger than 1024 KB; a scenario is a few KB, so this is not one");
    }

    @Test
    void damagedSvgsSayWhatIsWrong() {
        String json = "{\"name\": \"plain\"}";
        assertThat(refusal(svg(OPEN + "<![CDATA[" + json), "cut.svg")).isEqualTo("cut.svg: this SVG is cut off: it does"
                + " not end with </svg> (copy the figure again)");
        assertThat(refusal(svg(OPEN + "<![CDATA[" + json + "</svg>"), "cdata.svg"))
                .contains("the Divergence scenario in this SVG is damaged or cut off");
        assertThat(refusal(svg(OPEN + "<b>{}</b>" + CLOSE), "markup.svg")).contains("holds markup where only the scenario text belongs");
        assertThat(refusal(svg("<svg><!-- never closed </svg>"), "comment.svg")).contains("is never closed");
        assertThat(refusal(svg(OPEN + "<![CDATA[{\"levers\": ]]>" + CLOSE), "json.svg")).contains("malformed JSON");
        assertThat(refusal(svg(OPEN + " " + CLOSE), "empty.svg")).isEqualTo("empty.svg: the Divergence scenario in this SVG is empty");
        assertThat(refusal(svg("<svg><divergence:scenario xmlns:divergence=\"urn:divergence:scenario\"/></svg>"), "e.svg"))
                .contains("is empty");
    }

    @Test
    void markupThatIsNotAnSvgIsNotTakenForJson() {
        assertThat(refusal(svg("<!DOCTYPE html><html><body><svg></svg></body></html>"), "page.html"))
                .isEqualTo("page.html: is not a scenario file: it is XML or HTML, but not an SVG figure (an SVG must"
                        + " start with <svg, after an optional XML declaration and comments)");
    }

    // ---- PDF ----

    private static byte[] pdfWithScenario() {
        return FigureFiles.embedInPdf(Figures.pdf(), DOCUMENT);
    }

    @Test
    void aPdfWithoutTheAttachmentSaysItCarriesNoScenario() {
        assertThat(refusal(Figures.pdf(), "chart.pdf")).isEqualTo("chart.pdf: this PDF carries no Divergence scenario"
                + " (it was not exported by Divergence, or its attachment was removed)");
    }

    @Test
    void aPdfThatPdfBoxCannotParseIsRefused() {
        assertThat(refusal(ascii("%PDF-1.7\nthis is not a PDF at all\n%%EOF\n"), "junk.pdf"))
                .startsWith("junk.pdf: this PDF cannot be read (it is damaged or not a complete PDF)");
    }

    @Test
    void aCutOffPdfIsRefusedEvenWherePdfBoxCouldRepairIt() {
        byte[] pdf = pdfWithScenario();

        assertThat(refusal(Arrays.copyOf(pdf, pdf.length - 40), "cut.pdf"))
                .isEqualTo("cut.pdf: this PDF is cut off: it does not end with %%EOF (copy the figure again)");
    }

    @Test
    void aHugeAttachmentIsReadOnlyUpToTheLimit() throws Exception {
        for (COSName filter : new COSName[] {null, COSName.FLATE_DECODE}) {
            byte[] big = new byte[filter == null ? 3 * 1024 * 1024 : 40 * 1024 * 1024];
            Arrays.fill(big, (byte) ' ');
            byte[] pdf = withAttachment(Figures.pdf(), big, filter);

            assertThat(refusal(pdf, "big.pdf")).isEqualTo("big.pdf: the scenario in this PDF is larger than 1024 KB;"
                    + " a scenario is a few KB, so this is not one");
        }
    }

    @Test
    void aStreamThatWouldExpandToGigabytesInsidePdfBoxIsRefusedFirst() throws Exception {
        // A cross-reference stream PDFBox would decode whole while opening the file: 100 MB of zeros in 100 KB
        // (a real bomb would be many GB: the kind of stream, not the size, is what is tested here).
        byte[] bomb = deflated(new byte[1024 * 1024], 100);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"));
        int xref = pdf.size();
        pdf.writeBytes(ascii("3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length "
                + bomb.length + " >>\nstream\n"));
        pdf.writeBytes(bomb);
        pdf.writeBytes(ascii("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));

        assertThat(refusal(pdf.toByteArray(), "bomb.pdf")).isEqualTo("bomb.pdf: this PDF holds compressed data that"
                + " expands past 64 MB (a decompression bomb?); a figure needs far less, so it is not opened");
    }

    @Test
    void lzwAndRunLengthAreRefusedEvenWhenTheirNamesAreEscaped() {
        for (String filter : new String[] {"/LZWDecode", "/RL", "/L#5AWDecode"}) {
            byte[] pdf = ascii("%PDF-1.4\n1 0 obj\n<< /Length 4 /Filter " + filter + " >>\nstream\nabcd\nendstream\nendobj\n"
                    + "trailer\n<< /Root 1 0 R >>\n%%EOF\n");

            assertThat(refusal(pdf, "old.pdf")).isEqualTo("old.pdf: this PDF uses LZW or RunLength compression, which"
                    + " Divergence does not open (figures exported by Divergence never do)");
        }
    }

    @Test
    void aNameTreeThatLoopsIsWalkedOnce() throws Exception {
        byte[] looping;
        try (PDDocument document = Loader.loadPDF(Figures.pdf())) {
            COSDictionary node = new COSDictionary();
            COSArray kids = new COSArray();
            kids.add(node);
            kids.add(node);
            node.setItem(COSName.KIDS, kids);
            COSDictionary names = new COSDictionary();
            names.setItem(COSName.EMBEDDED_FILES, node);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            looping = out.toByteArray();
        }

        assertThat(refusal(looping, "loop.pdf")).contains("carries no Divergence scenario");
    }

    @Test
    void anEncryptedPdfSaysSoWithOrWithoutAPasswordToOpenIt() throws Exception {
        for (String userPassword : new String[] {"secret", ""}) {
            byte[] locked;
            try (PDDocument document = Loader.loadPDF(pdfWithScenario())) {
                document.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                locked = out.toByteArray();
            }

            assertThat(refusal(locked, "locked.pdf")).isEqualTo("locked.pdf: this PDF is encrypted (password-protected),"
                    + " so its scenario cannot be read; export the figure again without protection");
        }
    }

    /** A PDF with {@code contents} attached under our name, stored with {@code filter} (null: uncompressed). */
    private static byte[] withAttachment(byte[] pdf, byte[] contents, COSName filter) throws Exception {
        byte[] withScenario = FigureFiles.embedInPdf(pdf, DOCUMENT);
        try (PDDocument document = Loader.loadPDF(withScenario)) {
            PDEmbeddedFile file = filter == null
                    ? new PDEmbeddedFile(document, new ByteArrayInputStream(contents))
                    : new PDEmbeddedFile(document, new ByteArrayInputStream(contents), filter);
            var spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get(FigureFiles.PDF_ATTACHMENT);
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    // ---- properties over every kind ----

    private static byte[] figure(FigureFiles.Kind kind) {
        return switch (kind) {
            case PNG -> pngWithScenario();
            case SVG -> FigureFiles.embedInSvg(svg(Figures.svg()), DOCUMENT);
            case PDF -> pdfWithScenario();
        };
    }

    @Test
    void aFigureCutAtAnyPositionIsRefusedWithAClearMessage() {
        for (FigureFiles.Kind kind : FigureFiles.Kind.values()) {
            byte[] whole = figure(kind);
            String name = "cut" + kind.extension();
            for (int length = 0; length < whole.length; length++) {
                byte[] cut = Arrays.copyOf(whole, length);
                try {
                    LoadedScenario opened = ScenarioReader.read(cut, name, "cut");
                    // Only a cut that loses nothing but the final line end leaves the figure whole.
                    assertThat(new String(whole, length, whole.length - length, StandardCharsets.ISO_8859_1))
                            .as("%s cut at %d of %d opened", kind, length, whole.length).isBlank();
                    assertThat(opened.document()).isEqualTo(DOCUMENT);
                } catch (ScenarioFileException e) {
                    assertOneClearLine(e, name);
                } catch (RuntimeException | Error e) {
                    throw new AssertionError(kind + " cut at " + length + " threw " + e, e);
                }
            }
        }
    }

    @Test
    void randomlyDamagedFiguresOpenOrAreRefusedNeverAnythingElse() {
        Random random = new Random(42);
        for (FigureFiles.Kind kind : FigureFiles.Kind.values()) {
            byte[] whole = figure(kind);
            String name = "damaged" + kind.extension();
            for (int i = 0; i < 300; i++) {
                byte[] mutant = whole.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    // Keep the first bytes, so the mutant is still taken for this kind of figure.
                    int at = 8 + random.nextInt(mutant.length - 8);
                    mutant[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (mutant[at] ^ (1 << random.nextInt(8)));
                }
                try {
                    ScenarioReader.read(mutant, name, "damaged");
                } catch (ScenarioFileException e) {
                    assertOneClearLine(e, name);
                } catch (RuntimeException | Error e) {
                    throw new AssertionError(kind + " mutant " + i + " threw " + e, e);
                }
            }
        }
    }
}
