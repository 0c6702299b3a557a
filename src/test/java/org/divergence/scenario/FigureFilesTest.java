package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A figure carries its scenario: what each carrier looks like, and that opening the figure gives it back. */
class FigureFilesTest {

    private static final ScenarioDocument DOCUMENT = Figures.document();

    @TempDir
    Path folder;

    private static LoadedScenario read(byte[] figure, String name) throws ScenarioFileException {
        return ScenarioReader.read(figure, name, ScenarioFormat.baseName(name));
    }

    @Test
    void pngRoundTripGivesTheSameDocumentWithItsBaseline() throws Exception {
        byte[] figure = FigureFiles.embedInPng(Figures.png(), DOCUMENT);

        LoadedScenario opened = read(figure, "figure.png");

        assertThat(opened.document()).isEqualTo(DOCUMENT);
        assertThat(opened.document().view().baseline()).isPresent();
        assertThat(opened.warnings()).isEmpty();
    }

    @Test
    void svgRoundTripGivesTheSameDocumentWithItsBaseline() throws Exception {
        String figure = FigureFiles.embedInSvg(Figures.svg(), DOCUMENT);

        LoadedScenario opened = read(figure.getBytes(StandardCharsets.UTF_8), "figure.svg");

        assertThat(opened.document()).isEqualTo(DOCUMENT);
        assertThat(opened.document().view().baseline()).isPresent();
        assertThat(opened.warnings()).isEmpty();
    }

    @Test
    void pdfRoundTripGivesTheSameDocumentWithItsBaseline() throws Exception {
        byte[] figure = FigureFiles.embedInPdf(Figures.pdf(), DOCUMENT);

        LoadedScenario opened = read(figure, "figure.pdf");

        assertThat(opened.document()).isEqualTo(DOCUMENT);
        assertThat(opened.document().view().baseline()).isPresent();
        assertThat(opened.warnings()).isEmpty();
    }

    @Test
    void manyRandomDocumentsSurviveEveryCarrier() throws Exception {
        RandomScenarios random = new RandomScenarios(20250917L);
        byte[] png = Figures.png();
        byte[] svg = Figures.svg().getBytes(StandardCharsets.UTF_8);
        byte[] pdf = Figures.pdf();
        for (int i = 0; i < 30; i++) {
            ScenarioDocument document = random.document();
            for (FigureFiles.Kind kind : FigureFiles.Kind.values()) {
                byte[] blank = switch (kind) {
                    case PNG -> png;
                    case SVG -> svg;
                    case PDF -> pdf;
                };
                byte[] figure = FigureFiles.embed(kind, blank, document);
                assertThat(FigureFiles.kindOf(figure)).contains(kind);
                assertThat(read(figure, "f" + kind.extension()).document()).as("%s of %s", kind, document).isEqualTo(document);
            }
        }
    }

    @Test
    void figuresOpenFromDiskByContentWhateverTheirNameAndNameTheFileInMessages() throws Exception {
        Path png = folder.resolve("Figure 3.png");
        Files.write(png, FigureFiles.embedInPng(Figures.png(), DOCUMENT));
        Path svg = folder.resolve("figure.svg");
        Files.writeString(svg, FigureFiles.embedInSvg(Figures.svg(), DOCUMENT));
        Path pdf = folder.resolve("figure.PDF");
        Files.write(pdf, FigureFiles.embedInPdf(Figures.pdf(), DOCUMENT));
        Path renamed = folder.resolve("renamed.divergence.json");
        Files.copy(png, renamed);

        for (Path file : new Path[] {png, svg, pdf, renamed}) {
            assertThat(ScenarioReader.read(file).document()).as(file.toString()).isEqualTo(DOCUMENT);
        }
        Path plain = folder.resolve("plain.png");
        Files.write(plain, Figures.png());
        assertThatThrownBy(() -> ScenarioReader.read(plain)).isInstanceOf(ScenarioFileException.class)
                .hasMessage("plain.png: this PNG carries no Divergence scenario (it was not exported by Divergence,"
                        + " or its metadata was removed)");
    }

    @Test
    void aFigureWithoutANameFieldIsNamedAfterTheFileWithoutItsExtension() throws Exception {
        byte[] json = new String(ScenarioWriter.toBytes(DOCUMENT), StandardCharsets.UTF_8)
                .replaceFirst("\"name\": \"[^\"]*\",", "").getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve("Figure 3.png");
        Files.write(file, pngWithChunk(Figures.png(), PngScenario.chunk(json)));

        assertThat(ScenarioReader.read(file).document().name()).isEqualTo("Figure 3");
        assertThat(ScenarioFormat.baseName("chart.SVG")).isEqualTo("chart");
    }

