package org.divergence.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.divergence.model.Bands;
import org.divergence.model.DivergenceModel;
import org.divergence.model.MonteCarlo;
import org.divergence.model.Outcome;
import org.divergence.model.Parameter;
import org.divergence.model.RegimeMap;
import org.divergence.model.Scenario;
import org.divergence.model.Sensitivity;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.text.Text;
import org.divergence.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** The tornado chart, the regime map and the bands as figures: drawn as described and exported like every figure. */
class AnalysisFigureTest {

    private static final Scenario SCENARIO = Scenario.defaults().with(Parameter.REGULATION_STRENGTH, 40);
    private static final ScenarioDocument DOCUMENT = ScenarioDocument.untitled(SCENARIO).withName("Strict");
    private static final Sensitivity.Result TORNADO = Sensitivity.run(SCENARIO, Outcome.DEFAULT_GAP);
    private static final RegimeMap MAP = RegimeMap.compute(SCENARIO, Outcome.DEFAULT_GAP, Parameter.ELECTRICITY_PRICE,
            Parameter.NPU_THROUGHPUT, 16, 16);

    @Test
    void theTornadoDrawsABarPerEndInTheEndsColoursLargestFirstWithItsTable() {
        RecordingPainter painter = new RecordingPainter();
        TornadoChart.paint(painter, TORNADO, Look.of(Theme.LIGHT, 14), 0, 0, 1200, 700);

        Palette palette = Palette.of(Theme.LIGHT);
        long low = painter.drawn.stream().filter(d -> d.what().equals("rect") && d.colour().equals(palette.of(Role.LOW_END))).count();
        long high = painter.drawn.stream().filter(d -> d.what().equals("rect") && d.colour().equals(palette.of(Role.HIGH_END))).count();
        assertThat(low).isGreaterThanOrEqualTo(10);
        assertThat(high).isGreaterThanOrEqualTo(10);
        String first = TORNADO.rows().get(0).parameter().label();
        String second = TORNADO.rows().get(1).parameter().label();
        assertThat(painter.texts.indexOf(first)).isLessThan(painter.texts.indexOf(second));
        assertThat(painter.texts).contains("elasticity", "What moves the gap in 2035 most (edge-AI index minus mining index)");
    }

    @Test
    void theMapHasACellPerGridPointTheZeroContourAndTheCurrentPointRinged() {
        RecordingPainter painter = new RecordingPainter();
        RegimeMapChart.Plot plot = RegimeMapChart.paint(painter, MAP, Look.of(Theme.LIGHT, 14), 0, 0, 900, 800);

        long cells = painter.drawn.stream().filter(d -> d.what().equals("rect")).count();
        assertThat(cells).isGreaterThanOrEqualTo(16 * 16);
        double[] range = MAP.range();
        assertThat(range[0]).as("the gap changes sign on this map").isNegative();
        assertThat(range[1]).isPositive();
        assertThat(RegimeMapChart.contourSegments(MAP, 0)).isNotEmpty();
        assertThat(painter.drawn).anyMatch(d -> d.what().equals("ring"));
        double[] middle = plot.position(plot.left() + plot.width() / 2, plot.top() + plot.height() / 4);
        assertThat(middle[0]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(middle[1]).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(plot.position(plot.left() - 1, plot.top())).isNull();
    }

    @Test
    void aZeroContourRunsBetweenCellsOfOppositeSign() {
        for (double[] s : RegimeMapChart.contourSegments(MAP, 0)) {
            for (double[] point : new double[][] {{s[0], s[1]}, {s[2], s[3]}}) {
                assertThat(point[0]).isBetween(0.5, MAP.columns() - 0.5);
                assertThat(point[1]).isBetween(0.5, MAP.rows() - 0.5);
            }
        }
    }

    @Test
    void bothExportAsPngSvgAndPdfCarryingTheirScenario() throws Exception {
        for (AnalysisFigure figure : List.of(AnalysisFigure.tornado(TORNADO, DOCUMENT, Theme.LIGHT, 1000, Text.ENGLISH),
                AnalysisFigure.regimeMap(MAP, DOCUMENT, Theme.DARK, 800, Text.GERMAN))) {
            byte[] png = FigureExport.png(figure, 1);
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo((int) figure.width());
            assertThat(new String(FigureExport.svg(figure), java.nio.charset.StandardCharsets.UTF_8)).contains(figure.title());
            try (PDDocument pdf = Loader.loadPDF(FigureExport.pdf(figure))) {
                assertThat(new PDFTextStripper().getText(pdf)).contains(figure.title().substring(0, 20));
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(figure.title());
            }
            for (byte[] file : List.of(png, FigureExport.svg(figure), FigureExport.pdf(figure))) {
                assertThat(ScenarioReader.read(file, "figure", "figure").document().scenario()).isEqualTo(SCENARIO);
            }
        }
    }

    @Test
    void aFigureSpeaksTheLanguageItWasMadeIn() {
        String german = AnalysisFigure.tornado(TORNADO, DOCUMENT, Theme.LIGHT, 1000, Text.GERMAN).title();
        String english = AnalysisFigure.tornado(TORNADO, DOCUMENT, Theme.LIGHT, 1000, Text.ENGLISH).title();
        assertThat(english).startsWith("What moves");
        assertThat(german).startsWith("Was ").contains("am stärksten").doesNotContain("What");
        assertThat(AnalysisFigure.regimeMap(MAP, DOCUMENT, Theme.LIGHT, 800, Text.GERMAN).title())
                .isEqualTo(Text.GERMAN.outcome(MAP.outcome())).contains("im Jahr " + MAP.outcome().year());
    }

    @Test
    void aFigureWithBandsDrawsThemInEveryFormat() throws Exception {
        Bands bands = MonteCarlo.run(SCENARIO, 30, () -> false, f -> { });
        Figure figure = new Figure(Optional.of(Charts.HEADLINE), 800, OptionalDouble.empty(), Theme.LIGHT, false, DOCUMENT,
                DivergenceModel.run(SCENARIO), Optional.empty(), OptionalDouble.empty(), java.time.LocalDate.of(2026, 11, 29))
                .withBands(Optional.of(bands));
        assertThat(new String(FigureExport.svg(figure), java.nio.charset.StandardCharsets.UTF_8))
                .contains("of 30 random paths");
        try (PDDocument pdf = Loader.loadPDF(FigureExport.pdf(figure))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("of 30 random paths");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> figure.withBands(
                Optional.of(MonteCarlo.run(Scenario.defaults(), 30, () -> false, f -> { }))))
                .hasMessageContaining("another scenario");
    }
}
