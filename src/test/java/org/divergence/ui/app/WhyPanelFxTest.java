package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;

/**
 * The "Why?" tab in the window: it follows the levers, its sentences go to their controls, and the
 * levers' names go to their entries in Help > Model.
 */
class WhyPanelFxTest extends SharedWindowTest {

    @Test
    void theSentencesFollowTheLeversAndTheYear() {
        showWhy();
        assertThat(sentences()).anySatisfy(s -> assertThat(s).startsWith("Every setting is as in “Baseline"));

        robot.interact(() -> viewModel.set(Parameter.ELECTRICITY_PRICE, 0.09));
        awaitExplanation();
        double breakEven = WindowDriver.onFx(() -> viewModel.getProjection().valueAt(Output.BREAKEVEN_PRICE_HOME, 2035));
        assertThat(breakEven).as("the premise").isLessThan(0.09);
        assertThat(sentences()).anySatisfy(s -> assertThat(s).startsWith("Home miners are out of the money in 2035"))
                .anySatisfy(s -> assertThat(s).startsWith("The mining index is").contains("electricity price −"));

        robot.interact(() -> viewModel.window().setSummaryYear(2026));
        awaitExplanation();
        assertThat(WindowDriver.onFx(() -> robot.lookup("#why-heading").queryAs(Label.class).getText())).startsWith("Why? 2026 against");
    }

    @Test
    void inGermanThePanelSpeaksGermanAndFollowsALiveSwitch() {
        robot.interact(() -> viewModel.set(Parameter.ELECTRICITY_PRICE, 0.09));
        chooseLanguage("de");
        showWhy();
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        assertThat(WindowDriver.onFx(() -> tabs.getSelectionModel().getSelectedItem().getText())).isEqualTo("Warum?");
        assertThat(WindowDriver.onFx(() -> robot.lookup("#why-heading").queryAs(Label.class).getText()))
                .isEqualTo("Warum? 2035 gegenüber „Referenz: die heutige Welt“");
        assertThat(WindowDriver.onFx(() -> robot.lookup(".why-title").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList())).contains("Änderung gegenüber der Referenz", "Regulierung");
        assertThat(sentences())
                .anySatisfy(s -> assertThat(s).startsWith("Betreiber der Klasse „Heim-Miner“ arbeiten 2035 mit Verlust")
                        .contains("der Strompreis beträgt 0,09 USD/kWh"))
                .anySatisfy(s -> assertThat(s).startsWith("Der Mining-Index liegt 2035 bei").contains("Strompreis −"))
                .allSatisfy(s -> assertThat(s).doesNotContain("2.035").doesNotContain(" the "));
        assertThat(WindowDriver.onFx(() -> robot.lookup(".why-link").queryAll().stream()
                .map(n -> ((Hyperlink) n).getAccessibleText()).toList())).contains("Zu Strompreis");
        assertThat(WindowDriver.onFx(() -> robot.lookup(".why-bar-value").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList())).isNotEmpty().allMatch(v -> v.contains(",") && !v.contains("."));

        // View > Language > English while the panel is open: it is written again at the next frame.
        chooseLanguage("en");
        awaitExplanation();
        assertThat(WindowDriver.onFx(() -> tabs.getSelectionModel().getSelectedItem().getText())).isEqualTo("Why?");
        assertThat(WindowDriver.onFx(() -> robot.lookup("#why-heading").queryAs(Label.class).getText()))
                .isEqualTo("Why? 2035 against “Baseline: today's world”");
        assertThat(sentences()).anySatisfy(s -> assertThat(s).startsWith("Home miners are out of the money in 2035"));
    }

    /** View > Language, as a click on its item does. */
    private void chooseLanguage(String tag) {
        robot.interact(() -> ((javafx.scene.control.RadioMenuItem) LanguageFxTest.items(List.copyOf(
                ((javafx.scene.control.MenuBar) stage.getScene().lookup(".menu-bar")).getMenus()))
                .filter(item -> ("menu-language-" + tag).equals(item.getId())).findFirst().orElseThrow()).fire());
        new WindowDriver(robot, viewModel).awaitFrame();
    }

    @Test
    void theExplanationIsComputedOnlyWhileItsTabIsShown() {
        assertThat(WindowDriver.onFx(() -> viewModel.explainingProperty().get())).isFalse();
        showWhy();
        assertThat(WindowDriver.onFx(() -> viewModel.explanationProperty().get())).isNotNull();
        // Ctrl+1 goes back to the detail charts even though the mining tab is the one the state kept.
        user.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(WindowDriver.onFx(() -> viewModel.explainingProperty().get())).isFalse();
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        assertThat(WindowDriver.onFx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-mining");
    }

    @Test
    void clickingASentencesLinkFocusesItsLever() {
        robot.interact(() -> viewModel.set(Parameter.NPU_THROUGHPUT, 150));
        showWhy();
        Hyperlink toNpu = WindowDriver.onFx(() -> robot.lookup(".why-link").queryAll().stream().map(n -> (Hyperlink) n)
                .filter(h -> "npuThroughput".equals(h.getUserData()) && h.getAccessibleHelp().contains("edge-AI index"))
                .findFirst().orElseThrow());
        assertThat(toNpu.getAccessibleText()).isEqualTo("Go to NPU throughput");
        assertThat(toNpu.getAccessibleHelp()).contains("edge-AI index");
        user.clickOn(toNpu);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).isEqualTo("slider-npuThroughput");
    }

