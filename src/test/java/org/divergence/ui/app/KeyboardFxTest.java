package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.divergence.model.Parameter;
import org.divergence.model.Scenario;

/** The window without a mouse: Tab order, reset buttons from the keyboard, names for screen readers. */
class KeyboardFxTest extends SharedWindowTest {

    private static final java.util.List<Parameter> LEVERS = Parameter.levers();

    @Test
    void tabGoesThroughTheLeversThenTheDetailTabsThenTheSummaryYear() {
        robot.interact(() -> driver().slider(Parameter.ELECTRICITY_PRICE).requestFocus());
        List<String> visited = new ArrayList<>();
        visited.add(focusedId());
        while (!visited.get(visited.size() - 1).equals("summary-year") && visited.size() < 40) {
            user.type(KeyCode.TAB);
            visited.add(focusedId());
        }

        List<String> expected = new ArrayList<>();
        for (Parameter lever : LEVERS) {
            // Each reset button is skipped while its lever is at the default (the button is disabled).
            expected.add("slider-" + lever.key());
            expected.add("field-" + lever.key());
        }
        // The regulation design is one stop (the chosen segment), right after the strength lever.
        expected.add(expected.indexOf("field-regulationStrength") + 1, "design-antiConsolidation");
        // In this window the detail charts are shown one at a time: their chooser is one stop (the chosen button).
        assertThat(WindowDriver.onFx(() -> robot.lookup("#show-mining-shares").query().isVisible())).isTrue();
        expected.addAll(List.of("reset-all", "advanced-assumptions", "detail-tabs", "show-mining-shares", "summary-year"));
        assertThat(visited).containsExactlyElementsOf(expected);
    }

    @Test
    void tabReachesAResetButtonAndSpaceResetsTheLever() {
        WindowDriver window = driver();
        robot.interact(() -> window.slider(Parameter.ASIC_EFFICIENCY).requestFocus());
        user.type(KeyCode.RIGHT, 3);
        window.awaitFrame();
        assertThat(window.value(Parameter.ASIC_EFFICIENCY)).isGreaterThan(17.5);

        // From the lever above, Tab goes field -> this lever's reset button.
        robot.interact(() -> robot.lookup("#field-electricityPrice").query().requestFocus());
        user.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("reset-asicEfficiency");

        user.type(KeyCode.SPACE);
        window.awaitFrame();
        assertThat(window.value(Parameter.ASIC_EFFICIENCY)).isEqualTo(17.5);
        assertThat(window.slider(Parameter.ASIC_EFFICIENCY).getValue()).isEqualTo(17.5);
        window.assertChartsShow(Scenario.defaults());
        // The button is disabled now; focus moves on to the lever's slider instead of getting lost.
        assertThat(focusedId()).isEqualTo("slider-asicEfficiency");
    }

    @Test
    void shiftTabFromASliderReachesItsResetButtonAndEnterResets() {
        WindowDriver window = driver();
        robot.interact(() -> window.slider(Parameter.REGULATION_STRENGTH).requestFocus());
        user.type(KeyCode.END);
        window.awaitFrame();
        assertThat(window.value(Parameter.REGULATION_STRENGTH)).isEqualTo(100);

        user.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusedId()).isEqualTo("reset-regulationStrength");
        user.type(KeyCode.ENTER);
        window.awaitFrame();

