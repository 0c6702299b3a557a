package org.divergence.launcher;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import javafx.application.Application;

import org.divergence.cli.CommandLine;
import org.divergence.ui.app.DivergenceApp;
import org.divergence.ui.app.WarmUp;

/**
 * Entry point of target/divergence.jar. It does not extend {@link Application}: the JavaFX launcher
 * refuses to start an Application subclass as the main class of a plain class-path jar.
 *
 * <p>Arguments starting with an option ("--csv ...") run the command line, which never starts JavaFX
 * and so needs no display; anything else (nothing, or a scenario file to open) starts the window,
 * in a JVM with a small heap when the jar was started plainly ({@link WindowJvm}). With no desktop
 * to show the window on it says so in one line and exits with {@link CommandLine#NO_DESKTOP}
 * ({@link NoDesktop}).
 */
public final class Launcher {

    /**
     * JavaFX's "javafx" logger, held so that its filter stays: JUL keeps loggers only weakly, and a
     * collected logger would come back without it. Set only on the way to the window, so the command
     * line does not start JUL.
     */
    private static Logger javafxLog;

    private Launcher() {}

    public static void main(String[] args) {
        if (CommandLine.isCommandLine(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        // Checked before the small-heap relaunch, so that this JVM says it and no second JVM starts.
        if (NoDesktop.certain(System.getenv(), System.getProperty("os.name"), System.getProperties())) {
            noDesktop();
        }
        Optional<WindowJvm> smallHeap = WindowJvm.forThisJvm(args);
        if (smallHeap.isPresent()) {
            try {
                System.exit(smallHeap.get().run());
            } catch (IOException e) {
                System.err.println("Could not start the window in a JVM with a small heap (" + e.getMessage()
                        + "); running it in this one.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(1);
            }
        }
        // A class-path jar always gets JavaFX's two-line "Unsupported JavaFX configuration" warning,
        // which tells a user nothing they can act on (the jar is built that way on purpose, see above)
        // and would come before the one line of a display failure. Only that record is dropped.
        WarmUp.start();
        javafxLog = Logger.getLogger("javafx");
        javafxLog.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            Application.launch(DivergenceApp.class, args);
        } catch (RuntimeException e) {
            // DISPLAY is set but cannot be opened: no X server there (a stale value), or not allowed in.
            if (NoDesktop.isDisplayFailure(e)) {
                noDesktop();
            }
            throw e;
        }
    }

    private static void noDesktop() {
        System.err.println(NoDesktop.MESSAGE);
        System.exit(CommandLine.NO_DESKTOP);
    }
}
