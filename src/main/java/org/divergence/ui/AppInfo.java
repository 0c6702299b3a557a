package org.divergence.ui;

import java.util.List;

import javafx.scene.image.Image;

/**
 * The application's name and version for the window, plus its icons. Name and version come from
 * {@link org.divergence.AppInfo}, which the command line shares and which needs no JavaFX.
 */
public final class AppInfo {

    public static final String NAME = org.divergence.AppInfo.NAME;
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppInfo() {}

    /** The pom's version, e.g. "0.1.0". */
    public static String version() {
        return org.divergence.AppInfo.version();
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
