package org.divergence.ui.challenge;

import java.util.function.Function;

import org.divergence.text.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Menu;

import org.divergence.challenge.Challenge;
import org.divergence.challenge.ChallengeCheck;
import org.divergence.challenge.ChallengeFormat;
import org.divergence.challenge.ChallengeReader;
import org.divergence.challenge.Progress;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.BackgroundWork.Lane;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.FilePicker;
import org.divergence.ui.explorer.Notices;

/**
 * Challenges for class in the window: the Challenges menu, the panel above the charts, and the live
 * check. Choosing a challenge opens its scenario as a new document (through the files feature, so
 * unsaved work is asked about first); from then on every recompute is checked against its goal, until
 * the challenge is closed or another one is chosen. Opening or changing the document keeps the
 * challenge: a student can save an attempt and open it again later.
 */
public final class ChallengeFeature {

    /** Opens a challenge's start as the document on screen; completes with true if it did (not cancelled). */
    @FunctionalInterface
    public interface StartOpener {
        /**
         * @param id     the challenge's id
         * @param start  the document to open, named after the challenge
         * @param action what is being done, for the unsaved-work question and the Edit menu
         */
        CompletionStage<Boolean> open(String id, ScenarioDocument start, Function<Text, String> action);
    }

    private static final Lane READING = Lane.latestWins("challenge file");

    private final ExplorerViewModel viewModel;
    private final BackgroundWork work;
    private final Notices notices;
    private final FilePicker picker;
    private final StartOpener opener;
    private final ReadOnlyObjectWrapper<Challenge> active = new ReadOnlyObjectWrapper<>(this, "active");
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final ChallengePanel panel;
    private final Menu menu;
    /** "Solved" is told once per challenge, not each time a drag passes through a solution. */
    private boolean solvedTold;

    public ChallengeFeature(ExplorerViewModel viewModel, BackgroundWork work, Notices notices, FilePicker picker,
                            StartOpener opener) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.work = Objects.requireNonNull(work, "work");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.picker = Objects.requireNonNull(picker, "picker");
        this.opener = Objects.requireNonNull(opener, "opener");
        panel = new ChallengePanel(this, viewModel.window().text());
        menu = new ChallengesMenu(this, viewModel.window().text()).menu();
        viewModel.projectionProperty().addListener((obs, old, now) -> check());
    }

    /** The panel with the question and the live status; the app puts it above the charts. */
    public Node panel() { return panel; }

    /** Challenges: the shipped ones, a teacher's file, close. */
    public Menu menu() { return menu; }

    /** The challenge being checked, or null. */
    public ReadOnlyObjectProperty<Challenge> activeProperty() { return active.getReadOnlyProperty(); }

    /** How the scenario on screen stands against the active challenge; null without one. */
    public ReadOnlyObjectProperty<Progress> progressProperty() { return progress.getReadOnlyProperty(); }

    /** Opens the challenge's scenario (asking about unsaved work) and starts checking it. */
    public CompletionStage<Boolean> choose(Challenge challenge) {
        return opener.open(challenge.id(), challenge.start(), t -> t.get("challenge.opening", ChallengeText.title(challenge, t)))
                .thenApply(opened -> {
                    if (opened) {
                        begin(challenge);
                    }
                    return opened;
                });
    }

    /** Challenges > Open challenge file…: a teacher's own file, read in the background. */
    public void openFile() {
        Text t = viewModel.window().text().now();
        Optional<Path> chosen = picker.toOpen(new FilePicker.Kind(t.get("challenge.fileDialog"),
                t.get("challenge.fileKind", ChallengeFormat.EXTENSION), List.of("*" + ChallengeFormat.EXTENSION, "*.json")),
                Optional.empty());
        if (chosen.isEmpty()) {
            return;
        }
        Path path = chosen.get();
        String name = String.valueOf(path.getFileName());
        work.submit(READING, t.get("challenge.reading", name),
                progressReport -> ChallengeReader.read(path), this::choose,
                failure -> notices.error(t.get("challenge.cannotOpen", name),
                        t.get("challenge.nothingChanged", BackgroundWork.describe(failure))));
    }

    /** Stops checking; the scenario on screen stays as it is. */
    public void close() {
        active.set(null);
        progress.set(null);
    }

    private void begin(Challenge challenge) {
        solvedTold = false;
        active.set(challenge);
        progress.set(null);
        check();
    }

    /**
     * Checks the projection on screen. While a recompute is pending it belongs to the scenario before,
     * and could show a solution that is not there: the recompute's own check comes a frame later.
     */
    private void check() {
        Challenge challenge = active.get();
        if (challenge == null || viewModel.isRecomputePending()) {
            return;
        }
        Progress now = ChallengeCheck.check(challenge, viewModel.getProjection());
        progress.set(now);
        if (now.solved() && !solvedTold) {
            solvedTold = true;
            Text t = viewModel.window().text().now();
            notices.info(t.get("challenge.solvedTitle"), t.get("challenge.solvedText", ChallengeText.title(challenge, t)));
        }
    }
}
