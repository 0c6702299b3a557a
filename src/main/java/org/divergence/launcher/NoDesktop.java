package org.divergence.launcher;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The window needs a desktop; without one the user gets one line that says so and how to run
 * headless, and exit code {@link org.divergence.cli.CommandLine#NO_DESKTOP}, instead of JavaFX's
 * 15-line stack trace ending in "Unable to open DISPLAY".
 *
 * <p>Decided from explicit arguments, not from the running JVM, so the rules can be tested on any
 * platform.
 */
final class NoDesktop {

    /** What the user sees; one line on stderr, the same whether no display is set or it cannot be opened. */
    static final String MESSAGE = "divergence: the window needs a desktop and there is none (no reachable DISPLAY or"
            + " WAYLAND_DISPLAY); run headless with options instead, e.g. java -jar divergence.jar --csv out.csv"
            + " (all options: --help)";

    /** What glass (JavaFX's GTK backend) throws when it cannot connect to the X server. */
    private static final String GLASS_DISPLAY_FAILURE = "Unable to open DISPLAY";

    private NoDesktop() {}

    /**
     * True only when it is certain that no window can be shown: on Linux and other Unix systems
     * (not macOS or Windows, which have no DISPLAY variable and show windows without one) when neither
     * {@code DISPLAY} nor {@code WAYLAND_DISPLAY} is set and nobody chose another glass platform with
     * {@code -Dglass.platform} (Monocle runs headless on purpose, as in the tests). Anything less
     * certain is left to JavaFX, whose failure {@link #isDisplayFailure} recognises.
     */
    static boolean certain(Map<String, String> environment, String osName, Properties systemProperties) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return false;
        }
        if (!blank(systemProperties.getProperty("glass.platform"))) {
            return false;
        }
        return blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"));
    }

    /**
     * True when {@code Application.launch} failed because the display could not be opened (DISPLAY
     * set but no X server there, or not allowed in). Matched narrowly so that a real bug still shows
     * its stack trace.
     */
    static boolean isDisplayFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null
                    && t.getMessage().contains(GLASS_DISPLAY_FAILURE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
