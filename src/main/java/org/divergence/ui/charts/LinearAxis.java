package org.divergence.ui.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Dimension2D;

/**
 * A linear axis over a range the code sets (no auto-ranging), with a tick at every multiple of the
 * tick unit and at both ends, and every end label shown.
 *
 * <p>Why not NumberAxis: it hides the label of a tick whose position is a rounding error outside the
 * axis (2040 at 241.00000000000003 px on a 241 px axis), and the hidden end tick then also hides its
 * neighbour as "overlapping", so depending on its size a chart lost its last year or its top value.
 * Here a value inside the range always maps inside the axis. (NumberAxis is final, hence a ValueAxis
 * like {@link LogAxis}.)
 */
final class LinearAxis extends BoundsAxis {

    /** Distance between neighbouring tick labels, in label sizes (a quarter of a label left free). */
    private static final double LABEL_SPACING = 1.25;

    private double tickUnit;

    LinearAxis(String label, double lower, double upper, double tickUnit) {
        super(lower, upper);
        this.tickUnit = tickUnit;
        setLabel(label);
        setAutoRanging(false);
    }

    /** New ends and tick spacing in one call. */
    void setRange(double lower, double upper, double tickUnit) {
        this.tickUnit = tickUnit;
        setLowerBound(lower);
        setUpperBound(upper);
        invalidateRange();
        requestAxisLayout();
    }

    @Override
    public double getDisplayPosition(Number value) {
        double position = super.getDisplayPosition(value);
        double v = value.doubleValue();
        if (v < getLowerBound() || v > getUpperBound()) {
            return position;
        }
        double length = getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
        return Math.max(0, Math.min(length, position));
    }

    /**
     * Multiples of the tick unit from the lower end, each computed afresh (no running sum), and the
     * upper end. In a short axis only every second (third...) multiple is kept, so the labels fit
     * without the stock overlap rule dropping one of the ends.
     */
    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        double lower = bounds[0];
        double upper = bounds[1];
        List<Double> grid = new ArrayList<>();
        double tolerance = 1e-9 * Math.max(1, upper - lower);
        for (int i = 0; lower + i * tickUnit < upper - tolerance && i < 1_000; i++) {
            grid.add(lower + i * tickUnit);
        }
        double label = 0;
        for (double value : grid) {
            label = Math.max(label, labelSize(value, range));
        }
        label = Math.max(label, labelSize(upper, range));
        double pixelsPerUnit = length / Math.max(upper - lower, tolerance);
        for (int stride = 1; ; stride++) {
            List<Number> ticks = new ArrayList<>();
            for (int i = 0; i < grid.size(); i += stride) {
                ticks.add(grid.get(i));
            }
            // The upper end takes the place of a multiple too close to it to label both.
            while (ticks.size() > 1
                    && (upper - ticks.get(ticks.size() - 1).doubleValue()) * pixelsPerUnit < LABEL_SPACING * label) {
                ticks.remove(ticks.size() - 1);
            }
            ticks.add(upper);
            boolean spaced = stride * tickUnit * pixelsPerUnit >= LABEL_SPACING * label;
            if (length <= 0 || ticks.size() <= 2 || spaced && ticks.size() * label <= length) {
                return ticks;
            }
        }
    }

    /** A tick label's extent along the axis: its width on a horizontal axis, its height on a vertical one. */
    private double labelSize(double value, Object range) {
        Dimension2D size = measureTickMarkSize(value, range);
        return getSide() != null && getSide().isVertical() ? size.getHeight() : size.getWidth();
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        List<Number> marks = new ArrayList<>();
        int count = Math.max(1, getMinorTickCount());
        double lower = getLowerBound();
        double upper = getUpperBound();
        double minor = tickUnit / count;
        for (int i = 1; lower + i * minor < upper && i < 10_000; i++) {
            if (i % count != 0) {
                marks.add(lower + i * minor);
            }
        }
        return marks;
    }

    /** The formatter's text if one is set, otherwise as many decimals as the tick unit has: 0.05, 0.10, 0.15. */
    @Override
    protected String getTickMarkLabel(Number value) {
        if (getTickLabelFormatter() != null) {
            return getTickLabelFormatter().toString(value);
        }
        int decimals = Math.max(0, new BigDecimal(Double.toString(tickUnit)).stripTrailingZeros().scale());
        return new BigDecimal(value.doubleValue()).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** Never used (the axis does not auto-range), but ValueAxis needs an answer: the current range. */
    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        return getRange();
    }
}
