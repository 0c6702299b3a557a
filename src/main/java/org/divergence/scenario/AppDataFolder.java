package org.divergence.scenario;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Divergence keeps its own files (autosaves, the recent-files list): the platform's usual
 * per-user application-data folder. Tests and portable installs point it elsewhere with
 * {@code -Ddivergence.dataDir=FOLDER}.
 */
public final class AppDataFolder {

    public static final String OVERRIDE_PROPERTY = "divergence.dataDir";
    private static final String APP = "Divergence";

    private AppDataFolder() {}

    /** The folder for this user on this machine (not created here). */
    public static Path get() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getProperty("os.name", ""),
                System.getenv(), System.getProperty("user.home"));
    }

    /** The rule itself, with every input explicit so each platform can be tested anywhere. */
    static Path resolve(String override, String osName, Map<String, String> env, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, APP)
                    : Path.of(userHome, "AppData", "Roaming", APP);
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP);
        }
        // Linux and other Unix: the XDG base directory specification, lower-case by convention.
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "divergence");
        }
        return Path.of(userHome, ".local", "share", "divergence");
    }
}
