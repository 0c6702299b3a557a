package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import atlantafx.base.theme.PrimerDark;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.divergence.figure.Theme;

/** The whole window: advanced assumptions, hover read-out, still axes while dragging, menus, summary. */
class MainWindowFxTest extends SharedWindowTest {

    @Test
    void showsTheDefaultProjectionWithTitleAndSummary() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        driver.assertChartsShow(Scenario.defaults());
        assertThat(stage.getTitle()).isEqualTo("Divergence");
        assertThat(stage.getIcons()).hasSize(7);
        Projection p = DivergenceModel.run(Scenario.defaults());
        int step = p.stepAt(2035);
        assertThat(robot.lookup("#summary-sentence").queryAs(Label.class).getText())
                .startsWith("In 2035 the three largest mining operators hold "
                        + Math.round(100 * p.value(Output.MINING_TOP3_SHARE, step)) + " % of hashrate; "
                        + Math.round(100 * p.value(Output.EDGE_SHARE, step)) + " % of AI inference runs");
    }

    @Test
    void editingAnAdvancedAssumptionChangesTheProjection() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        openAdvanced();

        TextField endYear = robot.lookup("#field-endYear").queryAs(TextField.class);
        scrollIntoView(robot, endYear);
        user.clickOn(endYear);
        robot.interact(endYear::selectAll);
        user.write("2050").type(KeyCode.ENTER);
        driver.awaitFrame();

        Scenario expected = Scenario.defaults().with(Parameter.END_YEAR, 2050);
        assertThat(viewModel.getScenario()).isEqualTo(expected);
        driver.assertChartsShow(expected);
        double lastYear = WindowDriver.onFx(() -> driver.chart("chart-headline").rendering().orElseThrow().plot().years().upper());
        assertThat(lastYear).isCloseTo(2050, org.assertj.core.data.Offset.offset(1e-3));

        user.clickOn(endYear);
        robot.interact(endYear::selectAll);
        user.write("2040.5").type(KeyCode.ENTER);
        assertThat(robot.lookup("#message-endYear").queryAs(Label.class).getText()).contains("whole number");
        assertThat(viewModel.getScenario()).isEqualTo(expected);
    }

    @Test
    void advancedAssumptionFieldsLineUpAndTheDesignChoiceShowsWholeUnderTheStrengthLever() {
        openAdvanced();
        List<Double> rightEdges = robot.lookup(".assumption-grid > .value-field").queryAll().stream()
                .map(field -> WindowDriver.onFx(() -> field.localToScene(field.getLayoutBounds()).getMaxX())).toList();
        assertThat(rightEdges).hasSize((int) java.util.Arrays.stream(Parameter.values())
                .filter(p -> !p.group().isLever()).count());
        assertThat(rightEdges).allSatisfy(x -> assertThat(x).isCloseTo(rightEdges.get(0), org.assertj.core.data.Offset.offset(0.5)));

        // The design sits under the strength lever, each choice shown whole, without opening anything.
        robot.interact(() -> ((TitledPane) robot.lookup("#advanced-assumptions").query()).setExpanded(false));
        for (RegulationDesign d : RegulationDesign.values()) {
            ToggleButton segment = robot.lookup("#design-" + d.key()).queryAs(ToggleButton.class);
            assertThat(WindowDriver.onFx(() -> ((javafx.scene.text.Text) segment.lookup(".text")).getText()))
                    .as("not cut short").isEqualTo(d.label());
            assertThat(WindowDriver.onFx(() -> isInsideTheLeverColumn(segment))).as(d.label() + " in view").isTrue();
        }
        assertThat(robot.lookup("#advanced-assumptions #regulation-design").tryQuery())
                .as("one place for the design, not two").isEmpty();
    }

    @Test
    void choosingTheRegulationDesignChangesTheProjection() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        ToggleButton anti = robot.lookup("#design-antiConsolidation").queryAs(ToggleButton.class);
        ToggleButton burden = robot.lookup("#design-complianceBurden").queryAs(ToggleButton.class);
        assertThat(anti.isSelected()).isTrue();

        user.clickOn(burden);
        driver.awaitFrame();

        Scenario expected = Scenario.defaults().withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN);
        assertThat(viewModel.getScenario()).isEqualTo(expected);
        driver.assertChartsShow(expected);
        assertThat(burden.isSelected()).isTrue();
        assertThat(anti.isSelected()).isFalse();

        // Pressing the chosen segment again leaves it chosen: there is always a design.
        user.clickOn(burden);
        driver.awaitFrame();
        assertThat(burden.isSelected()).isTrue();
        assertThat(viewModel.getScenario()).isEqualTo(expected);

        // A change from elsewhere (a file, reset all) shows on the segments.
        robot.interact(viewModel::resetAll);
        assertThat(anti.isSelected()).isTrue();
    }

    private boolean isInsideTheLeverColumn(Node node) {
        ScrollPane column = (ScrollPane) stage.getScene().lookup("#lever-panel");
        Bounds view = column.localToScene(column.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY()
                && shown.getMinX() >= view.getMinX() && shown.getMaxX() <= view.getMaxX();
    }

    @Test
    void hoveringAChartShowsTheExactValuesOfThatYear() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        org.divergence.ui.charts.ChartView chart = driver.chart("chart-headline");
        org.divergence.figure.PlotArea plot = WindowDriver.onFx(() -> chart.rendering().orElseThrow().plot());
        Point2D point = WindowDriver.onFx(() -> chart.localToScreen(plot.x(2035), plot.top() + plot.height() / 2));
        double x = point.getX();
        double y = point.getY();

        user.moveTo(new Point2D(x, y));

        Projection p = DivergenceModel.run(Scenario.defaults());
        int step = p.stepAt(2035);
        List<String> lines = robot.lookup(".hover-card").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList();
        assertThat(lines).containsExactly("2035",
                String.format(java.util.Locale.ROOT, "Bitcoin mining: %.1f", p.value(Output.MINING_DECENTRALIZATION, step)),
                String.format(java.util.Locale.ROOT, "Edge AI: %.1f", p.value(Output.EDGE_DECENTRALIZATION, step)));

        // The mouse stays; the data change under it (a lever moved by keyboard): the card follows.
        robot.interact(() -> viewModel.set(Parameter.NPU_THROUGHPUT, 400));
        driver.awaitFrame();
        Projection after = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 400));
        List<String> updated = robot.lookup(".hover-card").queryAs(javafx.scene.layout.VBox.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList();
        // Now the scenario differs from the baseline (the Baseline preset), so the card gives both and the difference.
        double now = after.value(Output.EDGE_DECENTRALIZATION, step);
        double base = p.value(Output.EDGE_DECENTRALIZATION, step);
        assertThat(updated).contains(String.format(java.util.Locale.ROOT, "Edge AI: %.1f  (baseline %.1f, +%.1f)",
                now, base, now - base)).isNotEqualTo(lines);
    }

    @Test
    void whileDraggingAnAxisGrowsToKeepTheDataInViewButNeverShrinksAndFitsAgainOnRelease() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        org.divergence.ui.charts.ChartView breakEven = driver.reveal("breakeven");
        double before = upperOf(breakEven);
        Node thumb = WindowDriver.onFx(() -> driver.slider(Parameter.ELECTRICITY_PRICE).lookup(".thumb"));
        Node track = WindowDriver.onFx(() -> driver.slider(Parameter.ELECTRICITY_PRICE).lookup(".track"));
        Bounds trackBounds = WindowDriver.onFx(() -> track.localToScreen(track.getLayoutBounds()));

        user.moveTo(thumb).press(MouseButton.PRIMARY).moveTo(new Point2D(trackBounds.getMaxX() + 40, trackBounds.getCenterY()));
        driver.awaitFrame();
        double grown;
        try {
            assertThat(driver.value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.3);
            assertThat(viewModel.adjustingProperty().get()).isTrue();
            // The data now reach about 0.47 USD/kWh: the axis grew while the thumb is held, so nothing runs off the top.
            double max = DivergenceModel.run(viewModel.getScenario()).series(Output.BREAKEVEN_PRICE_HYPERSCALE)[0];
            grown = upperOf(breakEven);
            assertThat(grown).isGreaterThan(before).isGreaterThanOrEqualTo(max);

            // Back to cheap power, still held: the axis does not shrink, so the motion on screen is the data's.
            user.moveTo(new Point2D(trackBounds.getMinX() + 0.1 * trackBounds.getWidth(), trackBounds.getCenterY()));
            driver.awaitFrame();
            assertThat(driver.value(Parameter.ELECTRICITY_PRICE)).isLessThan(0.1);
            assertThat(upperOf(breakEven)).isEqualTo(grown);
        } finally {
            user.release(MouseButton.PRIMARY);
        }
        driver.awaitFrame();

        assertThat(viewModel.adjustingProperty().get()).isFalse();
        assertThat(upperOf(breakEven)).as("fitted to the data again").isLessThan(grown);
        driver.assertChartsShow(viewModel.getScenario());
    }

    private static double upperOf(org.divergence.ui.charts.ChartView chart) {
        return WindowDriver.onFx(() -> chart.valueScale().orElseThrow().upper());
    }

    @Test
    void resetAllFromTheKeyboardRestoresTheDefaults() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        robot.interact(() -> {
            viewModel.set(Parameter.NPU_THROUGHPUT, 300);
            viewModel.set(Parameter.DATA_CENTER_PUE, 2);
        });
        driver.awaitFrame();

        user.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.SHORTCUT);
        driver.awaitFrame();

        assertThat(viewModel.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(driver.slider(Parameter.NPU_THROUGHPUT).getValue()).isEqualTo(40);
        driver.assertChartsShow(Scenario.defaults());
    }

    @Test
    void darkThemeIsAStylesheetSwap() {
        user.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.SHORTCUT);
        assertThat(viewModel.window().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("palette-dark.css"))
                .noneMatch(s -> s.endsWith("palette-light.css"));

        user.clickOn("View").clickOn("#menu-theme").clickOn("#menu-theme-light");
        assertThat(viewModel.window().themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("palette-light.css"));
    }

    @Test
    void highContrastIsAStylesheetSwapThatTheChartsFollow() {
        user.clickOn("View").clickOn("#menu-theme").clickOn("#menu-theme-high-contrast");

        assertThat(viewModel.window().themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"))
                .anyMatch(s -> s.endsWith("palette-high-contrast.css")).noneMatch(s -> s.endsWith("palette-dark.css"));
        org.divergence.ui.charts.ChartView chart = robot.lookup("#chart-headline").queryAs(org.divergence.ui.charts.ChartView.class);
        javafx.scene.image.WritableImage shot = WindowDriver.onFx(() -> chart.snapshot(null, null));
        javafx.scene.paint.Color corner = shot.getPixelReader().getColor(2, 2);
        assertThat(corner.getBrightness()).as("the chart's background is black").isLessThan(0.05);
        Label sentence = robot.lookup("#summary-sentence").queryAs(Label.class);
        assertThat(((javafx.scene.paint.Color) sentence.getTextFill()).getBrightness()).as("text is white").isGreaterThan(0.95);

        user.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.SHORTCUT);
        assertThat(viewModel.window().themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(stage.getScene().getStylesheets()).noneMatch(s -> s.endsWith("high-contrast.css"));
    }

    @Test
    void largerTextScalesTheWholeWindow() {
        Label sentence = robot.lookup("#summary-sentence").queryAs(Label.class);
        double before = sentence.getFont().getSize();
        user.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        user.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        assertThat(sentence.getFont().getSize()).isGreaterThan(before * 1.2);

        user.press(KeyCode.SHORTCUT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.SHORTCUT);
        assertThat(sentence.getFont().getSize()).isEqualTo(before);
    }

    @Test
    void aboutShowsTheVersionFromThePom() {
        user.clickOn("Help").clickOn("#menu-about");
        DialogPane about = robot.lookup(".help-dialog").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).matches("Divergence \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(about.getContentText()).contains("Model version " + DivergenceModel.VERSION);
        user.type(KeyCode.ENTER);
        assertThat(robot.lookup(".help-dialog").tryQuery()).isEmpty();
    }

    @Test
    void helpShowsTheModelDocumentationWithEveryInputAndFindsWords() throws Exception {
        user.clickOn("Help").clickOn("#menu-about");
        DialogPane about = robot.lookup(".help-dialog").queryAs(DialogPane.class);
        assertThat(about.getContentText()).contains("Help > Model shows the full documentation").doesNotContain("docs/MODEL.md");
        user.type(KeyCode.ENTER);

        user.clickOn("Help").clickOn("#menu-model");
        javafx.scene.layout.VBox document = robot.lookup("#model-help-document").queryAs(javafx.scene.layout.VBox.class);
        // Every input has its entry (its row in the parameters table, with its source), and the headings are contents.
        String shown = WindowDriver.onFx(() -> {
            StringBuilder all = new StringBuilder();
            document.lookupAll(".md-text").forEach(n -> all.append(((javafx.scene.text.Text) n).getText()).append(' '));
            return all.toString();
        });
        for (Parameter p : Parameter.values()) {
            assertThat(shown).as(p.key()).contains(p.key()).contains(p.source().substring(0, 30));
        }
        javafx.scene.control.ListView<?> contents = robot.lookup("#model-help-contents").queryAs(javafx.scene.control.ListView.class);
        assertThat(WindowDriver.onFx(() -> contents.getItems().toString())).contains("9. Parameters", "6. The two regulation designs",
                "15. References", "20. Explaining a projection");
        // The references are links that open in the browser.
        assertThat(WindowDriver.onFx(() -> document.lookupAll(".md-link").stream()
                .map(n -> ((javafx.scene.control.Hyperlink) n).getText()).toList()))
                .contains("https://bitcoin.org/bitcoin.pdf", "doi:10.1515/9781400881970-018");
        javafx.scene.control.TextField find = robot.lookup("#model-help-find").queryAs(javafx.scene.control.TextField.class);
        user.clickOn(find).write("bitmain");
        assertThat(WindowDriver.onFx(() -> robot.lookup("#model-help-found").queryAs(javafx.scene.control.Label.class).getText()))
                .matches("1 of \\d+");
        javafx.scene.Node target = WindowDriver.onFx(() -> document.lookup(".md-target"));
        assertThat(target.getAccessibleText()).containsIgnoringCase("bitmain");
        robot.interact(() -> document.getScene().getWindow().hide());

        try (var doc = getClass().getResourceAsStream("/docs/MODEL.md")) {
            assertThat(doc).as("the documentation inside the app").isNotNull();
            assertThat(new String(doc.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(DivergenceModel.VERSION);
        }
    }

    @Test
    void slowBackgroundWorkShowsAStatusLineWithProgressAndStopCancelsIt() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean sawStop = new java.util.concurrent.atomic.AtomicBoolean();
        javafx.scene.layout.HBox status = robot.lookup("#work-status").queryAs(javafx.scene.layout.HBox.class);
        Label title = (Label) status.lookup(".work-status-title");
        javafx.scene.Node charts = robot.lookup(".charts-pane").query();
        assertThat(WindowDriver.onFx(title::isVisible)).isFalse();
        double idleHeight = WindowDriver.onFx(status::getHeight);
        double chartsHeight = WindowDriver.onFx(() -> charts.getLayoutBounds().getHeight());

        org.divergence.ui.explorer.Job job = WindowDriver.onFx(() -> shared.work().submit(
                org.divergence.ui.explorer.BackgroundWork.Lane.computation("test"), "Running 1,000 scenarios", progress -> {
                    progress.update(0.25, "250 of 1,000");
                    while (!progress.isCancelled() && !release.await(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        // working
                    }
                    sawStop.set(progress.isCancelled());
                    return null;
                }, done -> { }));
        org.testfx.util.WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS,
                () -> WindowDriver.onFx(title::isVisible));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowDriver.onFx(title::getText)).isEqualTo("Running 1,000 scenarios: 250 of 1,000");
        // The line was there all along: showing work moves nothing (the charts keep their size).
        assertThat(WindowDriver.onFx(status::getHeight)).isEqualTo(idleHeight);
        assertThat(WindowDriver.onFx(() -> charts.getLayoutBounds().getHeight())).isEqualTo(chartsHeight);
        ProgressBar bar = (ProgressBar) status.lookup(".progress-bar");
        assertThat(WindowDriver.onFx(bar::getProgress)).isEqualTo(0.25);

        user.clickOn("#work-status-stop");
        org.testfx.util.WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS,
                () -> WindowDriver.onFx(() -> !title.isVisible()));
        assertThat(sawStop).as("the work was asked to stop").isTrue();
        assertThat(job.getState()).isEqualTo(org.divergence.ui.explorer.Job.State.CANCELLED);
        release.countDown();
    }

    @Test
    void summaryFollowsTheChosenYear() {
        Label sentence = robot.lookup("#summary-sentence").queryAs(Label.class);
        TextField year = robot.lookup("#summary-year .text-field").queryAs(TextField.class);
        user.clickOn(year);
        robot.interact(year::selectAll);
        user.write("2028").type(KeyCode.ENTER);
        assertThat(sentence.getText()).startsWith("In 2028 ");

        robot.interact(year::selectAll);
        user.write("soon").type(KeyCode.ENTER);
        assertThat(sentence.getText()).startsWith("In 2028 ");
        assertThat(year.getText()).isEqualTo("2028");

        robot.interact(year::selectAll);
        user.write("2100").type(KeyCode.ENTER);
        assertThat(sentence.getText()).startsWith("In 2040 ");
    }

    /** Expands "Advanced assumptions" by clicking its title. */
    private void openAdvanced() {
        TitledPane advanced = robot.lookup("#advanced-assumptions").queryAs(TitledPane.class);
        scrollIntoView(robot, advanced);
        user.clickOn(advanced.lookup(".title"));
        assertThat(advanced.isExpanded()).isTrue();
    }

    /** Scrolls the lever column so that {@code node} is inside its viewport. */
    static void scrollIntoView(FxRobot robot, Node node) {
        ScrollPane column = robot.lookup("#lever-panel").queryAs(ScrollPane.class);
        robot.interact(() -> {
            // Lay the whole window out first: a group that was just expanded has no size yet.
            for (int pass = 0; pass < 3; pass++) {
                column.getScene().getRoot().applyCss();
                column.getScene().getRoot().layout();
            }
            Node content = column.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
            double free = content.getLayoutBounds().getHeight() - column.getViewportBounds().getHeight();
            column.setVvalue(free <= 0 ? 0 : Math.min(1, Math.max(0, (top - 20) / free)));
            column.getScene().getRoot().layout();
        });
    }
}
