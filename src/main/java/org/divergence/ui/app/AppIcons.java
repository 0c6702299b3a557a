package org.divergence.ui.app;

import java.util.Arrays;
import java.util.List;

import javafx.scene.image.Image;

/**
 * The application's icons for the window. Name and version live in {@link org.divergence.AppInfo},
 * which the command line shares and which needs no JavaFX.
 */
public final class AppIcons {

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppIcons() {}

    /**
     * Starts decoding the icons on a thread of their own (the toolkit must be running). Decoding the
     * seven PNGs took the FX thread about a tenth of its work up to the first chart (JFR,
     * docs/BENCHMARKS.md "Packaged app"); this way they are decoded on the other core while the FX
     * thread builds the window, which then finds them ready (or waits for the rest: one decoding).
     */
    public static void decodeInBackground() {
        Thread thread = new Thread(() -> Decoded.ALL.size(), "divergence-icons");
        thread.setDaemon(true);
        thread.start();
    }

    /** The window icon at every size in assets/icons, so each platform picks the one it needs. */
    public static List<Image> icons() {
        return Decoded.ALL;
    }

    public static Image icon(int size) {
        int i = Arrays.stream(ICON_SIZES).boxed().toList().indexOf(size);
        if (i < 0) {
            throw new IllegalArgumentException("no icon of " + size + " px; sizes: " + Arrays.toString(ICON_SIZES));
        }
        return Decoded.ALL.get(i);
    }

    /** Decoded once, when first asked for (an Image is immutable: every window shares them). */
    private static final class Decoded {
        static final List<Image> ALL = Arrays.stream(ICON_SIZES).mapToObj(AppIcons::decode).toList();
    }

    private static Image decode(int size) {
        String path = "/assets/icons/divergence-" + size + ".png";
        if (AppIcons.class.getResource(path) == null) {
            throw new IllegalStateException(path + " is missing from the build");
        }
        return new Image(path);
    }
}
