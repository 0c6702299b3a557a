package org.divergence.ui.challenge;

import java.util.ArrayList;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.divergence.challenge.Challenge;
import org.divergence.challenge.Progress;
import org.divergence.text.Text;
import org.divergence.ui.explorer.WindowText;

/**
 * The active challenge above the charts: its title and question, then one row per condition with its
 * status and the numbers behind it, and one row for the locked settings, updated at every recompute.
 * When everything holds, the whole panel turns to its "Solved" look. Hidden while no challenge is active.
 *
 * <p>The rows are what a student watches while working, so they always show; the question (and the
 * hint) can be put away with their buttons. On a short window (a 1280 x 720 projector, a school laptop)
 * the question starts put away, so the charts keep their room.
 */
final class ChallengePanel extends VBox {

    private static final PseudoClass SOLVED = PseudoClass.getPseudoClass("solved");
    /** A window at least this tall (px) shows the question from the start. */
    private static final double TALL_ENOUGH = 800;

    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label count = new Label();
    private final Label question = new Label();
    private final Label hint = new Label();
    private final ToggleButton showHint = new ToggleButton();
    private final ToggleButton showQuestion = new ToggleButton();
    private final VBox rows = new VBox();
    private final List<Row> goalRows = new ArrayList<>();
    private final Row lockRow = new Row("challenge-locks");
    private final WindowText text;
    private Challenge shown;
    private Progress progress;

