package org.divergence.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.divergence.model.Scenario;
import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.RecentFiles;
import org.divergence.scenario.SettingsFile;
import org.divergence.text.Language;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.Delays;
import org.divergence.ui.explorer.DetailTab;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.explorer.RecordedNotices;
import org.divergence.ui.explorer.TextSize;
import org.divergence.figure.Theme;
import org.divergence.ui.explorer.WindowState;
import org.divergence.ui.challenge.ChallengeFeature;
import org.divergence.ui.files.DocumentController;
import org.divergence.ui.files.DocumentFeature;
import org.divergence.ui.explorer.FilePicker;
import org.divergence.ui.tour.GuidedTour;

/**
 * A real explorer window for TestFX tests, built as the app builds it ({@link ExplorerWindow}) on
 * TestFX's one primary stage, with its own files in a temporary folder, file dialogs that answer
 * from {@link #chosenFiles}, and notices both shown and recorded.
 *
 * <p>Building a window and showing it the first time is most of a window test's cost, so a test
 * class opens one in {@code @BeforeAll} and {@link #reset()}s it before each test; tests of the
 * document itself {@link #open} a fresh one each time.
 */
public final class TestWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    public final Stage stage;
    public final RecordedNotices notices = new RecordedNotices();
    /** Answers for the Open and Save dialogs, first in first out; none means "cancelled". */
    public final Deque<Path> chosenFiles = new ArrayDeque<>();
    public final Path dataFolder;
    /** The keyboard and mouse to drive the window with. */
    public final UserInput user;
    private ExplorerWindow explorer;
    private boolean visitDetailTabs;
    private BackgroundWork work;

    private TestWindow(Stage stage, Path dataFolder) {
        this.stage = stage;
        this.dataFolder = dataFolder;
        this.user = new UserInput();
    }

    /**
     * A new window on the primary stage, shown at {@link #WIDTH} x {@link #HEIGHT}, with its data in
     * {@code dataFolder}, as a returning user sees it: the tour was seen on an earlier run, so it does not
     * start by itself (Help > Tour still starts it).
     */
    public static TestWindow open(Path dataFolder) {
        rememberTourSeenAndEnglish(dataFolder);
        return openAsFirstRun(dataFolder);
    }

    /** Like {@link #open}, but with the settings as they are in {@code dataFolder}: with none, a first run, tour and all. */
    public static TestWindow openAsFirstRun(Path dataFolder) {
        return open(dataFolder, true);
    }

    /** Like {@link #open}, but no detail tab but the first has been chosen yet: their views are not built. */
    public static TestWindow openWithTabsNotYetChosen(Path dataFolder) {
        rememberTourSeenAndEnglish(dataFolder);
        return open(dataFolder, false);
    }

    /** A returning user's settings: the tour seen; English unless a test says otherwise, whatever the machine's language. */
    private static void rememberTourSeenAndEnglish(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
            SettingsFile settings = new SettingsFile(dataFolder.resolve("settings.json"));
            Map<String, String> remembered = new TreeMap<>(settings.read());
            boolean tourAdded = remembered.putIfAbsent(GuidedTour.SEEN_SETTING, Boolean.TRUE.toString()) == null;
            boolean languageAdded = remembered.putIfAbsent("language", Language.ENGLISH.tag()) == null;
            if (tourAdded || languageAdded) {
                settings.write(remembered);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("could not prepare the test window's settings", e);
        }
    }

    private static TestWindow open(Path dataFolder, boolean visitDetailTabs) {
        try {
            Stage stage = FxToolkit.registerPrimaryStage();
            Files.createDirectories(dataFolder);
            TestWindow window = new TestWindow(stage, dataFolder);
            window.visitDetailTabs = visitDetailTabs;
            FxToolkit.setupFixture(window::build);
            WaitForAsyncUtils.waitForFxEvents();
            window.awaitBackgroundWork();
            return window;
        } catch (TimeoutException | java.io.IOException e) {
            throw new AssertionError("could not open the test window", e);
        }
    }

    private void build() {
        hideOtherWindows();
        Notices shown = new FxNotices(stage);
        Notices both = (kind, title, text, action) -> {
            notices.show(kind, title, text, action);
            shown.show(kind, title, text, action);
        };
        work = BackgroundWork.forWindow(both);
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> toOpen(Kind kind, Optional<Path> folder) {
                return Optional.ofNullable(chosenFiles.poll());
            }

            @Override
            public Optional<Path> toSave(Kind kind, String suggestedFileName, Optional<Path> folder) {
                return Optional.ofNullable(chosenFiles.poll());
            }
        };
        explorer = ExplorerWindow.build(stage, both, work, new DocumentFeature.Services(picker,
                new RecentFiles(dataFolder.resolve("recent-files.json")), new AutosaveStore(dataFolder.resolve("autosave")),
                Clock.systemUTC(), Delays.fx()), new SettingsFile(dataFolder.resolve("settings.json")));
        // As a person who has looked at both detail tabs: the edge-AI charts are built when their tab is
        // first chosen (LazyTabsFxTest), and most tests check every chart.
        if (visitDetailTabs) {
            WindowState state = explorer.viewModel().window();
            DetailTab chosen = state.detailTabProperty().get();
            state.detailTabProperty().set(DetailTab.EDGE_AI);
            state.detailTabProperty().set(chosen);
        }
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        explorer.show(Optional.empty());
    }

    public ExplorerViewModel viewModel() { return explorer.viewModel(); }

    public WindowState state() { return explorer.viewModel().window(); }

    public DocumentController documents() { return explorer.files().documents(); }

    public BackgroundWork work() { return work; }

    public GuidedTour tour() { return explorer.tour(); }

    public ChallengeFeature challenges() { return explorer.challenges(); }

    /**
     * Back to how the window opened, for the next test: no dialogs or pop-ups, no tour, no challenge, no
     * key or button held, the default scenario, window state and size, the lever column at the top with
     * the advanced assumptions closed, and no focus on any control.
     */
    public void reset() {
        user.release(new KeyCode[0]);
        user.release(new MouseButton[0]);
        onFx(() -> {
            hideOtherWindows();
            explorer.tour().skip();
            explorer.challenges().close();
            ExplorerViewModel viewModel = explorer.viewModel();
            viewModel.adjustingProperty().set(false);
            viewModel.load(Scenario.defaults());
            WindowState state = viewModel.window();
            state.themeProperty().set(Theme.LIGHT);
            state.textSizeProperty().set(TextSize.NORMAL);
            state.detailTabProperty().set(DetailTab.MINING);
            state.setSummaryYear(WindowState.PREFERRED_SUMMARY_YEAR);
            state.baselineProperty().set(WindowState.defaultBaseline());
            state.sameAxesProperty().set(true);
            state.zoomIndexProperty().set(false);
            state.leversShownProperty().set(true);
            state.presentingProperty().set(false);
            state.chartsAsTablesProperty().set(false);
            state.text().languageProperty().set(Language.ENGLISH);
            state.showHistoryProperty().set(false);
            state.bandsShownProperty().set(true);
            // The sensitivity and regime-map tabs are not a detail tab of the window state: leave them for the mining one.
            javafx.scene.control.TabPane details = (javafx.scene.control.TabPane) stage.getScene().lookup("#detail-tabs");
            String chosen = details.getSelectionModel().getSelectedItem().getId();
            if ("tab-sensitivity".equals(chosen) || "tab-regime-map".equals(chosen)) {
                details.getTabs().stream().filter(t -> "tab-mining".equals(t.getId())).findFirst()
                        .ifPresent(t -> details.getSelectionModel().select(t));
            }
            viewModel.history().clear();
            layOutAtTheWindowsSize();
            // After the layout: selecting a detail tab while the headline is a tab of its own would hide it.
            state.whyShownProperty().set(false);
            stage.getScene().getRoot().lookupAll(".titled-pane").forEach(n -> ((TitledPane) n).setExpanded(false));
            ((ScrollPane) stage.getScene().lookup("#lever-panel")).setVvalue(0);
            stage.getScene().getRoot().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        notices.shown().clear();
        // The shared window's tests never open or save files: if one did, its state would leak into the next test.
        boolean fresh = onFx(() -> documents().file().isEmpty() && !documents().isModified()
                && state().documentNameProperty().get().isEmpty());
        if (!fresh) {
            throw new AssertionError("the shared window's document was changed by a test; give that test a window of its own");
        }
    }

    /** Closes the window as its close button would; with nothing unsaved nothing is asked. */
    public void close() {
        onFx(() -> {
            hideOtherWindows();
            explorer.viewModel().load(Scenario.defaults());
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        awaitLastWrites();
    }

    /**
     * Drops a window of a test's own, whatever the test left unsaved, once its last writes (settings, an
     * autosave) are done: else a late write races the deletion of the test's temporary folder.
     */
    public void dispose() {
        onFx(() -> {
            hideOtherWindows();
            explorer.files().stopWriting();
            stage.hide();
            return null;
        });
        awaitLastWrites();
    }

    private void awaitLastWrites() {
        try {
            if (!work.awaitFinished(java.time.Duration.ofSeconds(5))) {
                throw new AssertionError("the closed window's writes still running after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Lays the window's content out at {@code width} x {@code height}, exactly as a window of that size
     * would, without resizing the window. (Resizing the headless test screen's window between paints
     * makes Monocle fail with "Too small int buffer size", and costs a repaint of the whole window.)
     * {@link #reset} puts the content back to the window's size.
     */
    public void layOutAt(double width, double height) {
        onFx(() -> {
            Parent root = stage.getScene().getRoot();
            root.resize(width, height);
            root.applyCss();
            root.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void layOutAtTheWindowsSize() {
        Parent root = stage.getScene().getRoot();
        if (root.getLayoutBounds().getWidth() != stage.getScene().getWidth()
                || root.getLayoutBounds().getHeight() != stage.getScene().getHeight()) {
            root.resize(stage.getScene().getWidth(), stage.getScene().getHeight());
        }
    }

    /** Waits (up to 5 s) until every background job has finished and its result is on screen. */
    public void awaitBackgroundWork() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> work == null || work.jobs().isEmpty()));
        } catch (TimeoutException e) {
            throw new AssertionError("background work still running after 5 s: " + onFx(() -> List.copyOf(work.jobs())), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes every dialog and pop-up a test left open. */
    public void closeDialogs() {
        onFx(() -> {
            hideOtherWindows();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void hideOtherWindows() {
        for (Window other : List.copyOf(Window.getWindows())) {
            if (other != stage) {
                other.hide();
            }
        }
    }

    /** Runs {@code read} on the FX thread (starting the toolkit first if no test has yet) and returns what it gives. */
    public static <T> T onFx(Callable<T> read) {
        try {
            FxToolkit.registerPrimaryStage();
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
