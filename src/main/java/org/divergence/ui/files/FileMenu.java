package org.divergence.ui.files;

import org.divergence.ui.explorer.WindowText;
import java.nio.file.Path;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** File: New, Open, Open Recent, Save, Save As, Revert, Name and notes, Quit. */
public final class FileMenu {

    private final Menu menu = new Menu();
    private final Menu recentMenu = new Menu();
    private final DocumentController documents;
    private final RecentFilesList recent;
    private final WindowText text;

    public FileMenu(DocumentController documents, RecentFilesList recent, Runnable quitAction, WindowText text) {
        this.documents = documents;
        this.recent = recent;
        this.text = text;
        menu.textProperty().bind(text.get("menu.file"));
        recentMenu.textProperty().bind(text.get("menu.file.recent"));
        MenuItem newItem = item("menu.file.new", "Shortcut+N", "menu-new", documents::newDocument);
        MenuItem open = item("menu.file.open", "Shortcut+O", "menu-open", documents::open);
        recentMenu.setId("menu-open-recent");
        MenuItem save = item("menu.file.save", "Shortcut+S", "menu-save", documents::save);
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S", "menu-save-as", documents::saveAs);
        MenuItem revert = item("menu.file.revert", null, "menu-revert", documents::revert);
        revert.disableProperty().bind(documents.modifiedProperty().not());
        MenuItem notes = item("menu.file.nameAndNotes", "Shortcut+I", "menu-name-notes", documents::editNameAndNotes);
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", "menu-quit", quitAction);

        recent.files().addListener((ListChangeListener<Path>) change -> rebuildRecent());
        rebuildRecent();
        menu.getItems().addAll(newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs, revert,
                new SeparatorMenuItem(), notes, new SeparatorMenuItem(), quit);
    }

    public Menu menu() { return menu; }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path path : recent.files()) {
            // The file name, then where it is: two "model.divergence.json" in different folders stay apart.
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> documents.open(path));
            recentMenu.getItems().add(item);
        }
        if (recent.files().isEmpty()) {
            MenuItem none = new MenuItem();
            none.textProperty().bind(text.get("menu.file.noRecent"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().addAll(new SeparatorMenuItem(), item("menu.file.clearRecent", null, "menu-clear-recent", recent::clear));
        }
    }

    /** The menu ignores what a command returns: the controller tells the user about its outcome itself. */
    private MenuItem item(String key, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