        assertThat(window.value(Parameter.REGULATION_STRENGTH)).isEqualTo(20);
        window.assertChartsShow(Scenario.defaults());
    }

    @Test
    void homeAndEndOnASliderMoveTheLeverNotTheColumn() {
        shared.layOutAt(TestWindow.WIDTH, 600);
        WindowDriver window = driver();
        javafx.scene.control.ScrollPane column = robot.lookup("#lever-panel").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> window.slider(Parameter.ASIC_EFFICIENCY).requestFocus());
        double scrolled = WindowDriver.onFx(column::getVvalue);

        user.type(KeyCode.END);
        window.awaitFrame();
        assertThat(window.value(Parameter.ASIC_EFFICIENCY)).isEqualTo(Parameter.ASIC_EFFICIENCY.max());
        assertThat(WindowDriver.onFx(column::getVvalue)).as("column after End").isEqualTo(scrolled);

        user.type(KeyCode.HOME);
        window.awaitFrame();
        assertThat(window.value(Parameter.ASIC_EFFICIENCY)).isEqualTo(Parameter.ASIC_EFFICIENCY.min());
        assertThat(WindowDriver.onFx(column::getVvalue)).as("column after Home").isEqualTo(scrolled);
    }

    @Test
    void theAdvancedAssumptionsOpenWithSpaceAndTheColumnScrollsToTheFocusedField() {
        shared.layOutAt(TestWindow.WIDTH, 600);
        robot.interact(() -> robot.lookup("#reset-all").query().requestFocus());
        user.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("advanced-assumptions");
        user.type(KeyCode.SPACE);
        assertThat(robot.lookup("#advanced-assumptions").queryAs(TitledPane.class).isExpanded()).isTrue();

        for (int i = 0; i < 8; i++) {
            user.type(KeyCode.TAB);
            Node focused = WindowDriver.onFx(() -> stage.getScene().getFocusOwner());
            assertThat(focused).isInstanceOf(TextField.class);
            assertThat(isInsideTheColumnsView(robot, focused)).as(focused.getId() + " scrolled into view").isTrue();
        }
        assertThat(robot.lookup("#lever-panel").queryAs(javafx.scene.control.ScrollPane.class).getVvalue())
                .as("the column scrolled").isGreaterThan(0);
        // Typing into a field reached this way changes the scenario.
        Node focused = WindowDriver.onFx(() -> stage.getScene().getFocusOwner());
        robot.interact(((TextField) focused)::selectAll);
        String key = focused.getId().substring("field-".length());
        Parameter p = java.util.Arrays.stream(Parameter.values()).filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        double typed = p.snap((p.min() + p.defaultValue()) / 2);
        user.write(p.format(typed)).type(KeyCode.ENTER);
        driver().awaitFrame();
        assertThat(driver().value(p)).isEqualTo(typed);
    }

    @Test
    void theArrowKeysSwitchTheDetailTabs() {
        javafx.scene.control.TabPane tabs = robot.lookup("#detail-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(tabs::requestFocus);
        user.type(KeyCode.RIGHT);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-edge");
        user.type(KeyCode.LEFT);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-mining");
    }

    @Test
    void theSummaryYearChangesWithTheArrowKeys() {
        robot.interact(() -> robot.lookup("#show-mining-shares").query().requestFocus());
        user.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("summary-year");
        user.type(KeyCode.UP);
        assertThat(robot.lookup("#summary-sentence").queryAs(javafx.scene.control.Label.class).getText()).startsWith("In 2036 ");
        user.type(KeyCode.DOWN, 2);
        assertThat(robot.lookup("#summary-sentence").queryAs(javafx.scene.control.Label.class).getText()).startsWith("In 2034 ");
    }

    @Test
    void theFocusedSliderAndResetButtonAreMarked() {
        WindowDriver window = driver();
        Slider slider = window.slider(Parameter.NPU_THROUGHPUT);
        javafx.scene.layout.Region thumb = (javafx.scene.layout.Region) slider.lookup(".thumb");
        int plainFills = WindowDriver.onFx(() -> thumb.getBackground().getFills().size());

        robot.interact(() -> robot.lookup("#field-asicEfficiency").query().requestFocus());
        user.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("slider-npuThroughput");
        assertThat(WindowDriver.onFx(() -> thumb.getBackground().getFills().size())).as("halo round the thumb")
                .isEqualTo(plainFills + 1);

        user.type(KeyCode.RIGHT);
        Button reset = robot.lookup("#reset-npuThroughput").queryAs(Button.class);
        var unfocused = WindowDriver.onFx(() -> reset.getBackground().getFills().get(0).getFill());
        user.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusedId()).isEqualTo("reset-npuThroughput");
        assertThat(WindowDriver.onFx(() -> reset.getBackground().getFills().get(0).getFill())).as("focus ring")
                .isNotEqualTo(unfocused);
    }

    @Test
    void everyLeverControlHasAScreenReaderName() {
        assertThat(accessibleText(robot, "#slider-electricityPrice")).isEqualTo("Electricity price, USD per kWh");
        assertThat(accessibleText(robot, "#field-electricityPrice")).isEqualTo("Electricity price, USD per kWh");
        assertThat(accessibleText(robot, "#reset-electricityPrice")).isEqualTo("Reset electricity price to 0.05 USD per kWh");
        assertThat(accessibleText(robot, "#slider-asicEfficiency")).isEqualTo("ASIC efficiency, joules per terahash");
        assertThat(accessibleText(robot, "#reset-asicEfficiency")).isEqualTo("Reset ASIC efficiency to 17.5 joules per terahash");
        assertThat(accessibleText(robot, "#slider-npuThroughput")).isEqualTo("NPU throughput, TOPS");
        assertThat(accessibleText(robot, "#reset-regulationStrength")).isEqualTo("Reset regulation strength to 20 percent");

        for (Parameter lever : LEVERS) {
            Slider slider = robot.lookup("#slider-" + lever.key()).queryAs(Slider.class);
            TextField field = robot.lookup("#field-" + lever.key()).queryAs(TextField.class);
            Button reset = robot.lookup("#reset-" + lever.key()).queryAs(Button.class);
            assertThat(slider.getAccessibleText()).startsWith(lever.label() + ", ");
            assertThat(slider.getAccessibleHelp()).contains(lever.description());
            assertThat(field.getAccessibleText()).isEqualTo(slider.getAccessibleText());
            assertThat(field.getAccessibleHelp()).startsWith("Type a value between " + Parameter.plain(lever.min()) + " and ");
            assertThat(reset.getAccessibleText()).startsWith("Reset ").contains(" to " + Parameter.plain(lever.defaultValue()) + " ");
        }
    }

    @Test
    void everyControlTabCanReachHasAName() {
        TitledPane advanced = robot.lookup("#advanced-assumptions").queryAs(TitledPane.class);
        robot.interact(() -> advanced.setExpanded(true));

        List<Control> controls = new ArrayList<>();
        robot.interact(() -> collectTraversable(stage.getScene().getRoot(), controls));
        assertThat(controls).hasSizeGreaterThan(30);
        List<String> withoutHelp = new ArrayList<>();
        for (Control control : controls) {
            assertThat(name(control)).as("screen-reader name of " + control).isNotBlank();
            assertThat(control.getAccessibleRole()).as("role of " + control).isNotNull();
            String help = control.getAccessibleHelp() != null ? control.getAccessibleHelp()
                    : control.getTooltip() != null ? control.getTooltip().getText() : null;
            if (help == null || help.isBlank()) {
                withoutHelp.add(control.getId() != null ? control.getId() : control.toString());
            }
        }
        assertThat(withoutHelp).as("controls without help text (accessible help or a tooltip)").isEmpty();
    }

    private static boolean isInsideTheColumnsView(FxRobot robot, Node node) {
        javafx.scene.control.ScrollPane column = robot.lookup("#lever-panel").queryAs(javafx.scene.control.ScrollPane.class);
        return WindowDriver.onFx(() -> {
            javafx.geometry.Bounds view = column.localToScene(column.getLayoutBounds());
            javafx.geometry.Bounds shown = node.localToScene(node.getLayoutBounds());
            return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
        });
    }

    private WindowDriver driver() {
        return new WindowDriver(robot, viewModel);
    }

    private static String accessibleText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Node.class).getAccessibleText();
    }

    private String focusedId() {
        return WindowDriver.focusedId(stage);
    }

    private static void collectTraversable(Node node, List<Control> into) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable()) {
            into.add(control);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTraversable(child, into));
        }
    }

    /** What a screen reader announces: the accessible text, else the control's own text. */
    private static String name(Control control) {
        if (control.getAccessibleText() != null) {
            return control.getAccessibleText();
        }
        if (control instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (control instanceof javafx.scene.control.TabPane tabs) {
            return tabs.getTabs().stream().allMatch(t -> t.getText() != null && !t.getText().isBlank()) ? "tabs" : "";
        }
        return "";
    }
}
