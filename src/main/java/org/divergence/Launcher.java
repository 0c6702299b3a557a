package org.divergence;

import javafx.application.Application;

import org.divergence.cli.CommandLine;
import org.divergence.ui.DivergenceApp;

/**
 * Entry point of target/divergence.jar. It does not extend {@link Application}: the JavaFX launcher
 * refuses to start an Application subclass as the main class of a plain class-path jar.
 *
 * <p>Arguments starting with an option ("--csv ...") run the command line, which never starts JavaFX
 * and so needs no display; anything else (nothing, or a scenario file to open) starts the window.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (CommandLine.isCommandLine(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        Application.launch(DivergenceApp.class, args);
    }
}
