package org.divergence.ui.menu;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
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
import org.divergence.ui.explorer.WindowText;
import org.divergence.text.Language;

/**
 * View: presentation, theme, language, text size, charts as tables, recorded history on the charts,
 * which detail charts are shown, reset all levers. Everything it changes is window state.
 */
public final class ViewMenu {

    private final Menu menu = new Menu();

    public ViewMenu(ExplorerViewModel viewModel) {
        WindowState window = viewModel.window();
        WindowText text = window.text();
        menu.textProperty().bind(text.get("menu.view"));
        Menu themes = themeMenu(window.themeProperty(), text);
        Menu languages = languageMenu(text);

        ObjectProperty<TextSize> size = window.textSizeProperty();
        MenuItem larger = item(text, "menu.view.larger", "Shortcut+Equals", () -> size.set(size.get().larger()));
        larger.setId("menu-larger-text");
        MenuItem smaller = item(text, "menu.view.smaller", "Shortcut+Minus", () -> size.set(size.get().smaller()));
        smaller.setId("menu-smaller-text");
        MenuItem actual = item(text, "menu.view.actualSize", "Shortcut+0", () -> size.set(TextSize.NORMAL));
        larger.disableProperty().bind(size.isEqualTo(TextSize.values()[TextSize.values().length - 1]));
        smaller.disableProperty().bind(size.isEqualTo(TextSize.values()[0]));

        CheckMenuItem presentation = new CheckMenuItem();
        presentation.textProperty().bind(text.get("menu.view.presentation"));
        presentation.setId("menu-presentation");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.selectedProperty().bindBidirectional(window.presentingProperty());

        CheckMenuItem tables = new CheckMenuItem();
        tables.textProperty().bind(text.get("menu.view.tables"));
        tables.setId("menu-charts-as-tables");
        tables.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        tables.selectedProperty().bindBidirectional(window.chartsAsTablesProperty());

        CheckMenuItem history = new CheckMenuItem();
        history.textProperty().bind(text.get("menu.view.history"));
        history.setId("menu-show-history");
        history.setAccelerator(KeyCombination.keyCombination("Shortcut+H"));
        history.selectedProperty().bindBidirectional(window.showHistoryProperty());

        CheckMenuItem levers = new CheckMenuItem();
        levers.textProperty().bind(text.get("menu.view.levers"));
        levers.setId("menu-levers");
        levers.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        levers.selectedProperty().bindBidirectional(window.leversShownProperty());

        CheckMenuItem bands = new CheckMenuItem();
        bands.textProperty().bind(text.get("menu.view.bands"));
        bands.setId("menu-uncertainty-bands");
        bands.setAccelerator(KeyCombination.keyCombination("Shortcut+U"));
        bands.selectedProperty().bindBidirectional(window.bandsShownProperty());

        MenuItem mining = item(text, "menu.view.mining", "Shortcut+1", () -> showDetail(window, DetailTab.MINING));
        MenuItem edge = item(text, "menu.view.edge", "Shortcut+2", () -> showDetail(window, DetailTab.EDGE_AI));
        MenuItem why = item(text, "menu.view.why", "Shortcut+3", () -> window.whyShownProperty().set(true));
        why.setId("menu-why");

        MenuItem reset = item(text, "menu.view.resetAll", "Shortcut+Shift+R", viewModel::resetAll);
        reset.setId("menu-reset-all");

        menu.getItems().addAll(presentation, new SeparatorMenuItem(), themes, languages, new SeparatorMenuItem(), larger, smaller, actual,
                new SeparatorMenuItem(), tables, history, bands, levers, mining, edge, why, new SeparatorMenuItem(), reset);
    }

    public Menu menu() { return menu; }

    /** A detail tab, in place of the "Why?" tab if that is shown. */
    private static void showDetail(WindowState window, DetailTab tab) {
        window.whyShownProperty().set(false);
        window.detailTabProperty().set(tab);
    }

    /** Theme: one choice of light, dark and high contrast; Ctrl+Shift+D goes between light and dark. */
    private static Menu themeMenu(ObjectProperty<Theme> theme, WindowText text) {
        Menu themes = oneOf(text.get("menu.view.theme"), "menu-theme", Theme.values(), theme,
                each -> text.get("theme." + each.name()),
                each -> "menu-theme-" + each.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        MenuItem toggle = new MenuItem();
        toggle.textProperty().bind(text.get("menu.view.lightOrDark"));
        toggle.setId("menu-dark-theme");
        toggle.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        toggle.setOnAction(e -> theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT));
        themes.getItems().addAll(new SeparatorMenuItem(), toggle);
        return themes;
    }

    /**
     * Language: each language under its own name ("Deutsch", whatever the window speaks now, so anyone
     * can find their way back). The window relabels itself at once.
     */
    private static Menu languageMenu(WindowText text) {
        return oneOf(text.get("menu.view.language"), "menu-language", Language.values(), text.languageProperty(),
                each -> new SimpleStringProperty(each.nativeName()), each -> "menu-language-" + each.tag());
    }

    /** A menu of radio items, one per value, that shows and sets {@code chosen} (whichever side changes it). */
    private static <T> Menu oneOf(ObservableValue<String> name, String id, T[] values, ObjectProperty<T> chosen,
                                  Function<T, ObservableValue<String>> label, Function<T, String> itemId) {
        Menu menu = new Menu();
        menu.textProperty().bind(name);
        menu.setId(id);
        ToggleGroup group = new ToggleGroup();
        for (T each : values) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(label.apply(each));
            item.setId(itemId.apply(each));
            item.setToggleGroup(group);
            item.setUserData(each);
            item.setSelected(chosen.get() == each);
            item.setOnAction(e -> chosen.set(each));
            menu.getItems().add(item);
        }
        chosen.addListener((obs, old, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        return menu;
    }

    private static MenuItem item(WindowText text, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.get(key));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
