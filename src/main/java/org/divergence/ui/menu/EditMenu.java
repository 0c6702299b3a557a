package org.divergence.ui.menu;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

import org.divergence.ui.explorer.UndoHistory;
import org.divergence.ui.explorer.WindowText;

/**
 * Edit: Undo and Redo, each naming what it would undo or redo ("Undo change to Electricity price"),
 * so a student can step back through what the class just tried.
 */
public final class EditMenu {

    private final Menu menu = new Menu();

    public EditMenu(UndoHistory history, WindowText text) {
        menu.textProperty().bind(text.get("menu.edit"));
        MenuItem undo = item(text, "menu-undo", "menu.edit.undo", "menu.edit.undoStep", history.nextUndoProperty(),
                history::undo, "Shortcut+Z");
        MenuItem redo = item(text, "menu-redo", "menu.edit.redo", "menu.edit.redoStep", history.nextRedoProperty(),
                history::redo, "Shortcut+Shift+Z");
        // Ctrl+Y is the other common Redo key on Windows and Linux; a hidden item gives it the same action.
        MenuItem redoAlternative = new MenuItem();
        redoAlternative.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redoAlternative.setOnAction(e -> history.redo());
        redoAlternative.setVisible(false);
        redoAlternative.disableProperty().bind(redo.disableProperty());
        menu.getItems().addAll(undo, redo, redoAlternative);
    }

    public Menu menu() { return menu; }

    /**
     * @param verb     the item's words without a step ("Undo")
     * @param verbStep its words naming the step ("Undo {0}")
     */
    private static MenuItem item(WindowText text, String id, String verb, String verbStep,
                                 ObservableValue<Optional<UndoHistory.Step>> next, Runnable action, String accelerator) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text.of(() -> next.getValue()
                .map(step -> text.now().get(verbStep, step.label(text.now())))
                .orElse(text.now().get(verb)), next));
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> next.getValue().isEmpty(), next));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
