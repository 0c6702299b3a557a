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
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.Links;
import org.divergence.ui.explorer.Notices;

/** Help: keyboard shortcuts and the About box with the version. */
public final class HelpMenu {

    static final String SHORTCUTS = String.join("\n",
            "Tab, Shift+Tab: next, previous control (levers, detail-chart tabs, summary year)",
            "Space or Enter: press the focused button; Space opens Advanced assumptions",
            "",
            "On a lever's slider:",
            "    Arrow keys: one step",
            "    Page Up, Page Down: a tenth of the range",
            "    Home, End: lowest, highest value",
            "    Shift+Tab: its reset button (when the lever is away from its default)",
            "In a value field, Enter applies and Escape restores the current value.",
            "On the detail-chart tabs, Left and Right switch tabs; on the summary year, Up and Down.",
            "",
            "Anywhere:",
            "    Ctrl+N, Ctrl+O: new scenario, open a scenario file",
            "    Ctrl+S, Ctrl+Shift+S: save, save as",
            "    Ctrl+I: the scenario's name and notes",
            "    Ctrl+1, Ctrl+2: mining or edge-AI detail charts; Ctrl+3: why the lines move",
            "    Ctrl+=, Ctrl+-, Ctrl+0: larger, smaller, normal text",
            "    Ctrl+Shift+D: dark theme",
            "    Ctrl+Shift+R: reset all levers and assumptions",
            "    Shift+F1 on a lever or an assumption: its entry in the model's documentation",
            "",
            "Hover over a chart to read its exact values.",
            "In the tour (Help > Tour): Right or Enter, next step; Left, back; Esc closes it.");

    private final Menu menu = new Menu("_Help");
    private final Image icon;

    /**
     * @param icon    the app's icon for the About box
     * @param work    where the model documentation is saved
     * @param notices where "saved" is told
     */
    public HelpMenu(Window owner, Image icon, BackgroundWork work, Notices notices, Links links) {
        this.icon = icon;
        ModelHelp model = new ModelHelp(owner, work, notices, links::openWebPage);
        links.setModelHelp(model::showAt);
        MenuItem shortcuts = new MenuItem("_Keyboard shortcuts");
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(e -> show(owner, "Keyboard shortcuts", "Keyboard shortcuts", SHORTCUTS));

        MenuItem about = new MenuItem("_About " + AppInfo.NAME);
        about.setId("menu-about");
        about.setOnAction(e -> show(owner, "About " + AppInfo.NAME, aboutHeader(), aboutText()));

        MenuItem modelItem = new MenuItem("_Model…");
        modelItem.setId("menu-model");
        modelItem.setOnAction(e -> model.show());

        menu.getItems().addAll(shortcuts, modelItem, new SeparatorMenuItem(), about);
    }

    public Menu menu() { return menu; }

    static String aboutHeader() {
        return AppInfo.NAME + " " + AppInfo.version();
    }

    static String aboutText() {
        return "A what-if explorer: how electricity prices, mining hardware, device AI chips and regulation "
                + "pull Bitcoin mining towards a few large operators while AI inference spreads onto "
                + "people's own devices.\n\n"
                + "Model version " + DivergenceModel.VERSION + ". Help > Model shows the full documentation: "
                + "every equation, invariant and limit, and every assumption with its default and public source "
                + "(a click on a lever's name goes to its entry).\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version");
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
