package org.divergence.ui.menu;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.divergence.ui.TextZoom;
import org.divergence.ui.Theme;
import org.divergence.ui.charts.ChartsPane;

/** View: dark theme, text size, which detail charts are shown, reset all levers. */
public final class ViewMenu {

    private final Menu menu = new Menu("_View");

    public ViewMenu(ObjectProperty<Theme> theme, TextZoom zoom, Runnable resetAll, ChartsPane charts) {
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(theme.get() == Theme.DARK);
        dark.selectedProperty().addListener((obs, old, now) -> theme.set(now ? Theme.DARK : Theme.LIGHT));
        theme.addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));

        MenuItem larger = item("_Larger text", "Shortcut+Equals", zoom::larger);
        larger.setId("menu-larger-text");
        MenuItem smaller = item("_Smaller text", "Shortcut+Minus", zoom::smaller);
        MenuItem actual = item("_Actual size", "Shortcut+0", zoom::reset);
        zoom.levelProperty().addListener((obs, old, now) -> {
            larger.setDisable(zoom.isLargest());
            smaller.setDisable(zoom.isSmallest());
        });

        MenuItem mining = item("_Mining detail", "Shortcut+1", charts::showMiningDetail);
        MenuItem edge = item("_Edge-AI detail", "Shortcut+2", charts::showEdgeDetail);

        MenuItem reset = item("_Reset all levers and assumptions", "Shortcut+Shift+R", resetAll);
        reset.setId("menu-reset-all");

        menu.getItems().addAll(dark, new SeparatorMenuItem(), larger, smaller, actual,
                new SeparatorMenuItem(), mining, edge, new SeparatorMenuItem(), reset);
    }

    public Menu menu() { return menu; }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

}
