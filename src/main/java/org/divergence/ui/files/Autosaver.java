package org.divergence.ui.files;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Asks the document controller to autosave every interval. The snapshot is taken on the FX thread
 * (a few microseconds); the writing happens on the controller's background executor.
 */
public final class Autosaver {

    public static final Duration DEFAULT_INTERVAL = Duration.seconds(30);

    private final Timeline timeline;

    public Autosaver(DocumentController documents, Duration interval) {
        timeline = new Timeline(new KeyFrame(interval, e -> documents.autosave()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() { timeline.play(); }

    public void stop() { timeline.stop(); }
}
