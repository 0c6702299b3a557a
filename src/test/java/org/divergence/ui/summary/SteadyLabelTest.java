package org.divergence.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The summary sentence keeps the height its longest text needed, so the charts above it stay put. */
class SteadyLabelTest {

    private static final String SHORT = "Mining index 32.";
    private static final String LONG = "In 2035 the mining index is 32, 6 points below the baseline, and the edge-AI index"
            + " is 41, 3 points above it: the two paths have crossed in 2031.";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void growsWithItsTextAndDoesNotShrinkBackAtTheSameWidthAndFont() throws Exception {
        onFx(() -> {
            SteadyLabel label = new SteadyLabel();
            label.setWrapText(true);
            new Scene(new StackPane(label));
            label.setText(SHORT);
            label.applyCss();
            double oneLine = label.prefHeight(300);
            label.setText(LONG);
            double long300 = label.prefHeight(300);
            assertThat(long300).as("the long sentence wraps").isGreaterThan(oneLine);

            label.setText(SHORT);
            assertThat(label.prefHeight(300)).as("shorter again, same width").isEqualTo(long300);
            assertThat(label.prefHeight(5000)).as("at another width, its own height").isEqualTo(oneLine);

            label.setFont(Font.font(label.getFont().getFamily(), 2 * label.getFont().getSize()));
            assertThat(label.prefHeight(300)).as("another text size starts again").isLessThan(long300);
            return null;
        });
    }

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
    }
}
