package org.divergence.ui.app;

import java.nio.file.Path;
import java.util.Optional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.stage.Stage;

import org.divergence.scenario.Presets;
import org.divergence.ui.challenge.ChallengeFeature;
import org.divergence.ui.compare.CompareMenu;
import org.divergence.ui.menu.EditMenu;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.export.Exporter;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.explorer.PulseFrameScheduler;
import org.divergence.figure.Theme;
import org.divergence.scenario.SettingsFile;
import org.divergence.text.Language;
import org.divergence.ui.explorer.RememberedSettings;
import org.divergence.ui.explorer.TextSize;
import org.divergence.ui.explorer.WindowState;
import org.divergence.ui.files.DocumentFeature;
import org.divergence.ui.tour.GuidedTour;
import org.divergence.ui.why.WhyPanel;

/**
 * Everything one explorer window is made of, put together in this one place: one view-model
 * recomputed once per frame, the scenario-files feature and the main window on the given stage. The
 * app builds it with the real services, the window tests with temporary ones, in the same way.
 */
public final class ExplorerWindow {

    private final ExplorerViewModel viewModel;
    private final DocumentFeature files;
    private final RememberedSettings settings;
    private final MainWindow window;
    private final GuidedTour tour;
    private final ChallengeFeature challenges;

    private ExplorerWindow(Stage stage, Notices notices, BackgroundWork work, DocumentFeature.Services services,
                           SettingsFile settingsFile) {
        viewModel = new ExplorerViewModel(new PulseFrameScheduler());
        work.speak(viewModel.window().text());
        viewModel.startAnalyses(work);
        settings = new RememberedSettings(settingsFile, work, viewModel.window().text());
        rememberLooks(viewModel.window());
        MainWindow.applyUserAgentSheet(viewModel.window().themeProperty().get());
        files = new DocumentFeature(viewModel, work, notices, stage, services);
        Exporter exporter = new Exporter(stage, viewModel, files.documents()::currentDocument, work, notices,
                services.picker());
        Menu file = files.menus().get(0);
        file.setId("menu-file");
        // Export goes after Name and Notes, before Quit.
        file.getItems().addAll(file.getItems().size() - 2, exporter.menuItems());
        List<Menu> menus = new ArrayList<>(files.menus());
        menus.add(1, new EditMenu(viewModel.history(), viewModel.window().text()).menu());
        Menu compare = new CompareMenu(viewModel, work, notices, services.picker()).menu();
        compare.setId("menu-compare");
        menus.add(compare);
        // A challenge's scenario opens like a preset, so unsaved work is asked about first.
        challenges = new ChallengeFeature(viewModel, work, notices, services.picker(), (id, start, action) ->
                files.documents().openTemplate(new Presets.Preset(id, start), action));
        menus.add(challenges.menu());
        window = new MainWindow(stage, viewModel, work, notices, menus);
        window.addAboveCharts(challenges.panel());
        // The explanation costs up to 32 model runs: it is computed only while its tab or the
        // presentation (which shows its lead sentence) is on screen.
        javafx.scene.control.Tab why = window.charts().addTab("tab-why", "why.tab", () -> new WhyPanel(viewModel));
        followWhyShown(why, window.charts(), viewModel.window().whyShownProperty());
        viewModel.explainingProperty().bind(why.selectedProperty().or(viewModel.window().presentingProperty()));
        window.charts().setOnExport(chart -> exporter.exportFigure(java.util.Optional.of(chart)));
        window.charts().setOnExportAnalysis(exporter::exportDrawing);
        tour = new GuidedTour(settings, viewModel.window().text());
        window.addLayer(tour.overlay());
        window.helpMenu().getItems().add(0, tour.menuItem());
    }

    /** The "Why?" tab is shown exactly while the window state says so (View > Why?, Ctrl+3, a click on it). */
    private static void followWhyShown(javafx.scene.control.Tab why, org.divergence.ui.charts.ChartsPane charts,
                                       javafx.beans.property.BooleanProperty shown) {
        why.selectedProperty().addListener((obs, was, now) -> shown.set(now));
        shown.addListener((obs, was, now) -> {
            if (now && !why.isSelected()) {
                why.getTabPane().getSelectionModel().select(why);
            } else if (!now && why.isSelected()) {
                charts.showDetailTab();
            }
        });
    }

    /** Builds the window on {@code stage} (on the FX thread); nothing is shown yet. */
    public static ExplorerWindow build(Stage stage, Notices notices, BackgroundWork work,
                                       DocumentFeature.Services services, SettingsFile settings) {
        return new ExplorerWindow(stage, notices, work, services, settings);
    }

    /**
     * Theme, text size and language are the user's, not the document's: they carry over to the next run.
     * Without a remembered language, the system's is used when the window speaks it.
     */
    private void rememberLooks(WindowState window) {
        window.text().languageProperty().set(Language.forLocale(Locale.getDefault(Locale.Category.DISPLAY)));
        settings.remember(window.text().languageProperty(), "language", Language::byTag, Language::tag);
        settings.remember(window.themeProperty(), "theme", name -> known(Theme.values(), name), Theme::name);
        settings.remember(window.textSizeProperty(), "textSize", name -> known(TextSize.values(), name), TextSize::name);
    }

    private static <E extends Enum<E>> Optional<E> known(E[] values, String name) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst();
    }

    /**
     * Shows the window, then (once it is up, so questions and errors have a window to belong to)
     * offers crashed sessions' work back and opens {@code fileToOpen}; on a first run, the tour starts.
     */
    public void show(Optional<Path> fileToOpen) {
        FirstChart.watch(window.scene());
        window.show();
        Platform.runLater(() -> {
            files.start(fileToOpen);
            tour.startIfFirstRun();
        });
    }

    public ExplorerViewModel viewModel() { return viewModel; }

    public DocumentFeature files() { return files; }

    /** The user's remembered choices, for features that keep one (the tour, the language). */
    public RememberedSettings settings() { return settings; }

    /** The guided tour (Help > Tour); it starts by itself on a first run. */
    public GuidedTour tour() { return tour; }

    /** Challenges for class: the menu, the panel above the charts, the live check. */
    public ChallengeFeature challenges() { return challenges; }
}
