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
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.divergence.challenge.Challenge;
import org.divergence.challenge.Progress;

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
    private final ToggleButton showHint = new ToggleButton(ChallengeText.HINT_SHOW);
    private final ToggleButton showQuestion = new ToggleButton(ChallengeText.QUESTION_SHOW);
    private final VBox rows = new VBox();
    private final List<Row> goalRows = new ArrayList<>();
    private final Row lockRow = new Row("challenge-locks");

    ChallengePanel(ChallengeFeature challenges) {
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
        showHint.setAccessibleText(ChallengeText.HINT_SPOKEN);
        showHint.setTooltip(new Tooltip(ChallengeText.HINT_TIP));
        showHint.setMinWidth(Region.USE_PREF_SIZE);
        showHint.textProperty().bind(showHint.selectedProperty().map(on -> on ? ChallengeText.HINT_HIDE : ChallengeText.HINT_SHOW));
        Button close = new Button();
        Region cross = new Region();
        cross.getStyleClass().add("challenge-close-icon");
        close.setGraphic(cross);
        close.setId("challenge-close");
        close.getStyleClass().addAll("flat", "challenge-close");
        close.setAccessibleText(ChallengeText.CLOSE_SPOKEN);
        close.setTooltip(new Tooltip(ChallengeText.CLOSE_TIP));
        close.setOnAction(e -> challenges.close());
        showQuestion.setId("challenge-question-toggle");
        showQuestion.getStyleClass().addAll("flat", "challenge-toggle");
        showQuestion.setAccessibleText(ChallengeText.QUESTION_SPOKEN);
        showQuestion.setTooltip(new Tooltip(ChallengeText.QUESTION_TIP));
        showQuestion.setMinWidth(Region.USE_PREF_SIZE);
        showQuestion.textProperty().bind(showQuestion.selectedProperty()
                .map(on -> on ? ChallengeText.QUESTION_HIDE : ChallengeText.QUESTION_SHOW));
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
    }

    /** A new challenge: its words, and one row for each condition and lock (filled by {@link #update}). */
    private void show(Challenge challenge) {
        goalRows.clear();
        rows.getChildren().clear();
        showHint.setSelected(false);
        showQuestion.setSelected(getScene() == null || getScene().getHeight() >= TALL_ENOUGH);
        if (challenge == null) {
            return;
        }
        title.setText(challenge.title());
        question.setText(challenge.question());
        hint.setText(challenge.hint().orElse(""));
        showHint.setVisible(challenge.hint().isPresent());
        showHint.setManaged(challenge.hint().isPresent());
        setAccessibleText(ChallengeText.format(ChallengeText.PANEL_SPOKEN, challenge.title(), challenge.question()));
        for (int i = 0; i < challenge.goal().size(); i++) {
            goalRows.add(new Row("challenge-goal-" + i));
        }
        goalRows.forEach(row -> rows.getChildren().add(row.box));
        if (!challenge.locks().isEmpty()) {
            rows.getChildren().add(lockRow.box);
        }
        update(null);
    }

    private void update(Progress progress) {
        boolean solved = progress != null && progress.solved();
        pseudoClassStateChanged(SOLVED, solved);
        badge.setText(solved ? ChallengeText.BADGE_SOLVED : ChallengeText.BADGE);
        count.setText(progress == null ? ""
                : ChallengeText.format(ChallengeText.COUNT, progress.goalsMet(), progress.goal().size()));
        if (progress == null) {
            return;
        }
        for (int i = 0; i < goalRows.size(); i++) {
            Progress.GoalStatus status = progress.goal().get(i);
            goalRows.get(i).show(status.met() ? Row.State.MET : Row.State.NOT_MET,
                    ChallengeText.sentence(status.condition()), ChallengeText.detail(status));
        }
        if (!progress.locks().isEmpty()) {
            lockRow.show(progress.locksKept() ? Row.State.KEPT : Row.State.BROKEN,
                    ChallengeText.locks(progress.locks()), ChallengeText.locksDetail(progress.locks()));
        }
    }

    /** One condition or lock: an icon for its state, what it asks, and the numbers now. */
    private static final class Row {

        enum State {
            MET(ChallengeText.MET), NOT_MET(ChallengeText.NOT_MET), KEPT(ChallengeText.KEPT), BROKEN(ChallengeText.BROKEN);

            final String spoken;
            final PseudoClass pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));

            State(String spoken) {
                this.spoken = spoken;
            }
        }

        final HBox box = new HBox();
        private final Text sentence = new Text();
        private final Text detail = new Text();

        Row(String id) {
            box.setId(id);
            box.getStyleClass().add("challenge-row");
            box.setAccessibleRole(AccessibleRole.TEXT);
            box.setAlignment(Pos.TOP_LEFT);
            Region icon = new Region();
            icon.getStyleClass().add("challenge-icon");
            sentence.getStyleClass().add("challenge-condition");
            detail.getStyleClass().add("challenge-detail");
            TextFlow text = new TextFlow(sentence, new Text("   "), detail);
            text.getStyleClass().add("challenge-row-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            box.getChildren().addAll(icon, text);
        }

        void show(State state, String what, String numbers) {
            for (State each : State.values()) {
                box.pseudoClassStateChanged(each.pseudoClass, each == state);
            }
            sentence.setText(what);
            detail.setText(numbers);
            box.setAccessibleText(ChallengeText.format(ChallengeText.ROW_SPOKEN, state.spoken, what, numbers));
        }
    }
}
