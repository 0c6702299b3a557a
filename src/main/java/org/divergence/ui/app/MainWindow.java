package org.divergence.ui.app;

import java.util.List;
import java.util.function.Supplier;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.divergence.AppInfo;
import org.divergence.text.Text;
import org.divergence.ui.charts.ChartsPane;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.explorer.TextSize;
import org.divergence.figure.Palette;
import org.divergence.figure.Theme;
import org.divergence.ui.explorer.WindowState;
import org.divergence.ui.levers.LeverPanel;
import org.divergence.ui.menu.HelpMenu;
import org.divergence.ui.menu.ViewMenu;
import org.divergence.ui.summary.SummaryBar;

/**
 * The explorer window: menu bar, lever column on the left, charts and the summary sentence on the
 * right, a status line for background work at the bottom. Puts the feature views side by side and
 * follows the window state: the title, the theme (a stylesheet swap) and the text size.
 */
public final class MainWindow {

    private static final double PREFERRED_WIDTH = 1440;
    private static final double PREFERRED_HEIGHT = 900;
    /** The lever column takes about a quarter of the width, within these bounds (px). */
    private static final double MIN_LEVER_COLUMN = 340;
    private static final double MAX_LEVER_COLUMN = 380;
    private static final String APP_SHEET = sheet("app.css");
    private static final String HIGH_CONTRAST_SHEET = sheet("high-contrast.css");

    private final Stage stage;
    private final ChartsPane charts;
    private final VBox results;
    private final StackPane layers;
    private final Menu help;

    /**
     * @param firstMenus menus of other features that go before View and Help (File, Presets)
     */
    public MainWindow(Stage stage, ExplorerViewModel viewModel, BackgroundWork work, Notices notices,
                      List<Menu> firstMenus) {
        this.stage = stage;
        WindowState state = viewModel.window();

        LeverPanel levers = new LeverPanel(viewModel);
        charts = new ChartsPane(viewModel);
        SummaryBar summary = new SummaryBar(viewModel);
        results = new VBox(charts, summary);
        results.getStyleClass().add("results");
        VBox.setVgrow(charts, Priority.ALWAYS);

        SplitPane split = new SplitPane(levers, results);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(levers, false);
        // Never narrower than its content at the current text size, so no lever is cut.
        levers.setMinWidth(Region.USE_PREF_SIZE);
        // Not shown: CSS gives it the window's text size (1em), which the lever folding measures against.
        Label em = new Label();
        em.getStyleClass().add("text-size-probe");
        em.setManaged(false);
        em.setVisible(false);
        followLeversShown(split, levers, state, em);

        MenuBar menuBar = new MenuBar();
        menuBar.getMenus().addAll(firstMenus);
        help = new HelpMenu(stage, AppIcons.icon(64), work, notices, state.text(), viewModel.links()).menu();
        menuBar.getMenus().addAll(new ViewMenu(viewModel).menu(), help);
        menuBar.setUseSystemMenuBar(true);

        BorderPane root = new BorderPane(split);
        root.getChildren().add(em);
        // Background work is shown at the right of the menu bar: a line of its own under the charts came
        // and went with the uncertainty bands' work and moved everything above it (WorkStatus).
        HBox top = new HBox(menuBar, new WorkStatus(work, state.text()));
        HBox.setHgrow(menuBar, Priority.ALWAYS);
        top.getStyleClass().add("top-bar");
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.setTop(top);
        root.getStyleClass().add("main-window");
        // Layers over the whole window (the tour's spotlight) go on top of it, in the same scene.
        layers = new StackPane(root);
        followTextSize(layers, state);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(layers,
                Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        split.setDividerPositions(Math.max(MIN_LEVER_COLUMN, Math.min(MAX_LEVER_COLUMN, 0.25 * scene.getWidth()))
                / scene.getWidth());
        applyTheme(scene, state.themeProperty().get());
        state.themeProperty().addListener((obs, old, now) -> applyTheme(scene, now));

        // Built when first asked for: most sessions never present, and the first window should come fast.
        presentWhenAsked(stage, scene, layers, () -> new PresentationView(viewModel), viewModel);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.getIcons().setAll(AppIcons.icons());
        stage.titleProperty().bind(state.text().of(
                () -> title(state.text().name(state.documentNameProperty().get()), state.modifiedProperty().get(),
                        state.text().now()),
                state.documentNameProperty(), state.modifiedProperty()));
    }

    /** "Divergence" alone; with a document, "*name — Divergence" where * marks unsaved changes. */
    static String title(String documentName, boolean modified, Text text) {
        if ((documentName == null || documentName.isBlank()) && !modified) {
            return AppInfo.NAME;
        }
        String name = documentName == null || documentName.isBlank() ? text.get("window.untitled") : documentName;
        return (modified ? "*" : "") + name + " — " + AppInfo.NAME;
    }

    Scene scene() { return stage.getScene(); }

    /** The charts, for the app to connect their export buttons. */
    ChartsPane charts() { return charts; }

    /** Puts a view right above the charts, across the results column (the challenge panel). */
    void addAboveCharts(Node view) {
        results.getChildren().add(0, view);
    }

    /** Puts a layer over the whole window, menu bar included; it should cover it only while visible. */
    void addLayer(Node layer) {
        layers.getChildren().add(layer);
    }

    /** The Help menu, for features that add an item of their own (the tour). */
    Menu helpMenu() { return help; }

    public void show() {
        stage.show();
    }

    /**
     * Each theme is AtlantaFX's user-agent sheet plus our palette sheet (which the exported figures
     * read too); switching swaps both and nothing else.
     */
    static void applyTheme(Scene scene, Theme theme) {
        applyUserAgentSheet(theme);
        scene.getStylesheets().setAll(APP_SHEET, Palette.stylesheet(theme).toExternalForm());
        if (theme == Theme.HIGH_CONTRAST) {
            scene.getStylesheets().add(HIGH_CONTRAST_SHEET);
        }
    }

    /**
     * The theme's AtlantaFX sheet as every control's user-agent sheet. Set before the first control is
     * made, it also spares JavaFX loading its own default (Modena), which the first control's class
     * loads when no user-agent sheet is set yet, only for it to be replaced.
     */
    static void applyUserAgentSheet(Theme theme) {
        String userAgent = switch (theme) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK, HIGH_CONTRAST -> new PrimerDark().getUserAgentStylesheet();
        };
        Application.setUserAgentStylesheet(userAgent);
    }

