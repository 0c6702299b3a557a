package org.divergence.ui.menu;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.divergence.ui.explorer.DetailTab;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.TextSize;
import org.divergence.figure.Theme;
import org.divergence.ui.explorer.WindowState;

/** View: dark theme, text size, which detail charts are shown, reset all levers. Everything it changes is window state. */
public final class ViewMenu {

    private final Menu menu = new Menu("_View");

    public ViewMenu(ExplorerViewModel viewModel) {
        WindowState window = viewModel.window();
        Menu themes = themeMenu(window.themeProperty());

        ObjectProperty<TextSize> size = window.textSizeProperty();
        MenuItem larger = item("_Larger text", "Shortcut+Equals", () -> size.set(size.get().larger()));
        larger.setId("menu-larger-text");
        MenuItem smaller = item("_Smaller text", "Shortcut+Minus", () -> size.set(size.get().smaller()));
        smaller.setId("menu-smaller-text");
        MenuItem actual = item("_Actual size", "Shortcut+0", () -> size.set(TextSize.NORMAL));
        larger.disableProperty().bind(size.isEqualTo(TextSize.values()[TextSize.values().length - 1]));
        smaller.disableProperty().bind(size.isEqualTo(TextSize.values()[0]));

        CheckMenuItem presentation = new CheckMenuItem("_Presentation");
        presentation.setId("menu-presentation");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.selectedProperty().bindBidirectional(window.presentingProperty());

        CheckMenuItem tables = new CheckMenuItem("Charts as _tables");
        tables.setId("menu-charts-as-tables");
        tables.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        tables.selectedProperty().bindBidirectional(window.chartsAsTablesProperty());

        CheckMenuItem levers = new CheckMenuItem("Le_vers");
        levers.setId("menu-levers");
        levers.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        levers.selectedProperty().bindBidirectional(window.leversShownProperty());

        MenuItem mining = item("_Mining detail", "Shortcut+1", () -> showDetail(window, DetailTab.MINING));
        MenuItem edge = item("_Edge-AI detail", "Shortcut+2", () -> showDetail(window, DetailTab.EDGE_AI));
        MenuItem why = item("_Why?", "Shortcut+3", () -> window.whyShownProperty().set(true));
        why.setId("menu-why");

        MenuItem reset = item("_Reset all levers and assumptions", "Shortcut+Shift+R", viewModel::resetAll);
        reset.setId("menu-reset-all");

        menu.getItems().addAll(presentation, new SeparatorMenuItem(), themes, new SeparatorMenuItem(), larger, smaller, actual,
                new SeparatorMenuItem(), tables, levers, mining, edge, why, new SeparatorMenuItem(), reset);
    }

    public Menu menu() { return menu; }

    /** A detail tab, in place of the "Why?" tab if that is shown. */
    private static void showDetail(WindowState window, DetailTab tab) {
        window.whyShownProperty().set(false);
        window.detailTabProperty().set(tab);
    }

    /** Theme: one choice of light, dark and high contrast; Ctrl+Shift+D goes between light and dark. */
    private static Menu themeMenu(ObjectProperty<Theme> theme) {
        Menu themes = new Menu("_Theme");
        themes.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme each : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(each.label());
            item.setId("menu-theme-" + each.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setUserData(each);
            item.setSelected(theme.get() == each);
            item.setOnAction(e -> theme.set(each));
            themes.getItems().add(item);
        }
        theme.addListener((obs, old, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        MenuItem toggle = new MenuItem("_Light or dark");
        toggle.setId("menu-dark-theme");
        toggle.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        toggle.setOnAction(e -> theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT));
        themes.getItems().addAll(new SeparatorMenuItem(), toggle);
        return themes;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
