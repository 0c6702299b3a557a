package org.divergence.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An axis's range and tick spacing, and the rules that choose them: "nice" ends (1, 2, 2.5 or 5 times
 * a power of ten), whole decades on a log axis, and year ticks every 1, 2 or 5 years.
 *
 * @param tick the spacing of labelled ticks (linear axes), or 1 decade (log axes)
 */
public record Scale(double lower, double upper, double tick, boolean log) {

    private static final double[] NICE = {1, 2, 2.5, 5, 10};
    private static final double HEADROOM = 1.05;

    public Scale {
        if (!(upper > lower) || (log && !(lower > 0))) {
            throw new IllegalArgumentException("not an axis range: " + lower + " to " + upper);
        }
    }

    /** The year axis of a horizon: every 1, 2 or 5 years depending on its length. */
    public static Scale years(double first, double last) {
        double span = Math.max(last - first, 1e-9);
        return new Scale(first, Math.max(last, first + 1e-9), span <= 6 ? 1 : span <= 12 ? 2 : 5, false);
    }

    /**
     * The value axis for data between {@code min} and {@code max}, by the axis's policy. {@code zoom}
     * asks a fixed axis to fit the data instead (the axis label then says so).
     */
    public static Scale fit(AxisSpec axis, double min, double max, boolean zoom) {
        return switch (axis.policy()) {
            case FIXED -> zoom ? zoomed(min, max, axis.fixedUpper()) : new Scale(0, axis.fixedUpper(), axis.fixedTick(), false);
            case FROM_ZERO -> fromZero(max, false);
            case FROM_ZERO_WHOLE -> fromZero(Math.max(max, 4), true);
            case DECADES -> decades(min, max);
        };
    }

    /**
     * While a lever is dragged an axis may grow to keep the data in view, but never shrinks, so any
     * motion is the data's: the union of the two ranges.
     */
    public Scale grownToInclude(Scale fitted) {
        if (log != fitted.log) {
            return fitted;
        }
        if (log) {
            return new Scale(Math.min(lower, fitted.lower), Math.max(upper, fitted.upper), 1, true);
        }
        if (fitted.lower >= lower && fitted.upper <= upper) {
            return this;
        }
        double lo = Math.min(lower, fitted.lower);
        double hi = Math.max(upper, fitted.upper);
        return new Scale(lo, hi, Math.max(tick, fitted.tick), false);
    }

    /** Where a value falls along the axis, 0 at the lower end and 1 at the upper. */
    public double fraction(double value) {
        if (log) {
            return (Math.log10(Math.max(value, Double.MIN_NORMAL)) - Math.log10(lower))
                    / (Math.log10(upper) - Math.log10(lower));
        }
        return (value - lower) / (upper - lower);
    }

    /** The value at a fraction of the axis. */
    public double valueAt(double fraction) {
        if (log) {
            return Math.pow(10, Math.log10(lower) + fraction * (Math.log10(upper) - Math.log10(lower)));
        }
        return lower + fraction * (upper - lower);
    }

    /** Multiples of the tick from the lower end (each computed afresh, no running sum), and the upper end. */
    public double[] gridValues() {
        if (log) {
            int lo = (int) Math.round(Math.log10(lower));
            int hi = (int) Math.round(Math.log10(upper));
            double[] v = new double[hi - lo + 1];
            for (int d = lo; d <= hi; d++) {
                v[d - lo] = Math.pow(10, d);
            }
            return v;
        }
        double tolerance = 1e-9 * (upper - lower);
        int n = 0;
        while (lower + n * tick < upper - tolerance && n < 1_000) {
            n++;
        }
        double[] v = new double[n + 1];
        for (int i = 0; i < n; i++) {
            v[i] = lower + i * tick;
        }
        v[n] = upper;
        return v;
    }

    /** The faint ticks between labelled ones: 2..9 times each decade on a log axis, {@code count} parts otherwise. */
    public double[] minorValues(int count) {
        java.util.List<Double> marks = new java.util.ArrayList<>();
        if (log) {
            for (int d = (int) Math.round(Math.log10(lower)); d < (int) Math.round(Math.log10(upper)); d++) {
                for (int m = 2; m <= 9; m++) {
                    marks.add(m * Math.pow(10, d));
                }
            }
        } else {
            double minor = tick / count;
            for (int i = 1; lower + i * minor < upper - 1e-9 * (upper - lower) && i < 10_000; i++) {
                if (i % count != 0) {
                    marks.add(lower + i * minor);
                }
            }
        }
        return marks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A tick's label: as many decimals as the tick spacing has (0.05, 0.10); a power of ten written out on a log axis. */
    public String label(double value) {
        if (log) {
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
        int decimals = Math.max(0, new BigDecimal(Double.toString(tick)).stripTrailingZeros().scale());
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A year's label. */
    public static String yearLabel(double year) {
        return String.format(Locale.ROOT, "%.0f", year);
    }

    // --- the rules -----------------------------------------------------------------------------

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

    /** About five labelled ticks from 0 to {@code upper}, at a nice spacing. */
    static double tickUnit(double upper) {
        return niceCeiling(upper / 5);
    }

    private static Scale fromZero(double max, boolean whole) {
        double upper = niceCeiling(max * HEADROOM);
        double tick = tickUnit(upper);
        return new Scale(0, upper, whole ? Math.max(1, Math.ceil(tick)) : tick, false);
    }

    /**
     * A linear axis with nice ends just outside [min, max], negative values allowed: the tornado's
     * outcome axis and the regime map's colour scale.
     */
    public static Scale around(double min, double max) {
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            double centre = Double.isFinite(min) ? min : 0;
            double half = Math.max(1e-9, Math.abs(centre) * 0.05);
            return around(centre - half, centre + half);
        }
        double tick = niceCeiling(span / 5);
        return new Scale(Math.floor(min / tick) * tick, Math.ceil(max / tick) * tick, tick, false);
    }

    /** Whole decades covering the positive values in [min, max]; at least one decade. */
    private static Scale decades(double min, double max) {
        if (!(min > 0) || !(max > 0)) {
            return new Scale(1e-3, 1, 1, true);
        }
        int low = (int) Math.floor(Math.log10(min) + 1e-9);
        int high = (int) Math.ceil(Math.log10(max) - 1e-9);
        return new Scale(Math.pow(10, low), Math.pow(10, Math.max(high, low + 1)), 1, true);
    }

    /** A fixed axis fitted to its data: nice ends a little outside the data, inside 0..limit. */
    private static Scale zoomed(double min, double max, double limit) {
        double span = Math.max(max - min, limit / 50);
        double tick = niceCeiling(span / 5);
        double lower = Math.max(0, Math.floor((min - 0.05 * span) / tick) * tick);
        double upper = Math.min(limit, Math.ceil((max + 0.05 * span) / tick) * tick);
        if (upper <= lower) {
            upper = Math.min(limit, lower + tick);
        }
        return new Scale(lower, upper, tick, false);
    }
}
