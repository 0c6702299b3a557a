package org.divergence.ui.charts;

/**
 * Where an open-ended value axis should end. Ranges are "nice" (1, 2, 2.5 or 5 times a power of ten)
 * and sticky: an axis only changes when the data leaves it or would fill less than half of the
 * fitted range, so small moves never make the axis jump.
 */
final class AxisScaling {

    private static final double[] NICE = {1, 2, 2.5, 5, 10};
    private static final double HEADROOM = 1.05;

    private AxisScaling() {}

    /** Smallest nice number at or above {@code value} (1 for anything not positive). */
    static double niceCeiling(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double m : NICE) {
            if (m * magnitude >= value * (1 - 1e-9)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The upper end for an axis from 0 that shows data up to {@code dataMax}, keeping {@code current} when it still fits well. */
    static double upper(double dataMax, double current) {
        double fitted = niceCeiling(dataMax * HEADROOM);
        boolean fits = dataMax <= current && fitted >= current / 2;
        return fits ? current : fitted;
    }

    /** About five labelled ticks from 0 to {@code upper}, at a nice spacing. */
    static double tickUnit(double upper) {
        return niceCeiling(upper / 5);
    }

    /** Decades [low, high] (powers of ten) covering the positive values in [min, max]; at least one decade. */
    static int[] decades(double min, double max) {
        if (!(min > 0) || !(max > 0)) {
            return new int[] {-3, 0};
        }
        int low = (int) Math.floor(Math.log10(min) + 1e-9);
        int high = (int) Math.ceil(Math.log10(max) - 1e-9);
        return new int[] {low, Math.max(high, low + 1)};
    }
}
