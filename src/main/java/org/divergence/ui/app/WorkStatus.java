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
 * Background work at the right of the menu bar: what runs, how far it is, and a way to stop it. It
 * shows only work that takes a noticeable time, so saving a small file never makes the window
 * flicker. Its place is kept while nothing runs: a status line that came and went under the charts
 * with the uncertainty bands' work moved every chart up and down, and made rows of charts change
 * their columns, while a lever was used (docs/BENCHMARKS.md, "Painted frames").
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
        // The title gives way first when the row is short of room: the menus keep theirs.
        title.setMinWidth(0);
        progress.setPrefWidth(140);
        stop.getStyleClass().add("small");
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
        showContents(false);
        delay.setOnFinished(e -> showOldest());
        work.jobs().addListener((ListChangeListener<Job>) change -> {
            if (work.jobs().isEmpty()) {
                hideStatus();
            } else if (isShowingWork()) {
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
        showContents(true);
        stop.setVisible(shown.isStoppable());
        stop.setManaged(shown.isStoppable());
    }

    /** True while work is shown. */
    private boolean isShowingWork() {
        return title.isVisible();
    }

    /**
     * Idle, it takes no room in the menu bar's row; shown, no more height than the menus (app.css), so
     * the row, and everything under it, stays where it is.
     */
    private void showContents(boolean now) {
        for (javafx.scene.Node part : getChildren()) {
            part.setVisible(now);
            part.setManaged(now);
        }
    }

    private void hideStatus() {
        delay.stop();
        shown = null;
        title.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setProgress(0);
        showContents(false);
    }
}
