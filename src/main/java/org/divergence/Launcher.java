package org.divergence;

import javafx.application.Application;

import org.divergence.ui.DivergenceApp;

/**
 * Entry point of target/divergence.jar. It does not extend {@link Application}: the JavaFX launcher
 * refuses to start an Application subclass as the main class of a plain class-path jar.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(DivergenceApp.class, args);
    }
}
