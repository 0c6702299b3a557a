package org.divergence.ui.app;

import java.util.List;

import javafx.scene.image.Image;

/**
 * The application's icons for the window. Name and version live in {@link org.divergence.AppInfo},
 * which the command line shares and which needs no JavaFX.
 */
public final class AppIcons {

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppIcons() {}

    /** The window icon at every size in assets/icons, so each platform picks the one it needs. */
    public static List<Image> icons() {
        return java.util.Arrays.stream(ICON_SIZES).mapToObj(AppIcons::icon).toList();
    }

    public static Image icon(int size) {
        String path = "/assets/icons/divergence-" + size + ".png";
        if (AppIcons.class.getResource(path) == null) {
            throw new IllegalStateException(path + " is missing from the build");
        }
        return new Image(path);
    }
}