    @Test
    void thePngChunkIsACorrectITXtChunkJustBeforeIendAndThePictureIsUntouched() throws Exception {
        byte[] blank = Figures.png();
        byte[] figure = FigureFiles.embedInPng(blank, DOCUMENT);

        // Everything of the original is still there, in order; the chunk is inserted before the 12-byte IEND.
        int iend = blank.length - 12;
        assertThat(Arrays.copyOfRange(figure, 0, iend)).isEqualTo(Arrays.copyOfRange(blank, 0, iend));
        assertThat(Arrays.copyOfRange(figure, figure.length - 12, figure.length))
                .isEqualTo(Arrays.copyOfRange(blank, iend, blank.length));
        ByteBuffer chunk = ByteBuffer.wrap(figure, iend, figure.length - 12 - iend).slice();
        int length = chunk.getInt();
        assertThat(length).isEqualTo(figure.length - 12 - iend - 12);
        assertThat(new String(figure, iend + 4, 4, StandardCharsets.US_ASCII)).isEqualTo("iTXt");
        byte[] data = Arrays.copyOfRange(figure, iend + 8, iend + 8 + length);
        byte[] header = "divergence-scenario\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Arrays.copyOf(data, header.length)).as("keyword, compressed, zlib, no language, no translation")
                .isEqualTo(header);
        CRC32 crc = new CRC32();
        crc.update(figure, iend + 4, length + 4);
        assertThat(chunk.getInt(8 + length)).isEqualTo((int) crc.getValue());
        byte[] text = new InflaterInputStream(new ByteArrayInputStream(data, header.length, data.length - header.length))
                .readAllBytes();
        assertThat(text).isEqualTo(ScenarioWriter.toBytes(DOCUMENT));
        assertThat(text.length).as("compressed only because it is smaller").isGreaterThan(data.length - header.length);

        int[] before = Figures.decode(blank).getRGB(0, 0, 40, 30, null, 0, 40);
        int[] after = Figures.decode(figure).getRGB(0, 0, 40, 30, null, 0, 40);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anUncompressedChunkIsReadToo() throws Exception {
        byte[] json = ScenarioWriter.toBytes(DOCUMENT);
        byte[] header = "divergence-scenario\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = new byte[header.length + json.length];
        System.arraycopy(header, 0, data, 0, header.length);
        System.arraycopy(json, 0, data, header.length, json.length);

        assertThat(read(pngWithChunk(Figures.png(), chunk("iTXt", data)), "plain.png").document()).isEqualTo(DOCUMENT);
    }

    @Test
    void embeddingAgainReplacesTheScenarioInsteadOfAddingASecond() throws Exception {
        ScenarioDocument second = DOCUMENT.withName("Second version").withScenario(Scenario.defaults());

        byte[] png = FigureFiles.embedInPng(FigureFiles.embedInPng(Figures.png(), DOCUMENT), second);
        String svg = FigureFiles.embedInSvg(FigureFiles.embedInSvg(Figures.svg(), DOCUMENT), second);
        byte[] pdf = FigureFiles.embedInPdf(FigureFiles.embedInPdf(Figures.pdf(), DOCUMENT), second);

        assertThat(read(png, "a.png").document()).isEqualTo(second);
        assertThat(png.length).isEqualTo(FigureFiles.embedInPng(Figures.png(), second).length);
        assertThat(read(svg.getBytes(StandardCharsets.UTF_8), "a.svg").document()).isEqualTo(second);
        assertThat(svg).isEqualTo(FigureFiles.embedInSvg(Figures.svg(), second));
        assertThat(read(pdf, "a.pdf").document()).isEqualTo(second);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).hasSize(1);
        }
    }

    @Test
    void theSvgCarrierIsMetadataAsTheRootsFirstChildInOurNamespaceReadableByAnyXmlParser() throws Exception {
        String figure = FigureFiles.embedInSvg(Figures.svg(), DOCUMENT);

        assertThat(figure).contains("data-note=\"a > b\"><metadata><divergence:scenario"
                + " xmlns:divergence=\"urn:divergence:scenario\"><![CDATA[{");
        assertThat(figure).contains("]]]]><![CDATA[>"); // the "]]>" in the notes, split across two sections
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(figure.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        Node metadata = root.getFirstChild();
        assertThat(metadata.getLocalName()).isEqualTo("metadata");
        Node scenario = metadata.getFirstChild();
        assertThat(scenario.getNamespaceURI()).isEqualTo(FigureFiles.SVG_NAMESPACE);
        assertThat(scenario.getLocalName()).isEqualTo("scenario");
        assertThat(scenario.getTextContent()).isEqualTo(new String(ScenarioWriter.toBytes(DOCUMENT), StandardCharsets.UTF_8));
        // Everything after the metadata is the original document, unchanged.
        assertThat(figure.replaceFirst("(?s)<metadata>.*</metadata>", "").replace("\n", ""))
                .isEqualTo(Figures.svg().replace("\n", ""));
    }

    @Test
    void svgVariantsEditorsProduceStillOpen() throws Exception {
        String json = new String(ScenarioWriter.toBytes(DOCUMENT), StandardCharsets.UTF_8);
        String escaped = json.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        String[] variants = {
            // The namespace declared on the root with another prefix, the JSON as escaped text.
            "<svg xmlns='http://www.w3.org/2000/svg' xmlns:d='urn:divergence:scenario'><metadata><d:scenario>"
                    + escaped + "</d:scenario></metadata></svg>",
            // A default namespace, character references and a comment inside; BOM and blank lines first.
            "\uFEFF\n\n<svg><metadata><scenario xmlns=\"urn:divergence:scenario\"><!-- kept -->"
                    + escaped.replace("{", "&#123;").replace("}", "&#x7D;") + "</scenario ></metadata></svg>\n<!-- end -->\n",
            // A self-closing root, filled in by the embedder.
            FigureFiles.embedInSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", DOCUMENT),
        };
        for (int v = 0; v < variants.length; v++) {
            String svg = variants[v];
            assertThat(read(svg.getBytes(StandardCharsets.UTF_8), "v" + v + ".svg").document()).as(svg).isEqualTo(DOCUMENT);
        }
        assertThat(variants[2]).endsWith("</metadata></svg>");
    }

    @Test
    void thePdfCarrierIsANamedAttachmentPlusAPointerInTheDocumentInformation() throws Exception {
        byte[] figure = FigureFiles.embedInPdf(Figures.pdf(), DOCUMENT);

        try (PDDocument document = Loader.loadPDF(figure)) {
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles()
                    .getNames().get(FigureFiles.PDF_ATTACHMENT);
            assertThat(spec.getFilename()).isEqualTo("divergence-scenario.json");
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(ScenarioWriter.toBytes(DOCUMENT));
            assertThat(document.getDocumentInformation().getCustomMetadataValue(FigureFiles.PDF_INFO_KEY))
                    .contains("divergence-scenario.json");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Decentralization index");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void embeddingRefusesBytesThatAreNotAFigureOfThatKind() {
        assertThatThrownBy(() -> FigureFiles.embedInPng("not a png".getBytes(StandardCharsets.US_ASCII), DOCUMENT))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] png = Figures.png();
        assertThatThrownBy(() -> FigureFiles.embedInPng(Arrays.copyOf(png, png.length - 5), DOCUMENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut off");
        assertThatThrownBy(() -> FigureFiles.embedInSvg("<html></html>", DOCUMENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FigureFiles.embedInPdf("%PDF-1.7 nonsense".getBytes(StandardCharsets.US_ASCII), DOCUMENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindIsJudgedByTheFirstBytes() throws Exception {
        assertThat(FigureFiles.kindOf(Figures.png())).contains(FigureFiles.Kind.PNG);
        assertThat(FigureFiles.kindOf(Figures.pdf())).contains(FigureFiles.Kind.PDF);
        assertThat(FigureFiles.kindOf(Figures.svg().getBytes(StandardCharsets.UTF_8))).contains(FigureFiles.Kind.SVG);
        assertThat(FigureFiles.kindOf(ScenarioWriter.toBytes(DOCUMENT))).isEmpty();
        assertThat(FigureFiles.kindOf("<html><svg></svg></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FigureFiles.kindOf(new byte[0])).isEmpty();
        assertThat(FigureFiles.kindOf(folder.resolve("missing.png"))).isEmpty();
    }

    @Test
    void savingAScenarioOverAFigureIsRefusedAndTheFigureKept() throws Exception {
        Path figure = folder.resolve("figure.png");
        byte[] png = FigureFiles.embedInPng(Figures.png(), DOCUMENT);
        Files.write(figure, png);

        assertThatThrownBy(() -> ScenarioWriter.save(figure, DOCUMENT)).isInstanceOf(java.io.IOException.class)
                .hasMessage("figure.png is a PNG figure; saving the scenario over it would replace the picture."
                        + " Save the scenario as a .divergence.json file instead");
        assertThat(Files.readAllBytes(figure)).isEqualTo(png);
    }

    /** A PNG with {@code chunk} inserted before its IEND. */
    static byte[] pngWithChunk(byte[] png, byte[] chunk) {
        byte[] out = new byte[png.length + chunk.length];
        int iend = png.length - 12;
        System.arraycopy(png, 0, out, 0, iend);
        System.arraycopy(chunk, 0, out, iend, chunk.length);
        System.arraycopy(png, iend, out, iend + chunk.length, 12);
        return out;
    }

    /** A chunk with a correct length and CRC. */
    static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }
}