    @Test
    void aLinkToAnAssumptionOpensTheAdvancedSectionAndFocusesItsField() {
        robot.interact(() -> viewModel.setRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN));
        robot.interact(() -> viewModel.set(Parameter.PRIVACY_VALUE, 0));
        showWhy();
        user.clickOn(link("privacyValue"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).isEqualTo("field-privacyValue");
        assertThat(robot.lookup("#advanced-assumptions").queryAs(javafx.scene.control.TitledPane.class).isExpanded()).isTrue();

        // Further down the panel: pressed from the keyboard's side (the click is tested above).
        robot.interact(() -> link("regulationDesign").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).isEqualTo("design-complianceBurden");
    }

    @Test
    void aLinkUnfoldsFoldedLevers() {
        robot.interact(() -> viewModel.window().leversShownProperty().set(false));
        showWhy();
        robot.interact(() -> link("electricityPrice").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowDriver.onFx(() -> viewModel.window().leversShownProperty().get())).isTrue();
        assertThat(focusedId()).isEqualTo("slider-electricityPrice");
    }

    @Test
    void theLinksAreReachedWithTabAndReadOut() {
        showWhy();
        Hyperlink first = WindowDriver.onFx(() -> (Hyperlink) robot.lookup("#why-link-0").query());
        robot.interact(first::requestFocus);
        user.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("why-link-1");
        user.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId()).startsWith("slider-").isNotEqualTo("why-link-1");
        for (Node flow : WindowDriver.onFx(() -> List.<Node>copyOf(robot.lookup(".why-sentence").queryAll()))) {
            assertThat(((TextFlow) flow).getAccessibleText()).isNotBlank();
        }
        // Every link Tab reaches has a name, a role and help, as every control of the window must.
        for (Node node : WindowDriver.onFx(() -> List.<Node>copyOf(robot.lookup(".why-link").queryAll()))) {
            Hyperlink link = (Hyperlink) node;
            assertThat(link.isFocusTraversable()).isTrue();
            assertThat(link.getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.HYPERLINK);
            assertThat(link.getAccessibleText()).startsWith("Go to ");
            assertThat(link.getAccessibleHelp()).endsWith(" control.");
        }
    }

    @Test
    void aLeversNameOpensHelpModelAtItsEntry() {
        user.clickOn(robot.lookup("#lever-asicEfficiency .lever-name").queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        Node target = WindowDriver.onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w != stage && w.isShowing() && w.getScene().lookup("#model-help-document") != null) {
                    return w.getScene().lookup(".md-target");
                }
            }
            return null;
        });
        assertThat(target).as("an entry marked in Help > Model").isNotNull();
        assertThat(target.getAccessibleText()).isEqualTo("asicEfficiency");
        // It is scrolled into view.
        javafx.scene.control.ScrollPane scroller = (javafx.scene.control.ScrollPane) WindowDriver.onFx(() ->
                target.getScene().lookup("#model-help-scroller"));
        assertThat(WindowDriver.onFx(scroller::getVvalue)).isGreaterThan(0.2);
        boolean inView = WindowDriver.onFx(() -> {
            javafx.geometry.Bounds view = scroller.localToScene(scroller.getLayoutBounds());
            javafx.geometry.Bounds row = target.localToScene(target.getLayoutBounds());
            return row.getMinY() >= view.getMinY() && row.getMaxY() <= view.getMaxY();
        });
        assertThat(inView).isTrue();
    }

    @Test
    void shiftF1OnAnAssumptionOpensItsEntry() {
        robot.interact(() -> viewModel.links().focusControl("hardwareCost"));
        user.press(KeyCode.SHIFT).type(KeyCode.F1).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        Node target = WindowDriver.onFx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .map(w -> w.getScene().lookup(".md-target")).filter(java.util.Objects::nonNull).findFirst().orElse(null));
        assertThat(target).isNotNull();
        assertThat(target.getAccessibleText()).isEqualTo("hardwareCost");
        assertThat(robot.lookup("#field-hardwareCost").queryAs(TextField.class).getTooltip().getText())
                .contains("Shift+F1");
    }

    /** View > Why? (Ctrl+3), as a user asks for it. */
    private void showWhy() {
        user.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        awaitExplanation();
        TabPane tabs = robot.lookup("#detail-tabs").queryAs(TabPane.class);
        assertThat(WindowDriver.onFx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-why");
    }

    /** Waits for the frames that recompute the projection and then the explanation. */
    private void awaitExplanation() {
        WindowDriver driver = new WindowDriver(robot, viewModel);
        driver.awaitFrame();
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private List<String> sentences() {
        return WindowDriver.onFx(() -> robot.lookup(".why-sentence").queryAll().stream()
                .map(n -> ((TextFlow) n).getAccessibleText()).toList());
    }

    private Hyperlink link(String key) {
        return WindowDriver.onFx(() -> robot.lookup(".why-link").queryAll().stream().map(n -> (Hyperlink) n)
                .filter(h -> key.equals(h.getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + key)));
    }

    private String focusedId() {
        return WindowDriver.focusedId(stage);
    }
}
