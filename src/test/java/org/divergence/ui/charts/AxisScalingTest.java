package org.divergence.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisScalingTest {

    @Test
    void niceCeilingPicksOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertThat(AxisScaling.niceCeiling(0.13)).isEqualTo(0.2);
        assertThat(AxisScaling.niceCeiling(0.21)).isEqualTo(0.25);
        assertThat(AxisScaling.niceCeiling(0.3)).isEqualTo(0.5);
        assertThat(AxisScaling.niceCeiling(23)).isEqualTo(25);
        assertThat(AxisScaling.niceCeiling(50)).isEqualTo(50);
        assertThat(AxisScaling.niceCeiling(51)).isEqualTo(100);
        assertThat(AxisScaling.niceCeiling(0)).isEqualTo(1);
        assertThat(AxisScaling.niceCeiling(Double.NaN)).isEqualTo(1);
    }

    @Test
    void anAxisKeepsItsRangeWhileTheDataStillFitItWell() {
        assertThat(AxisScaling.upper(0.12, 0.2)).isEqualTo(0.2);
        assertThat(AxisScaling.upper(0.19, 0.2)).isEqualTo(0.2);
        assertThat(AxisScaling.upper(0.21, 0.2)).isEqualTo(0.25);
        assertThat(AxisScaling.upper(0.47, 0.2)).isEqualTo(0.5);
        // Shrinks only when the fitted range would be less than half the current one.
        assertThat(AxisScaling.upper(0.09, 0.5)).isEqualTo(0.1);
        assertThat(AxisScaling.upper(0.2, 0.5)).isEqualTo(0.5);
    }

    @Test
    void ticksAreAboutFiveAndNice() {
        assertThat(AxisScaling.tickUnit(0.2)).isEqualTo(0.05);
        assertThat(AxisScaling.tickUnit(25)).isEqualTo(5);
        assertThat(AxisScaling.tickUnit(100)).isEqualTo(20);
    }

    @Test
    void decadesCoverThePositiveValues() {
        assertThat(AxisScaling.decades(0.00093, 0.2)).containsExactly(-4, 0);
        assertThat(AxisScaling.decades(0.001, 0.1)).containsExactly(-3, -1);
        assertThat(AxisScaling.decades(0.05, 0.05)).containsExactly(-2, -1);
        assertThat(AxisScaling.decades(0, 0)).containsExactly(-3, 0);
    }

    @Test
    void hoverDatesNameQuarters() {
        assertThat(HoverReadout.date(2035.0)).isEqualTo("2035");
        assertThat(HoverReadout.date(2035.25)).isEqualTo("2035 Q2");
        assertThat(HoverReadout.date(2035.75)).isEqualTo("2035 Q4");
        assertThat(HoverReadout.date(2035.0 + 1.0 / 12)).isEqualTo("2035.08");
    }
}
