package org.divergence.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.divergence.AppInfo;
import org.divergence.ui.charts.ChartsPane;
import org.divergence.ui.levers.LeverPanel;
import org.divergence.ui.menu.HelpMenu;
import org.divergence.ui.menu.ViewMenu;
import org.divergence.ui.summary.SummaryBar;

/**
 * The explorer window: menu bar, lever column on the left, charts and the summary sentence on the
 * right. Other features hook in through {@link #menuBar()} (File and Presets menus go before View),
 * {@link #documentNameProperty()} and {@link #modifiedProperty()} (the title shows both).
 */
public final class MainWindow {

    private static final double PREFERRED_WIDTH = 1440;
    private static final double PREFERRED_HEIGHT = 900;
    /** The lever column takes about a quarter of the width, within these bounds (px). */
    private static final double MIN_LEVER_COLUMN = 340;
    private static final double MAX_LEVER_COLUMN = 380;

    private final Stage stage;
    private final ExplorerViewModel viewModel;
    private final MenuBar menuBar = new MenuBar();
    private final StringProperty documentName = new SimpleStringProperty(this, "documentName", "");
    private final BooleanProperty modified = new SimpleBooleanProperty(this, "modified");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final SummaryBar summary;

    public MainWindow(Stage stage, ExplorerViewModel viewModel) {
        this.stage = stage;
        this.viewModel = viewModel;

        LeverPanel levers = new LeverPanel(viewModel);
        ChartsPane charts = new ChartsPane(viewModel);
        summary = new SummaryBar(viewModel);
        VBox results = new VBox(charts, summary);
        results.getStyleClass().add("results");
        VBox.setVgrow(charts, Priority.ALWAYS);

        SplitPane split = new SplitPane(levers, results);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(levers, false);

        BorderPane root = new BorderPane(split);
        root.setTop(menuBar);
        root.getStyleClass().add("main-window");
        TextZoom zoom = new TextZoom(root);

        menuBar.getMenus().addAll(
                new ViewMenu(theme, zoom, viewModel::resetAll, charts).menu(),
                new HelpMenu(stage).menu());
        menuBar.setUseSystemMenuBar(true);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root,
                Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        split.setDividerPositions(Math.max(MIN_LEVER_COLUMN, Math.min(MAX_LEVER_COLUMN, 0.25 * scene.getWidth()))
                / scene.getWidth());
        theme.addListener((obs, old, now) -> now.apply(scene));
        theme.get().apply(scene);

        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.getIcons().setAll(AppIcons.icons());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> title(documentName.get(), modified.get()), documentName, modified));
    }

    /** "Divergence" alone; with a document, "*name — Divergence" where * marks unsaved changes. */
    static String title(String documentName, boolean modified) {
        if ((documentName == null || documentName.isBlank()) && !modified) {
            return AppInfo.NAME;
        }
        String name = documentName == null || documentName.isBlank() ? "Untitled" : documentName;
        return (modified ? "*" : "") + name + " — " + AppInfo.NAME;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() { return stage; }

    public ExplorerViewModel viewModel() { return viewModel; }

    /** The window's menus, View and Help to begin with; add File and Presets at index 0 and 1. */
    public MenuBar menuBar() { return menuBar; }

    /** Name of the open scenario file shown in the title; empty for none. */
    public StringProperty documentNameProperty() { return documentName; }

    /** Whether the title marks unsaved changes. */
    public BooleanProperty modifiedProperty() { return modified; }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    /** The year the summary sentence speaks about (a view setting saved with scenario files). */
    public ObjectProperty<Integer> summaryYearProperty() { return summary.yearProperty(); }
}
