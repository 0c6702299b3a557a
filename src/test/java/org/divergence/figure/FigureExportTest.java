package org.divergence.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ViewSettings;

/** Figures as files: the asked size, vectors that parse back with their text as text, embedded fonts, the caption. */
class FigureExportTest {

    private static final Scenario LEAP = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 150)
            .with(Parameter.DATA_CENTER_PUE, 1.5);
    private static final ScenarioDocument DOCUMENT = ScenarioDocument.untitled(LEAP).withName("Leap")
            .withView(ViewSettings.NONE.withBaseline(Optional.of(new ViewSettings.Baseline("Baseline", Scenario.defaults()))));

    private static Figure figure(Optional<ChartSpec> chart, double width, boolean caption) {
        return new Figure(chart, width, OptionalDouble.empty(), Theme.LIGHT, caption, DOCUMENT, DivergenceModel.run(LEAP),
                Optional.of(DivergenceModel.run(Scenario.defaults())), OptionalDouble.of(2035), LocalDate.of(2026, 11, 29));
    }

    @Test
    void aPngIsItsWidthTimesTheScale() throws Exception {
        for (double scale : new double[] {1, 2, 3}) {
            Figure f = figure(Optional.of(Charts.HEADLINE), Figure.SINGLE_COLUMN, true);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(FigureExport.png(f, scale)));
            assertThat(png.getWidth()).isEqualTo((int) Math.ceil(Figure.SINGLE_COLUMN * scale));
            assertThat(png.getHeight()).isEqualTo((int) Math.ceil(FigureExport.height(f) * scale));
        }
    }

    @Test
    void theDashboardIsTallerThanOneChartAndTheCaptionAddsToIt() {
        double dashboard = FigureExport.height(figure(Optional.empty(), 1200, false));
        double headline = FigureExport.height(figure(Optional.of(Charts.HEADLINE), 1200, false));
        double captioned = FigureExport.height(figure(Optional.of(Charts.HEADLINE), 1200, true));
        assertThat(dashboard).isGreaterThan(1.5 * headline);
        assertThat(captioned).isGreaterThan(headline);
    }

    @Test
    void theExportedPoolsChartKeepsTheRecordedPoolsBesideTheOperators() throws Exception {
        byte[] svg = FigureExport.svg(figure(Optional.of(Charts.POOLS), Figure.DOUBLE_COLUMN, false));
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Three largest pools, each many owners (recorded)", "Three largest owners of machines (model)");
    }

    @Test
    void historyIsExportedWhenTheWindowShowsIt() throws Exception {
        Figure plain = figure(Optional.of(Charts.HASHRATE), Figure.DOUBLE_COLUMN, false);
        Figure recorded = new Figure(plain.chart(), plain.width(), plain.fixedHeight(), plain.theme(), plain.caption(),
                plain.document(), plain.projection(), plain.baseline(), plain.readingYear(), plain.date(), true,
                plain.bands(), plain.text());
        assertThat(new String(FigureExport.svg(plain), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Recorded (Blockchain.com)");
        assertThat(new String(FigureExport.svg(recorded), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Recorded (Blockchain.com)", ">2016<");
    }

    @Test
    void anSvgParsesBackAtItsSizeWithItsTextAsText() throws Exception {
        Figure f = figure(Optional.empty(), Figure.DOUBLE_COLUMN, true);
        byte[] svg = FigureExport.svg(f);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(parsed.getDocumentElement().getAttribute("width")).isEqualTo(SvgPainter.n(Figure.DOUBLE_COLUMN));
        assertThat(Double.parseDouble(parsed.getDocumentElement().getAttribute("height")))
                .isEqualTo(FigureExport.height(f), org.assertj.core.data.Offset.offset(0.01));
        String text = parsed.getDocumentElement().getTextContent();
        assertThat(text).contains(Charts.HEADLINE.title(), Charts.TOKEN_COST.title(), "Scenario “Leap”",
                "data-center PUE 1.50 x (default 1.20)");
        assertThat(parsed.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength()).isGreaterThan(100);
    }

    @Test
    void aPdfParsesBackAtItsSizeInInchesWithItsFontsEmbeddedAndItsTextAsText() throws Exception {
        Figure f = figure(Optional.of(Charts.HEADLINE), Figure.SINGLE_COLUMN, true);
        try (PDDocument pdf = Loader.loadPDF(FigureExport.pdf(f))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            // 96 figure pixels to the inch, 72 points to the inch: a single column is 3.5 in = 252 pt wide.
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(252f, org.assertj.core.data.Offset.offset(0.01f));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Decentralization: Bitcoin mining vs edge AI", "Scenario “Leap”");
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void theCaptionSaysWhatTheFigureShows() {
        var lines = Caption.lines(DOCUMENT, true, LocalDate.of(2026, 11, 29));
        assertThat(String.join("\n", lines)).contains("Scenario “Leap”; dashed lines: baseline “Baseline”.",
                "Levers: electricity price 0.050 USD/kWh, ASIC efficiency 17.5 J/TH, NPU throughput 150 TOPS, "
                        + "regulation strength 20 %; regulation design: anti-consolidation.",
                "Assumptions changed from their defaults: data-center PUE 1.50 x (default 1.20).",
                "model " + DivergenceModel.VERSION, "29 November 2026");
        assertThat(String.join("\n", Caption.lines(DOCUMENT, false, LocalDate.of(2026, 1, 2))))
                .doesNotContain("baseline");
        assertThat(String.join("\n", Caption.lines(ScenarioDocument.untitled(Scenario.defaults()), false, LocalDate.of(2026, 1, 2))))
                .contains("Every other assumption at its documented default.");
    }

    @Test
    void everyFigureReopensExactlyItsScenarioAndBaseline() throws Exception {
        Figure f = figure(Optional.empty(), 800, true);
        for (byte[] file : java.util.List.of(FigureExport.png(f, 1), FigureExport.svg(f), FigureExport.pdf(f))) {
            ScenarioDocument back = org.divergence.scenario.ScenarioReader.read(file, "figure", "figure").document();
            assertThat(back.scenario()).isEqualTo(LEAP);
            assertThat(back.name()).isEqualTo("Leap");
            assertThat(back.view().baseline()).isEqualTo(DOCUMENT.view().baseline());
        }
    }

    @Test
    void aSlideFillsSixteenByNine() {
        Figure slide = new Figure(Optional.empty(), Figure.SLIDE, OptionalDouble.of(Figure.SLIDE_HEIGHT), Theme.DARK, true,
                DOCUMENT, DivergenceModel.run(LEAP), Optional.empty(), OptionalDouble.of(2035), LocalDate.of(2026, 11, 29));
        assertThat(FigureExport.height(slide)).isEqualTo(Figure.SLIDE_HEIGHT);
    }

    @Test
    void theSameFigureGivesTheSameFile() {
        Figure f = figure(Optional.empty(), 1200, true);
        assertThat(FigureExport.svg(f)).isEqualTo(FigureExport.svg(f));
        assertThat(FigureExport.png(f, 1)).isEqualTo(FigureExport.png(f, 1));
    }
}
