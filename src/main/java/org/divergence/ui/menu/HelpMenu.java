package org.divergence.ui.menu;

import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import org.divergence.model.DivergenceModel;
import org.divergence.AppInfo;
import org.divergence.text.Text;
import org.divergence.ui.explorer.WindowText;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.Links;
import org.divergence.ui.explorer.Notices;

/** Help: keyboard shortcuts and the About box with the version. */
public final class HelpMenu {

    private final Menu menu = new Menu();
    private final Image icon;

    /**
     * @param icon    the app's icon for the About box
     * @param work    where the model documentation is saved
     * @param notices where "saved" is told
     */
    public HelpMenu(Window owner, Image icon, BackgroundWork work, Notices notices, WindowText text, Links links) {
        this.icon = icon;
        menu.textProperty().bind(text.get("menu.help"));
        ModelHelp model = new ModelHelp(owner, work, notices, text, links::openWebPage);
        links.setModelHelp(model::showAt);
        MenuItem shortcuts = new MenuItem();
        shortcuts.textProperty().bind(text.get("menu.help.shortcuts"));
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(e -> show(owner, text.now().get("shortcuts.title"), text.now().get("shortcuts.title"),
                text.now().get("shortcuts.text")));

        MenuItem about = new MenuItem();
        about.textProperty().bind(text.get("menu.help.about", AppInfo.NAME));
        about.setId("menu-about");
        about.setOnAction(e -> show(owner, text.now().get("about.title", AppInfo.NAME), aboutHeader(),
                aboutText(text.now())));

        MenuItem modelItem = new MenuItem();
        modelItem.textProperty().bind(text.get("menu.help.model"));
        modelItem.setId("menu-model");
        modelItem.setOnAction(e -> model.show());

        menu.getItems().addAll(shortcuts, modelItem, new SeparatorMenuItem(), about);
    }

    public Menu menu() { return menu; }

    static String aboutHeader() {
        return AppInfo.NAME + " " + AppInfo.version();
    }

    static String aboutText(Text text) {
        return text.get("about.text", DivergenceModel.VERSION, System.getProperty("java.version"),
                System.getProperty("javafx.version"));
    }

    private void show(Window owner, String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.setGraphic(new ImageView(icon));
        alert.getDialogPane().getStyleClass().add("help-dialog");
        alert.showAndWait();
    }
}