    ChallengePanel(ChallengeFeature challenges, WindowText text) {
        this.text = text;
        setId("challenge-panel");
        getStyleClass().add("challenge-panel");
        getStylesheets().add(ChallengePanel.class.getResource("challenge.css").toExternalForm());
        setAccessibleRole(AccessibleRole.PARENT);

        badge.getStyleClass().add("challenge-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("challenge-title");
        title.setId("challenge-title");
        count.getStyleClass().add("challenge-count");
        count.setId("challenge-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        showHint.setId("challenge-hint-toggle");
        showHint.getStyleClass().addAll("flat", "challenge-toggle");
        showHint.accessibleTextProperty().bind(text.get("challenge.hintSpoken"));
        showHint.setTooltip(tooltip("challenge.hintTip"));
        showHint.setMinWidth(Region.USE_PREF_SIZE);
        showHint.textProperty().bind(text.of(() -> text.now().get(showHint.isSelected() ? "challenge.hintHide"
                : "challenge.hintShow"), showHint.selectedProperty()));
        Button close = new Button();
        Region cross = new Region();
        cross.getStyleClass().add("challenge-close-icon");
        close.setGraphic(cross);
        close.setId("challenge-close");
        close.getStyleClass().addAll("flat", "challenge-close");
        close.accessibleTextProperty().bind(text.get("challenge.closeSpoken"));
        close.setTooltip(tooltip("challenge.closeTip"));
        close.setOnAction(e -> challenges.close());
        showQuestion.setId("challenge-question-toggle");
        showQuestion.getStyleClass().addAll("flat", "challenge-toggle");
        showQuestion.accessibleTextProperty().bind(text.get("challenge.questionSpoken"));
        showQuestion.setTooltip(tooltip("challenge.questionTip"));
        showQuestion.setMinWidth(Region.USE_PREF_SIZE);
        showQuestion.textProperty().bind(text.of(() -> text.now().get(showQuestion.isSelected() ? "challenge.questionHide"
                : "challenge.questionShow"), showQuestion.selectedProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(badge, title, gap, count, showQuestion, showHint, close);
        header.getStyleClass().add("challenge-header");
        header.setAlignment(Pos.CENTER_LEFT);

        question.getStyleClass().add("challenge-question");
        question.setId("challenge-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("challenge-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.visibleProperty().bind(showHint.selectedProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        rows.getStyleClass().add("challenge-rows");
        question.visibleProperty().bind(showQuestion.selectedProperty());
        question.managedProperty().bind(question.visibleProperty());
        getChildren().addAll(header, question, hint, rows);

        visibleProperty().bind(challenges.activeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        challenges.activeProperty().addListener((obs, old, now) -> show(now));
        challenges.progressProperty().addListener((obs, old, now) -> update(now));
        text.onChange(() -> {
            showWords();
            update(progress);
        });
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.get(key));
        return tooltip;
    }

    /** The challenge's own words (title, question, hint) in the window's language, and what a reader says. */
    private void showWords() {
        if (shown == null) {
            return;
        }
        Text words = text.now();
        title.setText(ChallengeText.title(shown, words));
        question.setText(ChallengeText.own(shown, "question", shown.question(), words));
        hint.setText(shown.hint().map(h -> ChallengeText.own(shown, "hint", h, words)).orElse(""));
        speakPanel();
    }

    /** What a screen reader says for the whole panel: the challenge and its question. */
    private void speakPanel() {
        setAccessibleText(shown == null ? null
                : text.now().get("challenge.panelSpoken", ChallengeText.title(shown, text.now()),
                        ChallengeText.own(shown, "question", shown.question(), text.now())));
    }

    /** A new challenge: its words, and one row for each condition and lock (filled by {@link #update}). */
    private void show(Challenge challenge) {
        shown = challenge;
        goalRows.clear();
        rows.getChildren().clear();
        showHint.setSelected(false);
        showQuestion.setSelected(getScene() == null || getScene().getHeight() >= TALL_ENOUGH);
        if (challenge == null) {
            return;
        }
        showWords();
        showHint.setVisible(challenge.hint().isPresent());
        showHint.setManaged(challenge.hint().isPresent());
        for (int i = 0; i < challenge.goal().size(); i++) {
            goalRows.add(new Row("challenge-goal-" + i));
        }
        goalRows.forEach(row -> rows.getChildren().add(row.box));
        if (!challenge.locks().isEmpty()) {
            rows.getChildren().add(lockRow.box);
        }
        update(null);
    }

    private void update(Progress now) {
        progress = now;
        Text words = text.now();
        boolean solved = progress != null && progress.solved();
        pseudoClassStateChanged(SOLVED, solved);
        badge.setText(words.get(solved ? "challenge.badgeSolved" : "challenge.badge"));
        count.setText(progress == null ? "" : words.get("challenge.count", progress.goalsMet(), progress.goal().size()));
        if (progress == null) {
            return;
        }
        for (int i = 0; i < goalRows.size(); i++) {
            Progress.GoalStatus status = progress.goal().get(i);
            goalRows.get(i).show(status.met() ? Row.State.MET : Row.State.NOT_MET,
                    ChallengeText.sentence(shown, i, words), ChallengeText.detail(status, words), words);
        }
        if (!progress.locks().isEmpty()) {
            lockRow.show(progress.locksKept() ? Row.State.KEPT : Row.State.BROKEN,
                    ChallengeText.locks(progress.locks(), words), ChallengeText.locksDetail(progress.locks(), words), words);
        }
    }

    /** One condition or lock: an icon for its state, what it asks, and the numbers now. */
    private static final class Row {

        enum State {
            MET("challenge.met"), NOT_MET("challenge.notMet"), KEPT("challenge.kept"), BROKEN("challenge.broken");

            final String spokenKey;
            final PseudoClass pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));

            State(String spokenKey) {
                this.spokenKey = spokenKey;
            }
        }

        final HBox box = new HBox();
        private final javafx.scene.text.Text sentence = new javafx.scene.text.Text();
        private final javafx.scene.text.Text detail = new javafx.scene.text.Text();

        Row(String id) {
            box.setId(id);
            box.getStyleClass().add("challenge-row");
            box.setAccessibleRole(AccessibleRole.TEXT);
            box.setAlignment(Pos.TOP_LEFT);
            Region icon = new Region();
            icon.getStyleClass().add("challenge-icon");
            sentence.getStyleClass().add("challenge-condition");
            detail.getStyleClass().add("challenge-detail");
            TextFlow text = new TextFlow(sentence, new javafx.scene.text.Text("   "), detail);
            text.getStyleClass().add("challenge-row-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            box.getChildren().addAll(icon, text);
        }

        void show(State state, String what, String numbers, Text words) {
            for (State each : State.values()) {
                box.pseudoClassStateChanged(each.pseudoClass, each == state);
            }
            sentence.setText(what);
            detail.setText(numbers);
            box.setAccessibleText(words.get("challenge.rowSpoken", words.get(state.spokenKey), what, numbers));
        }
    }
}
