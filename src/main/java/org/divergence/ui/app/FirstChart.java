package org.divergence.ui.app;

import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import org.divergence.ui.charts.ChartView;

/**
 * Notices when the first chart has been painted, for measuring a start-up from inside and for the
 * training run that builds the packaged app's class-data archive. With
 * {@code -Ddivergence.firstChart=print} the app prints "first chart painted N ms after the JVM
 * started" on stderr; with {@code =exit} it also quits then.
 */
final class FirstChart {

    static final String PROPERTY = "divergence.firstChart";

    private FirstChart() {}

    /** Watches the scene when the property asks for it; otherwise does nothing. */
    static void watch(Scene scene) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("print") && !mode.equals("exit")) {
            return;
        }
        new AnimationTimer() {
            private boolean drawn;

            @Override
            public void handle(long now) {
                if (drawn) {
                    // This pulse began after the one that drew the chart had been rendered.
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.err.println("first chart painted " + ms + " ms after the JVM started");
                    if (mode.equals("exit")) {
                        Platform.exit();
                    }
                    return;
                }
                ChartView headline = (ChartView) scene.lookup("#chart-headline");
                drawn = headline != null && headline.rendering().isPresent();
                if (!drawn) {
                    Platform.requestNextPulse();
                }
            }
        }.start();
    }
}
