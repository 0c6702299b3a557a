package org.divergence.ui.app;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.WindowText;
import org.divergence.ui.explorer.Job;

/**
 * A status line for background work: what runs, how far it is, and a way to stop it. It appears only
 * for work that takes a noticeable time, so saving a small file never makes the window flicker.
 */
final class WorkStatus extends HBox {

    /** Work shorter than this is never shown. */
    private static final Duration SHOW_AFTER = Duration.millis(400);

    private final BackgroundWork work;
    private final WindowText text;
    private final Label title = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button stop = new Button();
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);
    private Job shown;

    WorkStatus(BackgroundWork work, WindowText text) {
        this.work = work;
        this.text = text;
        stop.textProperty().bind(text.get("status.stop"));
        getStyleClass().add("work-status");
        setId("work-status");
        setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("work-status-title");
        progress.setPrefWidth(180);
        // Not indeterminate until a job says so: an idle bar must not animate.
        progress.setProgress(0);
        stop.setId("work-status-stop");
        stop.accessibleTextProperty().bind(text.get("status.stopName"));
        stop.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
        getChildren().addAll(progress, title, stop);
        setVisible(false);
        setManaged(false);
        delay.setOnFinished(e -> showOldest());
        work.jobs().addListener((ListChangeListener<Job>) change -> {
            if (work.jobs().isEmpty()) {
                hideStatus();
            } else if (isVisible()) {
                showOldest();
            } else {
                delay.playFromStart();
            }
        });
    }

    private void showOldest() {
        if (work.jobs().isEmpty()) {
            hideStatus();
            return;
        }
        shown = work.jobs().get(0);
        Job job = shown;
        title.textProperty().bind(text.of(() -> job.messageProperty().get().isEmpty() ? job.title()
                : text.now().get("status.titleAndMessage", job.title(), job.messageProperty().get()), job.messageProperty()));
        progress.progressProperty().bind(shown.progressProperty());
        stop.setVisible(shown.isStoppable());
        stop.setManaged(shown.isStoppable());
        setVisible(true);
        setManaged(true);
    }

    private void hideStatus() {
        delay.stop();
        shown = null;
        title.textProperty().unbind();
        progress.progressProperty().unbind();
        setVisible(false);
        setManaged(false);
    }
}
