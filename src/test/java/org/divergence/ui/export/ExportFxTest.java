package org.divergence.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.divergence.figure.Charts;
import org.divergence.figure.ChartsCsv;
import org.divergence.figure.Figure;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioReader;
import org.divergence.ui.app.TestWindow;
import org.divergence.ui.app.UserInput;
import org.divergence.ui.charts.ChartView;
import org.divergence.ui.explorer.ExplorerViewModel;

/** Figures and data out of the window, as a user gets them: the dialog, its preview, the files, the clipboard. */
class ExportFxTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private TestWindow window;
    private UserInput user;
    private ExplorerViewModel viewModel;
    private final Scenario leap = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 150);

    @BeforeEach
    void openAWindowWithAChangedScenario() {
        window = TestWindow.open(folder.resolve("data"));
        user = window.user;
        viewModel = window.viewModel();
        robot.interact(() -> viewModel.load(leap));
        user.settle();
    }

    /** Its last writes (an autosave of the changed scenario) are done before the test's folder is deleted. */
    @AfterEach
    void closeTheWindow() {
        window.dispose();
    }

    private DialogPane exportDialog() {
        user.clickOn("File").clickOn("#menu-export-figure");
        DialogPane pane = robot.lookup("#export-dialog").queryAs(DialogPane.class);
        awaitPreview();
        return pane;
    }

    private void awaitPreview() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TestWindow.onFx(() ->
                    robot.lookup("#export-preview").queryAs(ImageView.class).getImage() != null
                            && window.work().jobs().isEmpty()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no preview within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String choiceId, Object value) {
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> box = robot.lookup("#" + choiceId).queryAs(ChoiceBox.class);
        robot.interact(() -> box.setValue(value));
    }

    /** Exports in a format to {@code target}; the file gets the format's extension when the name has none. */
    private byte[] exportAs(String formatId, Path target, String written) throws Exception {
        exportDialog();
        user.clickOn("#" + formatId);
        choose("export-width", FigureChoice.Width.SINGLE_COLUMN);
        awaitPreview();
        window.chosenFiles.add(target);
        user.clickOn("Export…");
        window.awaitBackgroundWork();
        return Files.readAllBytes(target.resolveSibling(written));
    }

    @Test
    void aPngHasTheChosenSizeAndReopensTheScenarioItShows() throws Exception {
        exportDialog();
        choose("export-width", FigureChoice.Width.SINGLE_COLUMN);
        choose("export-scale", 3);
        awaitPreview();
        String size = robot.lookup("#export-size").queryAs(Label.class).getText();
        assertThat(size).startsWith(Math.round(Figure.SINGLE_COLUMN * 3) + " × ");
        Path target = folder.resolve("fig.png");
        window.chosenFiles.add(target);
        user.clickOn("Export…");
        window.awaitBackgroundWork();

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(target)));
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(Figure.SINGLE_COLUMN * 3));
        assertThat(size).isEqualTo(png.getWidth() + " × " + png.getHeight() + " px");
        ScenarioDocument inside = ScenarioReader.read(target).document();
        assertThat(inside.scenario()).isEqualTo(leap);
        assertThat(inside.view().baseline()).isPresent();
        assertThat(window.notices.shown()).extracting(n -> n.title()).contains("Exported");
    }

    @Test
    void svgAndPdfAreVectorsThatCarryTheirScenarioToo() throws Exception {
        byte[] svg = exportAs("export-format-svg", folder.resolve("fig"), "fig.svg");
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8)).contains("<svg", "<text",
                Charts.HEADLINE.title());
        assertThat(ScenarioReader.read(folder.resolve("fig.svg")).document().scenario()).isEqualTo(leap);

        byte[] pdf = exportAs("export-format-pdf", folder.resolve("fig.pdf"), "fig.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(252f, org.assertj.core.data.Offset.offset(0.5f));
        }
        assertThat(ScenarioReader.read(folder.resolve("fig.pdf")).document().scenario()).isEqualTo(leap);
    }

    @Test
    void aChartsOwnButtonOpensTheDialogOnThatChart() {
        ChartView chart = robot.lookup("#chart-token-cost").queryAs(ChartView.class);
        robot.interact(() -> viewModel.window().detailTabProperty().set(org.divergence.ui.explorer.DetailTab.EDGE_AI));
        user.settle(); // the tab's charts are laid out at the next pulse
        // Where the row does not show every chart, bring this one into view first, as a user would.
        if (TestWindow.onFx(() -> !chart.isVisible())) {
            user.clickOn(robot.lookup("#show-token-cost").queryAs(javafx.scene.Node.class));
            user.settle();
        }
        user.moveTo(chart);
        Button export = robot.lookup("#export-token-cost").queryAs(Button.class);
        assertThat(TestWindow.onFx(export::isVisible)).isTrue();
        Point2D corner = TestWindow.onFx(() -> export.localToScreen(export.getWidth() / 2, export.getHeight() / 2));
        user.clickOn(corner);

        @SuppressWarnings("unchecked")
        ChoiceBox<java.util.Optional<org.divergence.figure.ChartSpec>> what =
                robot.lookup("#export-chart").queryAs(ChoiceBox.class);
        assertThat(TestWindow.onFx(what::getValue)).contains(Charts.TOKEN_COST);
        awaitPreview();
    }

    @Test
    void copyPutsTheFigureOnTheClipboard() {
        user.clickOn("File").clickOn("#menu-copy-figure");
        window.awaitBackgroundWork();

        var image = TestWindow.onFx(() -> Clipboard.getSystemClipboard().getImage());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(Math.ceil(Figure.DOUBLE_COLUMN * 2));
        assertThat(window.notices.shown()).extracting(n -> n.title()).contains("Copied");
    }

    @Test
    void theSeriesOnScreenGoToCsvWithUnitsAndTheBaselineBeside() throws Exception {
        user.clickOn("File").clickOn("#menu-export-data");
        Path target = folder.resolve("series.csv");
        window.chosenFiles.add(target);
        user.clickOn("Series on screen");
        window.awaitBackgroundWork();

        List<String> lines = Files.readAllLines(target);
        String header = lines.get(0);
        assertThat(header).startsWith("year,").contains(ChartsCsv.column(Charts.HEADLINE, Charts.HEADLINE.series().get(1)))
                .contains("baseline: " + ChartsCsv.column(Charts.HEADLINE, Charts.HEADLINE.series().get(1)));
        assertThat(lines).hasSize(1 + TestWindow.onFx(() -> viewModel.getProjection().steps()));
    }
}
