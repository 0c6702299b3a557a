package org.divergence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.FigureFiles;
import org.divergence.scenario.ProjectionCsv;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --scenario figure.png|svg} works with no change to the command line: it reads through ScenarioReader. */
class FigureScenarioCommandLineTest {

    @TempDir
    Path folder;

    private static final ScenarioDocument DOCUMENT = ScenarioDocument.untitled(
            Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 150)).withName("Figure 3");

    private int run(ByteArrayOutputStream err, String... args) {
        return CommandLine.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aFigureIsAScenarioSourceForCsvAndSaveScenario() throws Exception {
        Path figure = folder.resolve("figure 3.png");
        Files.write(figure, FigureFiles.embedInPng(png(), DOCUMENT));
        Path svg = folder.resolve("figure.svg");
        Files.writeString(svg, FigureFiles.embedInSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", DOCUMENT));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = run(err, "--scenario", figure.toString(), "--csv", folder.resolve("out.csv").toString(),
                "--save-scenario", folder.resolve("out.divergence.json").toString());
        int fromSvg = run(err, "--scenario", svg.toString(), "--csv", folder.resolve("svg.csv").toString());

        assertThat(code).isZero();
        assertThat(fromSvg).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        byte[] expected = ProjectionCsv.toBytes(DivergenceModel.run(DOCUMENT.scenario()));
        assertThat(Files.readAllBytes(folder.resolve("out.csv"))).isEqualTo(expected);
        assertThat(Files.readAllBytes(folder.resolve("svg.csv"))).isEqualTo(expected);
        ScenarioDocument saved = ScenarioReader.read(folder.resolve("out.divergence.json")).document();
        assertThat(saved.scenario()).isEqualTo(DOCUMENT.scenario());
        assertThat(saved.name()).isEqualTo("Figure 3");
    }

    @Test
    void aFigureWithoutAScenarioIsOneLineAndExitCodeOne() throws Exception {
        Path plain = folder.resolve("plain.png");
        Files.write(plain, png());
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = run(err, "--scenario", plain.toString(), "--csv", folder.resolve("out.csv").toString());

        assertThat(code).isEqualTo(CommandLine.FILE_PROBLEM);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("plain.png: this PNG carries no Divergence scenario");
        assertThat(folder.resolve("out.csv")).doesNotExist();
    }
}
