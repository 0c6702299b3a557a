package org.divergence;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;

import org.divergence.cli.CommandLine;
import org.divergence.ui.app.DivergenceApp;

/**
 * Entry point of target/divergence.jar. It does not extend {@link Application}: the JavaFX launcher
 * refuses to start an Application subclass as the main class of a plain class-path jar.
 *
 * <p>Arguments starting with an option ("--csv ...") run the command line, which never starts JavaFX
 * and so needs no display; anything else (nothing, or a scenario file to open) starts the window,
 * in a JVM with a small heap when the jar was started plainly ({@link WindowJvm}).
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (CommandLine.isCommandLine(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        Optional<List<String>> smallHeap = WindowJvm.childCommand(args);
        if (smallHeap.isPresent()) {
            try {
                System.exit(WindowJvm.run(smallHeap.get()));
            } catch (IOException e) {
                System.err.println("Could not start the window in a JVM with a small heap (" + e.getMessage()
                        + "); running it in this one.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(1);
            }
        }
        Application.launch(DivergenceApp.class, args);
    }
}
