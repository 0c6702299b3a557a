package org.divergence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.divergence.model.DivergenceModel;
import org.divergence.scenario.ScenarioFormat;

/** The application's name and versions, for --version, the About box and file metadata. */
public final class AppInfo {

    public static final String NAME = "Divergence";
    private static final String VERSION = readVersion();

    private AppInfo() {}

    /** The release version from the build (app.properties), or "development" when run from an IDE without Maven. */
    public static String version() {
        return VERSION;
    }

    /** "Divergence 0.1.0 (model 1.0, scenario format 2)". */
    public static String versionLine() {
        return NAME + " " + VERSION + " (model " + DivergenceModel.VERSION
                + ", scenario format " + ScenarioFormat.CURRENT_VERSION + ")";
    }

    private static String readVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            return "development";
        }
    }
}
