package org.divergence;

import org.divergence.cli.CommandLine;

/**
 * The jar's entry point. It does not extend Application, so the shaded jar starts without the
 * JavaFX launcher checks, and a command-line run never touches JavaFX or needs a display.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (CommandLine.isCommandLine(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        // The window arrives with the UI branch; until then the jar is command-line only.
        System.exit(CommandLine.run(new String[] {"--help"}, System.out, System.err));
    }
}
