package org.divergence.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import javafx.scene.image.Image;

/** The application's name, version (from the pom, via a filtered resource) and icons. */
public final class AppInfo {

    public static final String NAME = "Divergence";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppInfo() {}

    /** The pom's version, e.g. "0.1.0". */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in == null) {
                throw new IllegalStateException("app.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The window icon at every size in assets/icons, so each platform picks the one it needs. */
    public static List<Image> icons() {
        return java.util.Arrays.stream(ICON_SIZES).mapToObj(AppInfo::icon).toList();
    }

    public static Image icon(int size) {
        String path = "/assets/icons/divergence-" + size + ".png";
        if (AppInfo.class.getResource(path) == null) {
            throw new IllegalStateException(path + " is missing from the build");
        }
        return new Image(path);
    }
}
