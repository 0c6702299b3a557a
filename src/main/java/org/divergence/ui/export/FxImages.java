package org.divergence.ui.export;

import java.awt.image.BufferedImage;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A Java2D image as a JavaFX image (without javafx-swing, for one copy of the pixels). */
final class FxImages {

    private FxImages() {}

    static WritableImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
