package org.divergence.ui.files;

import java.nio.file.Path;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** File: New, Open, Open Recent, Save, Save As, Revert, Name and notes, Quit. */
public final class FileMenu {

    private final Menu menu = new Menu("_File");
    private final Menu recentMenu = new Menu("Open _Recent");
    private final DocumentController documents;
    private final RecentFilesList recent;

    public FileMenu(DocumentController documents, RecentFilesList recent, Runnable quitAction) {
        this.documents = documents;
        this.recent = recent;
        MenuItem newItem = item("_New", "Shortcut+N", "menu-new", documents::newDocument);
        MenuItem open = item("_Open…", "Shortcut+O", "menu-open", documents::open);
        recentMenu.setId("menu-open-recent");
        MenuItem save = item("_Save", "Shortcut+S", "menu-save", documents::save);
        MenuItem saveAs = item("Save _As…", "Shortcut+Shift+S", "menu-save-as", documents::saveAs);
        MenuItem revert = item("Re_vert", null, "menu-revert", documents::revert);
        revert.disableProperty().bind(documents.modifiedProperty().not());
        MenuItem notes = item("Name and _Notes…", "Shortcut+I", "menu-name-notes", documents::editNameAndNotes);
        MenuItem quit = item("_Quit", "Shortcut+Q", "menu-quit", quitAction);

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
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().addAll(new SeparatorMenuItem(), item("_Clear list", null, "menu-clear-recent", recent::clear));
        }
    }

    /** The menu ignores what a command returns: the controller tells the user about its outcome itself. */
    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
