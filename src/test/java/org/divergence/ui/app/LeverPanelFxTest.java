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

/**
 * The four headline levers in the whole window, driven as a user would with mouse and keyboard, each
 * change checked on every chart. (Typed values and refusals: LeverFieldsFxTest, the column alone.)
 */
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

    private static void assertOnStep(Parameter p, double value) {
        assertThat(value).as("on the step grid").isEqualTo(p.snap(value));
    }
}
