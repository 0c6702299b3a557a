package org.divergence.figure;

/**
 * A chart's value axis: its label (with the unit) and how its range is chosen.
 *
 * @param fixedUpper for {@link Policy#FIXED}: the upper end (the lower is 0)
 * @param fixedTick  for {@link Policy#FIXED}: the tick spacing
 */
public record AxisSpec(String label, Policy policy, double fixedUpper, double fixedTick) {

    /** How the range is chosen. */
    public enum Policy {
        /** 0 to a fixed upper end (an index 0-100, a share in percent). */
        FIXED,
        /** From 0 to a "nice" number above the data (1, 2, 2.5 or 5 times a power of ten). */
        FROM_ZERO,
        /** As {@link #FROM_ZERO}, with whole-number ticks (operators, people). */
        FROM_ZERO_WHOLE,
        /** Logarithmic, in whole decades covering the data. */
        DECADES
    }

    public static AxisSpec fixed(String label, double upper, double tick) {
        return new AxisSpec(label, Policy.FIXED, upper, tick);
    }

    public static AxisSpec fromZero(String label) {
        return new AxisSpec(label, Policy.FROM_ZERO, Double.NaN, Double.NaN);
    }

    public static AxisSpec fromZeroWhole(String label) {
        return new AxisSpec(label, Policy.FROM_ZERO_WHOLE, Double.NaN, Double.NaN);
    }

    public static AxisSpec decades(String label) {
        return new AxisSpec(label, Policy.DECADES, Double.NaN, Double.NaN);
    }

    public boolean isLog() {
        return policy == Policy.DECADES;
    }
}
