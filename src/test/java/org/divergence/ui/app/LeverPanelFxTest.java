package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;

import org.divergence.model.Parameter;
import org.divergence.model.Scenario;

/** The four headline levers, driven as a user would: mouse, keyboard and typed values. */
class LeverPanelFxTest extends SharedWindowTest {

    static java.util.List<Parameter> levers() {
        return Parameter.levers();
    }

    @ParameterizedTest
    @MethodSource("levers")
    void draggingTheThumbMovesTheLeverOnItsStepAndRedrawsEveryChart(Parameter lever) {
        WindowDriver window = new WindowDriver(robot, viewModel);
        Node thumb = window.slider(lever).lookup(".thumb");

        user.drag(thumb, MouseButton.PRIMARY).moveBy(60, 0).drop();
        window.awaitFrame();

        double value = window.value(lever);
        assertThat(value).isGreaterThan(lever.defaultValue());
        assertOnStep(lever, value);
        assertThat(WindowDriver.onFx(() -> window.slider(lever).getValue())).isEqualTo(value);
        assertThat(robot.lookup("#field-" + lever.key()).queryAs(TextField.class).getText())
                .isEqualTo(lever.format(value));
        window.assertChartsShow(Scenario.defaults().with(lever, value));
    }

    @ParameterizedTest
    @MethodSource("levers")
    void clickingTheTrackNearItsEndJumpsThere(Parameter lever) {
        WindowDriver window = new WindowDriver(robot, viewModel);
        Node track = window.slider(lever).lookup(".track");
        Bounds bounds = track.localToScreen(track.getLayoutBounds());

        user.clickOn(new Point2D(bounds.getMaxX() - 4, bounds.getCenterY()), MouseButton.PRIMARY);
        window.awaitFrame();

        double value = window.value(lever);
        assertThat(value).isGreaterThan(lever.min() + 0.9 * (lever.max() - lever.min()));
        assertOnStep(lever, value);
        window.assertChartsShow(Scenario.defaults().with(lever, value));
    }

    @ParameterizedTest
    @MethodSource("levers")
    void keyboardStepsJumpsAndGoesToTheEnds(Parameter lever) {
        WindowDriver window = new WindowDriver(robot, viewModel);
        Slider slider = window.slider(lever);
        robot.interact(slider::requestFocus);
        double step = lever.step();
        double jump = Math.max(1, Math.round((lever.max() - lever.min()) / 10 / step)) * step;

        user.type(KeyCode.RIGHT);
        window.awaitFrame();
        assertThat(window.value(lever)).isEqualTo(lever.snap(lever.defaultValue() + step));
        window.assertChartsShow(Scenario.defaults().with(lever, window.value(lever)));

        user.type(KeyCode.LEFT, 2);
        assertThat(window.value(lever)).isEqualTo(lever.snap(lever.defaultValue() - step));

        user.type(KeyCode.PAGE_UP);
        assertThat(window.value(lever)).isEqualTo(lever.snap(lever.defaultValue() - step + jump));
        user.type(KeyCode.PAGE_DOWN, 2);
        assertThat(window.value(lever)).isEqualTo(lever.snap(Math.max(lever.min(), lever.defaultValue() - step - jump)));

        user.type(KeyCode.END);
        window.awaitFrame();
        assertThat(window.value(lever)).isEqualTo(lever.max());
        window.assertChartsShow(Scenario.defaults().with(lever, lever.max()));

        user.type(KeyCode.HOME);
        window.awaitFrame();
        assertThat(window.value(lever)).isEqualTo(lever.min());
        window.assertChartsShow(Scenario.defaults().with(lever, lever.min()));
    }

    @Test
    void anOutOfRangeValueIsRefusedWithAMessageAndTheSliderKeepsItsValue() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        type(robot, Parameter.ELECTRICITY_PRICE, "5");