    /**
     * The lever column folds away (its own button, View > Levers, Ctrl+L) to leave a slim strip whose
     * button brings it back, so the charts can have the whole width on a small screen.
     */
    private static void followLeversShown(SplitPane split, LeverPanel levers, WindowState state, Label em) {
        Region chevron = new Region();
        chevron.getStyleClass().add("chevron-right");
        Button show = new Button(null, chevron);
        show.setId("show-levers");
        show.getStyleClass().addAll("show-levers", "flat");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(state.text().get("levers.showTip"));
        show.setTooltip(tip);
        show.accessibleTextProperty().bind(state.text().get("levers.showName"));
        show.setOnAction(e -> state.leversShownProperty().set(true));
        Label name = new Label();
        name.textProperty().bind(state.text().get("levers.heading"));
        name.getStyleClass().add("levers-strip-name");
        name.setRotate(-90);
        name.setOnMouseClicked(e -> state.leversShownProperty().set(true));
        VBox strip = new VBox(show, new javafx.scene.Group(name));
        strip.getStyleClass().add("levers-strip");
        SplitPane.setResizableWithParent(strip, false);
        state.leversShownProperty().addListener((obs, was, shown) -> {
            double divider = split.getDividerPositions()[0];
            split.getItems().set(0, shown ? levers : strip);
            split.setDividerPositions(shown ? divider : 0);
        });
        new LeverFolding(split, levers, state.leversShownProperty(), em);
    }

    /**
     * Presentation mode (View > Presentation, F5): the window goes full screen with the presentation
     * view as its content; Esc (or F5 again, or leaving full screen any other way) comes back to the
     * window as it was.
     */
    private static void presentWhenAsked(Stage stage, Scene scene, Parent window, Supplier<PresentationView> build,
                                         ExplorerViewModel viewModel) {
        BooleanProperty presenting = viewModel.window().presentingProperty();
        PresentationView[] built = new PresentationView[1];
        stage.setFullScreenExitHint("");
        presenting.addListener((obs, was, now) -> {
            if (now) {
                Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                        Math.max(1, stage.getHeight()));
                Screen screen = Screen.getScreensForRectangle(bounds).stream().findFirst().orElse(Screen.getPrimary());
                if (built[0] == null) {
                    built[0] = build.get();
                }
                built[0].showOn(screen.getBounds());
                scene.setRoot(built[0]);
                stage.setFullScreen(true);
            } else {
                scene.setRoot(window);
                stage.setFullScreen(false);
            }
        });
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now) {
                presenting.set(false);
            }
        });
        // The menu bar is not on screen while presenting, so the keys that matter there are caught here:
        // the ways out, and undo and redo of what the class just tried.
        KeyCombination undo = KeyCombination.keyCombination("Shortcut+Z");
        KeyCombination redo = KeyCombination.keyCombination("Shortcut+Shift+Z");
        KeyCombination redoToo = KeyCombination.keyCombination("Shortcut+Y");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!presenting.get()) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F5) {
                presenting.set(false);
            } else if (undo.match(e)) {
                viewModel.history().undo();
            } else if (redo.match(e) || redoToo.match(e)) {
                viewModel.history().redo();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Each text size is a style class on the root (app.css sets its font size); views size their text in em. */
    private static void followTextSize(Parent root, WindowState state) {
        root.getStyleClass().add(styleClass(state.textSizeProperty().get()));
        state.textSizeProperty().addListener((obs, old, now) -> {
            root.getStyleClass().remove(styleClass(old));
            root.getStyleClass().add(styleClass(now));
        });
    }

    static String styleClass(TextSize size) {
        return "zoom-" + size.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String sheet(String file) {
        return MainWindow.class.getResource(file).toExternalForm();
    }
}
