package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.Test;

import org.divergence.model.Parameter;
import org.divergence.model.Scenario;

/** Edit > Undo and Redo in the window: named after the change, one step per drag, the usual keys. */
class EditMenuFxTest extends SharedWindowTest {

    private MenuItem item(String id) {
        return WindowDriver.onFx(() -> ((MenuBar) stage.getScene().lookup(".menu-bar")).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(each -> id.equals(each.getId()))
                .findFirst().orElseThrow());
    }

    private String text(String id) {
        MenuItem item = item(id);
        return WindowDriver.onFx(item::getText);
    }

    private boolean disabled(String id) {
        MenuItem item = item(id);
        return WindowDriver.onFx(item::isDisable);
    }

    private void shortcut(KeyCode... keys) {
        user.press(KeyCode.CONTROL).type(keys).release(KeyCode.CONTROL);
    }

    @Test
    void withNothingDoneUndoAndRedoAreGreyedAndNameNothing() {
        assertThat(text("menu-undo")).isEqualTo("_Undo");
        assertThat(disabled("menu-undo")).isTrue();
        assertThat(disabled("menu-redo")).isTrue();
    }

    @Test
    void aWholeDragIsOneUndoAndCtrlZThenCtrlShiftZGoBackAndForth() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        Node thumb = window.slider(Parameter.NPU_THROUGHPUT).lookup(".thumb");
        user.drag(thumb, MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).drop();
        window.awaitFrame();
        double dragged = window.value(Parameter.NPU_THROUGHPUT);
        assertThat(dragged).isGreaterThan(Parameter.NPU_THROUGHPUT.defaultValue());
        assertThat(text("menu-undo")).isEqualTo("_Undo change to " + Parameter.NPU_THROUGHPUT.label());

        shortcut(KeyCode.Z);
        window.awaitFrame();

        assertThat(window.value(Parameter.NPU_THROUGHPUT)).isEqualTo(Parameter.NPU_THROUGHPUT.defaultValue());
        assertThat(WindowDriver.onFx(() -> window.slider(Parameter.NPU_THROUGHPUT).getValue()))
                .isEqualTo(Parameter.NPU_THROUGHPUT.defaultValue());
        window.assertChartsShow(Scenario.defaults());
        assertThat(disabled("menu-undo")).as("the drag was one step").isTrue();
        assertThat(text("menu-redo")).isEqualTo("_Redo change to " + Parameter.NPU_THROUGHPUT.label());

        user.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        window.awaitFrame();
        assertThat(window.value(Parameter.NPU_THROUGHPUT)).isEqualTo(dragged);
        window.assertChartsShow(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, dragged));
    }

    @Test
    void ctrlYRedoesAndTheMenuItemsWorkWithTheMouse() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        WindowDriver.onFx(() -> {
            viewModel.set(Parameter.ELECTRICITY_PRICE, 0.08);
            viewModel.reset(Parameter.ELECTRICITY_PRICE);
            return null;
        });
        assertThat(text("menu-undo")).isEqualTo("_Undo change to " + Parameter.ELECTRICITY_PRICE.label());

        user.clickOn("Edit").clickOn("#menu-undo");
        window.awaitFrame();
        assertThat(window.value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.08);

        shortcut(KeyCode.Z);
        shortcut(KeyCode.Y);
        window.awaitFrame();
        assertThat(window.value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.08);
    }
}
