package org.divergence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.divergence.figure.Charts;
import org.divergence.figure.Figure;
import org.divergence.figure.FigureExport;
import org.divergence.figure.Theme;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.FigureFiles;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** {@code --png}, {@code --svg}, {@code --pdf} and the options that shape a figure, headless. */
class FigureCommandLineTest {

    @TempDir
    Path folder;

    private record Run(int exitCode, byte[] out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private String path(String name) {
        return folder.resolve(name).toString();
    }

    private static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private long filesInFolder() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void theDefaultIsTheDashboard1200PxWideAtScale2LightWithItsCaptionAndItsScenario() throws Exception {
        Run run = run("--preset", "npu-leap", "--set", "regulationStrength=70", "--png", path("fig.png"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        byte[] png = Files.readAllBytes(folder.resolve("fig.png"));
        BufferedImage image = image(png);
        assertThat(image.getWidth()).isEqualTo(2400);
        assertThat(image.getHeight()).isGreaterThan(1600);
        assertThat(brightness(image.getRGB(4, 4))).as("light background").isGreaterThan(0.9);
        ScenarioDocument carried = ScenarioReader.read(folder.resolve("fig.png")).document();
        Scenario expected = Presets.find("npu-leap").orElseThrow().document().scenario()
                .with(Parameter.REGULATION_STRENGTH, 70);
        assertThat(carried.scenario()).isEqualTo(expected);
        assertThat(carried.description()).contains("Changed on the command line: regulationStrength=70");
        assertThat(carried.view().baseline()).isEmpty();
    }

    @Test
    void theCommandLineDrawsWhatTheWindowsExportDraws() throws Exception {
        Run run = run("--preset", "baseline", "--chart", "headline", "--width", "double", "--scale", "1", "--png", path("a.png"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        ScenarioDocument document = ScenarioReader.read(folder.resolve("a.png")).document();
        Figure same = new Figure(Optional.of(Charts.HEADLINE), Figure.DOUBLE_COLUMN, OptionalDouble.empty(), Theme.LIGHT,
                true, document, DivergenceModel.run(document.scenario()), Optional.empty(), OptionalDouble.of(2035),
                LocalDate.now(), false);
        BufferedImage cli = image(Files.readAllBytes(folder.resolve("a.png")));
        BufferedImage direct = image(FigureExport.png(same, 1));
        assertThat(cli.getWidth()).isEqualTo(672);
        assertThat(cli.getHeight()).isEqualTo(direct.getHeight());
        assertThat(cli.getRGB(0, 0, cli.getWidth(), cli.getHeight(), null, 0, cli.getWidth()))
                .isEqualTo(direct.getRGB(0, 0, direct.getWidth(), direct.getHeight(), null, 0, direct.getWidth()));
    }

    @ParameterizedTest
    @CsvSource({
            "headline, 336, 3, 1008",
            "token-cost, 500, 1, 500",
            "dashboard, single, 2, 672",
            "nakamoto, 1200, 1.5, 1800"})
    void chartWidthAndScaleGiveThePngItsSize(String chart, String width, String scale, int pixels) throws Exception {
        Run run = run("--chart", chart, "--width", width, "--scale", scale, "--png", path("f.png"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(image(Files.readAllBytes(folder.resolve("f.png"))).getWidth()).isEqualTo(pixels);
    }

    @Test
    void aSlideIs16By9() throws Exception {
        Run run = run("--width", "slide", "--caption", "off", "--png", path("slide.png"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = image(Files.readAllBytes(folder.resolve("slide.png")));
        assertThat(image.getWidth()).isEqualTo(2560);
        assertThat(image.getHeight()).isEqualTo(1440);
    }

    @Test
    void darkThemeAndNoCaption() throws Exception {
        Run dark = run("--chart", "headline", "--theme", "dark", "--caption", "off", "--png", path("dark.png"));
        Run captioned = run("--chart", "headline", "--theme", "high-contrast", "--png", path("hc.png"));

        assertThat(dark.exitCode()).as(dark.err()).isZero();
        assertThat(captioned.exitCode()).as(captioned.err()).isZero();
        BufferedImage darkImage = image(Files.readAllBytes(folder.resolve("dark.png")));
        BufferedImage withCaption = image(Files.readAllBytes(folder.resolve("hc.png")));
        assertThat(brightness(darkImage.getRGB(4, 4))).isLessThan(0.25);
        assertThat(brightness(withCaption.getRGB(4, 4))).isLessThan(0.1);
        assertThat(darkImage.getHeight()).as("the caption adds lines under the chart").isLessThan(withCaption.getHeight());
    }

    @Test
    void svgAndPdfAreVectorsWithTextAsTextAndCarryTheScenario() throws Exception {
        Run run = run("--preset", "cheap-power-boom", "--chart", "breakeven", "--width", "single",
                "--svg", path("f.svg"), "--pdf", path("f.pdf"), "--csv", path("f.csv"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(folder.resolve("f.svg").toFile());
        assertThat(svg.getDocumentElement().getAttribute("width")).startsWith("336");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength()).isGreaterThan(10);
        assertThat(Files.readString(folder.resolve("f.svg"))).contains("Break-even power price");
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("f.pdf").toFile())) {
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(252f, org.assertj.core.data.Offset.offset(0.01f));
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        Scenario preset = Presets.find("cheap-power-boom").orElseThrow().document().scenario();
        assertThat(ScenarioReader.read(folder.resolve("f.svg")).document().scenario()).isEqualTo(preset);
        assertThat(ScenarioReader.read(folder.resolve("f.pdf")).document().scenario()).isEqualTo(preset);
        assertThat(folder.resolve("f.csv")).isNotEmptyFile();
    }

    @Test
    void aBaselineIsDrawnAndCarriedAndAFigureReopenedKeepsIt() throws Exception {
        Run with = run("--preset", "npu-leap", "--baseline", "baseline", "--chart", "headline", "--png", path("with.png"));
        Run without = run("--preset", "npu-leap", "--chart", "headline", "--png", path("without.png"));
        Run again = run("--scenario", path("with.png"), "--chart", "headline", "--png", path("again.png"));

        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(again.exitCode()).as(again.err()).isZero();
        ScenarioDocument carried = ScenarioReader.read(folder.resolve("with.png")).document();
        ScenarioDocument baselinePreset = Presets.find("baseline").orElseThrow().document();
        assertThat(carried.view().baseline()).hasValueSatisfying(b -> {
            assertThat(b.name()).isEqualTo(baselinePreset.name());
            assertThat(b.scenario()).isEqualTo(baselinePreset.scenario());
        });
        assertThat(ScenarioReader.read(folder.resolve("again.png")).document().view().baseline())
                .isEqualTo(carried.view().baseline());
        BufferedImage withImage = image(Files.readAllBytes(folder.resolve("with.png")));
        BufferedImage againImage = image(Files.readAllBytes(folder.resolve("again.png")));
        BufferedImage withoutImage = image(Files.readAllBytes(folder.resolve("without.png")));
        assertThat(pixels(againImage)).as("the reopened figure draws the same").isEqualTo(pixels(withImage));
        assertThat(pixels(withoutImage)).as("the baseline adds dashed lines").isNotEqualTo(pixels(withImage));
    }

    @Test
    void aFigureCanGoToStandardOutput() throws Exception {
        Run run = run("--chart", "nakamoto", "--width", "400", "--scale", "1", "--png", "-");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(image(run.out()).getWidth()).isEqualTo(400);
        assertThat(FigureFiles.kindOf(run.out())).contains(FigureFiles.Kind.PNG);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--chart|pie|--png|x.png|--chart pie: no such chart (charts: dashboard, headline, mining-shares",
            "--width|50|--png|x.png|--width 50: must be between 100 and 20,000 (pixels (or single, double, slide))",
            "--width|wide|--svg|x.svg|--width wide: not a number",
            "--scale|9|--png|x.png|--scale 9: must be between 0.5 and 8",
            "--scale|2|--svg|x.svg|--scale sets the size of a PNG; SVG and PDF are vectors: give --png OUT too",
            "--width|15000|--png|x.png|--width 15,000 at --scale 2 makes a PNG 30,000 px wide; at most 20,000",
            "--theme|pink|--pdf|x.pdf|--theme pink: choose light, dark or high-contrast",
            "--caption|maybe|--png|x.png|--caption maybe: choose on or off",
            "--chart|headline|--csv|x.csv|--chart shapes a figure; give --png, --svg or --pdf OUT too",
            "--png|x.png|--sweep|electricityPrice=0.02:0.1:3|figures (--png, --svg, --pdf) show one"})
    void everyFigureMistakeIsAUsageErrorAndWritesNothing(String option, String value, String other, String otherValue,
                                                        String message) throws Exception {
        String first = option.equals("--png") ? path(value) : value;
        String second = other.equals("--sweep") ? otherValue : path(otherValue);
        Run run = other.equals("--csv") ? run(option, first, other, second)
                : run(option, first, other, second, "--csv", path("z.csv"));

        assertThat(run.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(run.err()).contains(message);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(filesInFolder()).isZero();
    }

    @Test
    void noOutputMayOverwriteAnotherOrTheInputFigure() throws Exception {
        Run same = run("--png", path("f.png"), "--save-scenario", path("f.png"));
        Run first = run("--chart", "headline", "--png", path("in.png"));
        Run overInput = run("--scenario", path("in.png"), "--png", path("in.png"));
        Run twoToStdout = run("--svg", "-", "--csv", "-");

        assertThat(same.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(same.err()).contains("--save-scenario and --png name the same file");
        assertThat(first.exitCode()).isZero();
        assertThat(overInput.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(overInput.err()).contains("--png would overwrite the input scenario");
        assertThat(twoToStdout.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(twoToStdout.err()).contains("can write to standard output (-)");
        assertThat(filesInFolder()).isOne();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static double brightness(int argb) {
        return (((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff)) / (3 * 255.0);
    }
}
