package org.divergence.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.divergence.figure.ChartData;
import org.divergence.figure.ChartSpec;
import org.divergence.figure.Charts;
import org.divergence.figure.Rendering;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioWriter;
import org.divergence.ui.app.TestWindow;
import org.divergence.ui.app.UserInput;
import org.divergence.ui.charts.ChartView;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.WindowState;

/** The Compare menu in the window: what every chart draws dashed, the legend, the summary, the axes. */
class CompareFxTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private TestWindow window;
    private UserInput user;
    private ExplorerViewModel viewModel;

    @BeforeEach
    void openAWindow() {
        window = TestWindow.open(folder.resolve("data"));
        user = window.user;
        viewModel = window.viewModel();
    }

    /** Its last writes are done before the test's folder is deleted. */
    @AfterEach
    void closeTheWindow() {
        window.dispose();
    }

    private ChartView chart(ChartSpec spec) {
        return robot.lookup("#chart-" + spec.id()).queryAs(ChartView.class);
    }

    private void awaitFrame() {
        user.settle();
        user.settle();
    }

    /** Every chart holds the baseline's numbers as a fresh run of the baseline gives them. */
    private void assertChartsCompareWith(Scenario baseline, String name) {
        Projection expected = DivergenceModel.run(baseline);
        for (ChartSpec spec : Charts.ALL) {
            ChartData shown = TestWindow.onFx(() -> chart(spec).data());
            ChartData fresh = ChartData.of(spec, TestWindow.onFx(viewModel::getProjection), name, expected);
            assertThat(shown.baseline()).as(spec.id() + " baseline").isPresent();
            assertThat(shown.baseline().get().name()).isEqualTo(name);
            assertThat(shown.baseline().get().years()).isEqualTo(fresh.baseline().get().years());
            for (int s = 0; s < spec.series().size(); s++) {
                assertThat(shown.baseline().get().series().get(s)).as(spec.id() + " series " + s)
                        .isEqualTo(fresh.baseline().get().series().get(s));
            }
        }
    }

    private String sentence() {
        return robot.lookup("#summary-sentence").queryAs(Label.class).getText();
    }

    @Test
    void theBaselinePresetIsComparedWithOnceTheScenarioDiffers() {
        assertThat(TestWindow.onFx(() -> chart(Charts.HEADLINE).data().baseline())).as("the same scenario: nothing dashed").isEmpty();
        assertThat(sentence()).doesNotContain("baseline");

        robot.interact(() -> viewModel.set(Parameter.NPU_THROUGHPUT, 150));
        awaitFrame();

        assertChartsCompareWith(WindowState.defaultBaseline().scenario(), WindowState.defaultBaseline().name());
        assertThat(sentence()).contains("Against the baseline “" + WindowState.defaultBaseline().name() + "”");
        Rendering drawn = TestWindow.onFx(() -> chart(Charts.HEADLINE).rendering().orElseThrow());
        assertThat(drawn.of(Rendering.Kind.LEGEND)).extracting(Rendering.DrawnText::text)
                .anyMatch(t -> t.startsWith("Edge AI +"))
                .anyMatch(t -> t.startsWith(WindowState.defaultBaseline().name()));
    }

    @Test
    void setCurrentAsBaselineThenMovingALeverShowsTheDifferenceAndClearRemovesIt() {
        robot.interact(() -> viewModel.set(Parameter.ELECTRICITY_PRICE, 0.08));
        Scenario before = TestWindow.onFx(viewModel::getScenario);
        user.clickOn("Compare").clickOn("#menu-baseline-current");
        assertThat(TestWindow.onFx(() -> window.state().baseline().orElseThrow().scenario())).isEqualTo(before);

        robot.interact(() -> viewModel.set(Parameter.ELECTRICITY_PRICE, 0.02));
        awaitFrame();
        assertChartsCompareWith(before, ScenarioDocument.UNTITLED);

        user.clickOn("Compare").clickOn("#menu-baseline-clear");
        awaitFrame();
        for (ChartSpec spec : Charts.ALL) {
            assertThat(TestWindow.onFx(() -> chart(spec).data().baseline())).as(spec.id()).isEmpty();
        }
        assertThat(sentence()).doesNotContain("baseline");
    }

    @Test
    void compareWithFileReadsAScenarioFileInTheBackground() throws Exception {
        Scenario inFile = Scenario.defaults().with(Parameter.REGULATION_STRENGTH, 80);
        Path file = folder.resolve("strict.divergence.json");
        ScenarioWriter.save(file, ScenarioDocument.untitled(inFile).withName("Strict rules"));
        window.chosenFiles.add(file);

        user.clickOn("Compare").clickOn("#menu-baseline-file");
        window.awaitBackgroundWork();
        awaitFrame();

        assertChartsCompareWith(inFile, "Strict rules");
        assertThat(window.notices.shown()).isEmpty();
    }

    @Test
    void sameAxesMakeBothScenariosShareEachAxisAndCanBeTurnedOff() {
        robot.interact(() -> window.state().baselineProperty().set(new org.divergence.scenario.ViewSettings.Baseline(
                "Dear power", Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.25))));
        awaitFrame();
        if (TestWindow.onFx(() -> robot.lookup("#show-breakeven").query().isVisible())) {
            // The detail charts are shown one at a time in this window: bring up the break-even chart.
            user.clickOn("#show-breakeven");
            awaitFrame();
        }
        assertThat(TestWindow.onFx(() -> chart(Charts.BREAK_EVEN).isShown())).isTrue();
        double shared = TestWindow.onFx(() -> chart(Charts.BREAK_EVEN).valueScale().orElseThrow().upper());

        user.clickOn("Compare").clickOn("#menu-same-axes");
        awaitFrame();
        double own = TestWindow.onFx(() -> chart(Charts.BREAK_EVEN).valueScale().orElseThrow().upper());

        assertThat(shared).as("covers the dear-power baseline").isGreaterThan(own);
        assertThat(List.of(shared, own)).allSatisfy(u -> assertThat(u).isPositive());
    }
}
