package org.divergence.ui.files;

import org.divergence.ui.explorer.WindowText;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import org.divergence.scenario.Presets;

/** Presets: the curated scenarios, each opened as a new document; its story is in File > Name and Notes. */
public final class PresetsMenu {

    private final Menu menu = new Menu();

    public PresetsMenu(DocumentController documents, WindowText text) {
        menu.textProperty().bind(text.get("menu.presets"));
        for (Presets.Preset preset : Presets.all()) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(text.of(() -> text.name(preset.name())));
            item.setId("menu-preset-" + preset.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> documents.openPreset(preset));
            menu.getItems().add(item);
        }
    }

    public Menu menu() { return menu; }
}
