package org.divergence.ui.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.ui.app.TestWindow;
import org.divergence.ui.app.UserInput;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Notices;

/**
 * A class's challenge in the window: chosen from the menu, worked on with the levers, solved; a locked
 * lever moved; a teacher's own file. Each test opens a challenge, which opens a document, so each has a
 * window of its own.
 */
class ChallengesFxTest {

    private static final String OVERTAKE = "edge-overtakes-mining";

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

    private Node panel() {
        return robot.lookup("#challenge-panel").query();
    }

    private boolean has(Node node, String pseudoClass) {
        return TestWindow.onFx(() -> node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass)));
    }

    private String spoken(String id) {
        return TestWindow.onFx(() -> robot.lookup(id).query().getAccessibleText());
    }

    private String label(String id) {
        return TestWindow.onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    /** Real keys on a lever's slider: Home and End take it to its ends. */
    private void pressOnSlider(Parameter lever, KeyCode key) {
        robot.interact(() -> robot.lookup("#slider-" + lever.key()).query().requestFocus());
        user.type(key);
    }

    private String focusedId() {
        return TestWindow.onFx(() -> window.stage.getScene().getFocusOwner().getId());
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        return ((javafx.scene.control.MenuBar) robot.lookup(".menu-bar").query()).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private void awaitFrame() {
        user.settle();
        user.settle();
    }

    private void chooseFromTheMenu(String id) {
        user.clickOn("#menu-challenges").clickOn("#menu-challenge-" + id);
        awaitFrame();
    }

    @Test
    void aChallengeChosenFromTheMenuOpensItsScenarioAndIsSolvedByMovingTheLevers() {
        assertThat(TestWindow.onFx(() -> panel().isVisible())).as("no challenge yet").isFalse();

        chooseFromTheMenu(OVERTAKE);

        assertThat(TestWindow.onFx(() -> panel().isVisible())).isTrue();
        assertThat(label("#challenge-title")).isEqualTo("Edge AI overtakes mining");
        assertThat(label("#challenge-question")).contains("without touching NPU throughput");
        assertThat(TestWindow.onFx(() -> window.state().documentNameProperty().get())).isEqualTo("Edge AI overtakes mining");
        assertThat(has(panel(), "solved")).isFalse();
        assertThat(label("#challenge-count")).isEqualTo("Conditions met: 0 of 1");
        assertThat(spoken("#challenge-goal-0")).startsWith("Not met yet: Edge-AI decentralization index overtakes the mining"
                + " decentralization index before 2032. Not yet: closest in 2031, ");
        assertThat(spoken("#challenge-locks")).isEqualTo("Kept: Locked: NPU throughput (40 TOPS). Not touched.");

        pressOnSlider(Parameter.ELECTRICITY_PRICE, KeyCode.END);
        awaitFrame();
        assertThat(has(panel(), "solved")).as("dear power alone is not enough").isFalse();
        pressOnSlider(Parameter.ASIC_EFFICIENCY, KeyCode.HOME);
        awaitFrame();

        assertThat(TestWindow.onFx(() -> viewModel.getScenario().get(Parameter.ASIC_EFFICIENCY))).isEqualTo(5);
        assertThat(has(panel(), "solved")).isTrue();
        assertThat(label(".challenge-badge")).isEqualTo("Solved");
        assertThat(label("#challenge-count")).isEqualTo("Conditions met: 1 of 1");
        assertThat(has(robot.lookup("#challenge-goal-0").query(), "met")).isTrue();
        assertThat(spoken("#challenge-goal-0")).startsWith("Met: ").contains("Yes: first in ");
        assertThat(window.notices.of(Notices.Kind.INFO)).singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("Challenge solved"));

        user.type(KeyCode.END);
        awaitFrame();
        assertThat(has(panel(), "solved")).as("old mining machines again").isFalse();
        assertThat(label(".challenge-badge")).isEqualTo("Challenge");
        user.type(KeyCode.HOME);
        awaitFrame();
        assertThat(has(panel(), "solved")).isTrue();
        assertThat(window.notices.of(Notices.Kind.INFO)).as("solved is told once").hasSize(1);
    }

    @Test
    void movingALockedLeverShowsItsConditionFailedAndTheChallengeUnsolved() {
        chooseFromTheMenu("rules-backfire");
        robot.interact(() -> robot.lookup("#design-complianceBurden").query().requestFocus());
        user.type(KeyCode.SPACE);
        pressOnSlider(Parameter.REGULATION_STRENGTH, KeyCode.END);
        awaitFrame();
        assertThat(TestWindow.onFx(() -> viewModel.getScenario().regulationDesign())).isEqualTo(RegulationDesign.COMPLIANCE_BURDEN);
        assertThat(has(panel(), "solved")).isTrue();

        pressOnSlider(Parameter.NPU_THROUGHPUT, KeyCode.RIGHT);
        awaitFrame();

        Node locks = robot.lookup("#challenge-locks").query();
        assertThat(has(locks, "broken")).isTrue();
        assertThat(spoken("#challenge-locks")).isEqualTo("Broken: Locked: Electricity price (0.050 USD/kWh), ASIC"
                + " efficiency (17.5 J/TH), NPU throughput (40 TOPS). NPU throughput moved to 41 TOPS: put it back to 40 TOPS.");
        assertThat(has(panel(), "solved")).as("a moved lock unsolves it").isFalse();
        assertThat(label("#challenge-count")).as("the conditions themselves still hold").isEqualTo("Conditions met: 2 of 2");

        user.type(KeyCode.LEFT);
        awaitFrame();
        assertThat(has(locks, "kept")).as("put back").isTrue();
        assertThat(has(panel(), "solved")).isTrue();
    }

    @Test
    void closeEndsTheChallengeAndLeavesTheScenarioAsItIs() {
        chooseFromTheMenu(OVERTAKE);
        pressOnSlider(Parameter.ELECTRICITY_PRICE, KeyCode.END);
        awaitFrame();
        assertThat(TestWindow.onFx(() -> menuItem("menu-challenge-close").isDisable())).isFalse();

        // From the keyboard: Tab goes from the lever column to the panel's buttons: Question, Hint, close.
        robot.interact(() -> robot.lookup("#advanced-assumptions").query().requestFocus());
        user.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("challenge-question-toggle");
        boolean questionShown = TestWindow.onFx(() -> robot.lookup("#challenge-question").query().isVisible());
        double height = TestWindow.onFx(() -> panel().getBoundsInParent().getHeight());
        user.type(KeyCode.SPACE);
        awaitFrame();
        assertThat(TestWindow.onFx(() -> robot.lookup("#challenge-question").query().isVisible())).isNotEqualTo(questionShown);
        assertThat(TestWindow.onFx(() -> panel().getBoundsInParent().getHeight()))
                .as("the question takes room only while shown").isNotEqualTo(height);
        user.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("challenge-hint-toggle");
        user.type(KeyCode.SPACE);
        assertThat(TestWindow.onFx(() -> robot.lookup(".challenge-hint").query().isVisible())).isTrue();
        assertThat(TestWindow.onFx(() -> robot.lookup(".challenge-hint").queryAs(Label.class).getText()))
                .contains("act on either line");
        user.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("challenge-close");
        assertThat(spoken("#challenge-close")).isEqualTo("Close the challenge");
        for (String id : List.of("#challenge-question-toggle", "#challenge-hint-toggle", "#challenge-close")) {
            Control control = robot.lookup(id).queryAs(Control.class);
            assertThat(TestWindow.onFx(control::getAccessibleText)).as(id + " name").isNotBlank();
            assertThat(TestWindow.onFx(() -> control.getTooltip().getText())).as(id + " help").isNotBlank();
        }
        user.type(KeyCode.SPACE);

        assertThat(TestWindow.onFx(() -> panel().isVisible())).isFalse();
        assertThat(TestWindow.onFx(() -> window.challenges().activeProperty().get())).isNull();
        assertThat(TestWindow.onFx(() -> viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE))).isEqualTo(0.3);
        assertThat(TestWindow.onFx(() -> menuItem("menu-challenge-close").isDisable()))
                .as("Close challenge greyed with none open").isTrue();
    }

    @Test
    void aTeachersOwnFileOpensFromTheMenuAndABrokenOneSaysWhichField() throws Exception {
        Path good = folder.resolve("class-4b.challenge.json");
        Files.writeString(good, """
                { "challengeFormat": 1, "title": "Cheap and spread", "question": "Keep the Nakamoto coefficient above 9.",
                  "preset": "cheap-power-boom",
                  "goal": [{ "output": "mining_nakamoto_coefficient", "above": 9, "at": 2035 }] }
                """);
        Path broken = folder.resolve("typo.challenge.json");
        Files.writeString(broken, """
                { "challengeFormat": 1, "title": "T", "question": "Q?",
                  "goal": [{ "output": "mining_nakamoto", "above": 9, "at": 2035 }] }
                """);

        window.chosenFiles.add(broken);
        user.clickOn("#menu-challenges").clickOn("#menu-challenge-file");
        window.awaitBackgroundWork();
        assertThat(window.notices.of(Notices.Kind.ERROR)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Cannot open the challenge typo.challenge.json");
            assertThat(n.text()).contains("goal[0].output: unknown output the text \"mining_nakamoto\"")
                    .endsWith("Nothing has changed.");
        });
        assertThat(TestWindow.onFx(() -> panel().isVisible())).isFalse();

        window.chosenFiles.add(good);
        user.clickOn("#menu-challenges").clickOn("#menu-challenge-file");
        window.awaitBackgroundWork();
        awaitFrame();

        assertThat(label("#challenge-title")).isEqualTo("Cheap and spread");
        assertThat(TestWindow.onFx(() -> viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE))).isEqualTo(0.02);
        assertThat(spoken("#challenge-goal-0")).startsWith("Not met yet: Nakamoto coefficient above 9 operators in 2035. Now ");
    }
}
