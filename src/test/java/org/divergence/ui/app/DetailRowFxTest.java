package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

import org.divergence.figure.ChartSpec;
import org.divergence.figure.Charts;

/** The mining row's five charts: as many side by side as are readable, the rest a button away. */
class DetailRowFxTest extends SharedWindowTest {

    private static final PseudoClass IN_VIEW = PseudoClass.getPseudoClass("in-view");

    private List<String> visibleCharts() {
        return TestWindow.onFx(() -> Charts.MINING_DETAIL.stream().map(ChartSpec::id)
                .filter(id -> stage.getScene().lookup("#chart-" + id).isVisible()).toList());
    }

    private ToggleButton button(String id) {
        return (ToggleButton) TestWindow.onFx(() -> stage.getScene().lookup("#show-" + id));
    }

    private boolean inView(String id) {
        return TestWindow.onFx(() -> button(id).getPseudoClassStates().contains(IN_VIEW));
    }

    /**
     * Presses a chooser button. (Fired, not clicked: the content is laid out at a size other than the
     * test window's, and the next pulse lays it out at the window's size again.)
     */
    private void press(String id) {
        robot.interact(() -> button(id).fire());
    }

    @Test
    void aWideWindowShowsSeveralChartsAndTheButtonsSayWhich() {
        shared.layOutAt(1440, 900);
        List<String> shown = visibleCharts();
        assertThat(shown).hasSizeBetween(2, 4).startsWith(Charts.MINING_SHARES.id());
        for (ChartSpec spec : Charts.MINING_DETAIL) {
            assertThat(inView(spec.id())).as(spec.id()).isEqualTo(shown.contains(spec.id()));
        }

        press(Charts.POOLS.id());
        shared.layOutAt(1440, 900);
        List<String> now = visibleCharts();
        assertThat(now).hasSize(shown.size()).endsWith(Charts.POOLS.id()).doesNotContain(Charts.MINING_SHARES.id());
        assertThat(TestWindow.onFx(() -> button(Charts.POOLS.id()).isSelected())).isTrue();
        assertThat(inView(Charts.POOLS.id())).isTrue();
        assertThat(inView(Charts.MINING_SHARES.id())).isFalse();

        // A smaller window: fewer side by side, the chart chosen stays in view.
        shared.layOutAt(1024, 700);
        List<String> small = visibleCharts();
        assertThat(small).hasSizeLessThanOrEqualTo(now.size()).endsWith(Charts.POOLS.id());
        press(Charts.MINING_SHARES.id());
        shared.layOutAt(1024, 700);
        assertThat(visibleCharts()).hasSize(small.size()).startsWith(Charts.MINING_SHARES.id());
    }
}
