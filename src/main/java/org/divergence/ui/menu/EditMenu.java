package org.divergence.ui.menu;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

import org.divergence.ui.explorer.UndoHistory;

/**
 * Edit: Undo and Redo, each naming what it would undo or redo ("Undo change to Electricity price"),
 * so a student can step back through what the class just tried.
 */
public final class EditMenu {

    private final Menu menu = new Menu("_Edit");

    public EditMenu(UndoHistory history) {
        MenuItem undo = item("menu-undo", "_Undo", history.nextUndoProperty(), history::undo, "Shortcut+Z");
        MenuItem redo = item("menu-redo", "_Redo", history.nextRedoProperty(), history::redo, "Shortcut+Shift+Z");
        // Ctrl+Y is the other common Redo key on Windows and Linux; a hidden item gives it the same action.
        MenuItem redoAlternative = new MenuItem();
        redoAlternative.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redoAlternative.setOnAction(e -> history.redo());
        redoAlternative.setVisible(false);
        redoAlternative.disableProperty().bind(redo.disableProperty());
        menu.getItems().addAll(undo, redo, redoAlternative);
    }

    public Menu menu() { return menu; }

    private static MenuItem item(String id, String verb, ObservableValue<Optional<UndoHistory.Step>> next,
                                 Runnable action, String accelerator) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(Bindings.createStringBinding(
                () -> next.getValue().map(step -> verb + " " + step.label()).orElse(verb), next));
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> next.getValue().isEmpty(), next));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
