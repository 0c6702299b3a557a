package org.divergence.tools;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Scale;

/**
 * Draws the application icon (two curves diverging from one point: warm mining falling, cool edge AI
 * rising) and writes assets/icons/divergence-N.png at every size the window uses.
 * Run from the project root with a display (Xvfb is fine):
 * {@code mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-cp %classpath org.divergence.tools.IconGenerator"}
 */
public final class IconGenerator {

    private static final double DESIGN = 512;
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "assets/icons");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("cannot create " + dir);
        }
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                for (int size : SIZES) {
                    write(size, new File(dir, "divergence-" + size + ".png"));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void write(int size, File file) throws IOException {
        Group icon = drawing(size);
        icon.getTransforms().add(new Scale(size / DESIGN, size / DESIGN));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image = new WritableImage(size, size);
        new Group(icon).snapshot(params, image);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        System.out.println("wrote " + file);
    }

    /** The icon on a 512 x 512 design grid; small sizes get thicker strokes so they stay legible. */
    private static Group drawing(int size) {
        double weight = size <= 32 ? 1.9 : size <= 64 ? 1.4 : 1.0;
        Rectangle tile = new Rectangle(16, 16, 480, 480);
        tile.setArcWidth(112);
        tile.setArcHeight(112);
        tile.setFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#25303d")), new Stop(1, Color.web("#141a22"))));

        // Start point left-middle; mining bends down to the right, edge AI bends up.
        CubicCurve mining = curve(96, 270, 230, 270, 300, 330, 420, 398, Color.web("#f08a24"), 46 * weight);
        CubicCurve edge = curve(96, 270, 230, 270, 300, 190, 420, 118, Color.web("#22b8bb"), 46 * weight);
        Circle origin = new Circle(96, 270, 34 * Math.min(weight, 1.5), Color.web("#f4f6f8"));
        return new Group(tile, mining, edge, origin);
    }

    private static CubicCurve curve(double x0, double y0, double cx1, double cy1, double cx2, double cy2,
                                    double x1, double y1, Color color, double width) {
        CubicCurve c = new CubicCurve(x0, y0, cx1, cy1, cx2, cy2, x1, y1);
        c.setFill(null);
        c.setStroke(color);
        c.setStrokeWidth(width);
        c.setStrokeLineCap(StrokeLineCap.ROUND);
        return c;
    }

    private IconGenerator() {}
}
