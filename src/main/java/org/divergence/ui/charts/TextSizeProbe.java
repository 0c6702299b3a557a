package org.divergence.ui.charts;

import javafx.scene.control.Label;

/**
 * An unseen label that CSS gives the window's text size (charts.css, {@code .chart-text-size}): what a
 * chart or drawing sizes its text by (em), with a call whenever that changes.
 */
final class TextSizeProbe {

    private TextSizeProbe() {}

    /** The probe, to be added to the view's children; {@code changed} runs when the text size does. */
    static Label following(Runnable changed) {
        Label probe = new Label();
        probe.getStyleClass().add("chart-text-size");
        probe.setManaged(false);
        probe.setVisible(false);
        probe.fontProperty().addListener((obs, old, now) -> changed.run());
        return probe;
    }
}