        Label message = robot.lookup("#message-electricityPrice").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("between 0.01 and 0.3 USD/kWh");
        assertThat(window.slider(Parameter.ELECTRICITY_PRICE).getValue()).isEqualTo(0.05);
        assertThat(window.value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.05);
        window.assertChartsShow(Scenario.defaults());
    }

    @Test
    void garbageIsRefusedThenAGoodValueIsAppliedAndClearsTheMessage() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        Label message = robot.lookup("#message-npuThroughput").queryAs(Label.class);

        type(robot, Parameter.NPU_THROUGHPUT, "lots");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("not a number");
        assertThat(window.slider(Parameter.NPU_THROUGHPUT).getValue()).isEqualTo(40);

        type(robot, Parameter.NPU_THROUGHPUT, "-3");
        assertThat(message.getText()).contains("between 1 and 500 TOPS");
        assertThat(window.value(Parameter.NPU_THROUGHPUT)).isEqualTo(40);

        type(robot, Parameter.NPU_THROUGHPUT, "1e400");
        assertThat(message.getText()).startsWith("1e400 is not allowed");
        assertThat(window.value(Parameter.NPU_THROUGHPUT)).isEqualTo(40);

        type(robot, Parameter.NPU_THROUGHPUT, "120");
        window.awaitFrame();
        assertThat(message.isVisible()).isFalse();
        assertThat(window.slider(Parameter.NPU_THROUGHPUT).getValue()).isEqualTo(120);
        window.assertChartsShow(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 120));
    }

    @Test
    void escapePutsTheCurrentValueBack() {
        TextField field = robot.lookup("#field-regulationStrength").queryAs(TextField.class);
        user.clickOn(field);
        robot.interact(field::selectAll);
        user.write("abc").type(KeyCode.ESCAPE);
        assertThat(field.getText()).isEqualTo("20");
        assertThat(robot.lookup("#message-regulationStrength").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void resetButtonPutsTheDefaultBack() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        type(robot, Parameter.ASIC_EFFICIENCY, "30");
        assertThat(window.value(Parameter.ASIC_EFFICIENCY)).isEqualTo(30);

        user.clickOn("#reset-asicEfficiency");
        window.awaitFrame();
        assertThat(window.value(Parameter.ASIC_EFFICIENCY)).isEqualTo(17.5);
        assertThat(window.slider(Parameter.ASIC_EFFICIENCY).getValue()).isEqualTo(17.5);
        window.assertChartsShow(Scenario.defaults());
    }

    @Test
    void aTypedValueIsKeptAsTypedAndTheSliderSnapsOnlyWhenItMoves() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        type(robot, Parameter.ELECTRICITY_PRICE, "0.123");
        window.awaitFrame();

        assertThat(window.value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.123);
        assertThat(robot.lookup("#field-electricityPrice").queryAs(TextField.class).getText()).isEqualTo("0.123");
        assertThat(WindowDriver.onFx(() -> window.slider(Parameter.ELECTRICITY_PRICE).getValue())).isEqualTo(0.123);
        window.assertChartsShow(Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.123));

        // Moving the slider one step lands on the step grid again: 0.123 + 0.005 -> 0.13.
        robot.interact(() -> window.slider(Parameter.ELECTRICITY_PRICE).requestFocus());
        user.type(KeyCode.RIGHT);
        assertThat(window.value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.13);
    }

    @Test
    void homeAndEndOnASliderDoNotScrollTheLeverColumn() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        shared.layOutAt(TestWindow.WIDTH, 600);
        javafx.scene.control.ScrollPane column = robot.lookup("#lever-panel").queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(WindowDriver.onFx(() -> column.getContent().getLayoutBounds().getHeight() > column.getViewportBounds().getHeight()))
                .as("the column scrolls at this height").isTrue();
        robot.interact(() -> window.slider(Parameter.NPU_THROUGHPUT).requestFocus());
        double before = WindowDriver.onFx(column::getVvalue);

        user.type(KeyCode.END);
        assertThat(window.value(Parameter.NPU_THROUGHPUT)).isEqualTo(500);
        assertThat(WindowDriver.onFx(column::getVvalue)).as("End moved the lever, not the column").isEqualTo(before);

        user.type(KeyCode.HOME);
        assertThat(window.value(Parameter.NPU_THROUGHPUT)).isEqualTo(1);
        assertThat(WindowDriver.onFx(column::getVvalue)).isEqualTo(before);
    }

    private void type(FxRobot robot, Parameter p, String text) {
        TextField field = robot.lookup("#field-" + p.key()).queryAs(TextField.class);
        user.clickOn(field);
        robot.interact(field::selectAll);
        user.write(text).type(KeyCode.ENTER);
    }

    private static void assertOnStep(Parameter p, double value) {
        assertThat(value).as("on the step grid").isEqualTo(p.snap(value));
    }
}
