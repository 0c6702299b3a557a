package org.divergence.ui.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Side;

/**
 * A base-10 logarithmic value axis, labelled at each power of ten. Stock JavaFX has none, and costs
 * per million tokens span three decades over the horizon: on a linear axis the later years would
 * sit flat on zero. The range is set in whole decades with {@link #setDecades}.
 */
final class LogAxis extends BoundsAxis {

    LogAxis(String label, int lowDecade, int highDecade) {
        super(Math.pow(10, lowDecade), Math.pow(10, highDecade));
        setLabel(label);
        setAutoRanging(false);
        setMinorTickVisible(true);
    }

    void setDecades(int low, int high) {
        setLowerBound(Math.pow(10, low));
        setUpperBound(Math.pow(10, high));
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        List<Number> ticks = new ArrayList<>();
        for (int d = decade(getLowerBound()); d <= decade(getUpperBound()); d++) {
            ticks.add(Math.pow(10, d));
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        List<Number> marks = new ArrayList<>();
        for (int d = decade(getLowerBound()); d < decade(getUpperBound()); d++) {
            for (int m = 2; m <= 9; m++) {
                marks.add(m * Math.pow(10, d));
            }
        }
        return marks;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return new BigDecimal(Double.toString(value.doubleValue())).stripTrailingZeros().toPlainString();
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        int[] decades = AxisScaling.decades(minValue, maxValue);
        return new double[] {Math.pow(10, decades[0]), Math.pow(10, decades[1])};
    }

    @Override
    public double getDisplayPosition(Number value) {
        double fraction = (Math.log10(Math.max(value.doubleValue(), Double.MIN_NORMAL)) - logLower()) / logSpan();
        return getSide().isVertical() ? getHeight() * (1 - fraction) : getWidth() * fraction;
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        double fraction = getSide().isVertical() ? 1 - displayPosition / getHeight() : displayPosition / getWidth();
        return Math.pow(10, logLower() + fraction * logSpan());
    }

    @Override
    public boolean isValueOnAxis(Number value) {
        double v = value.doubleValue();
        return v >= getLowerBound() && v <= getUpperBound();
    }

    @Override
    public double getZeroPosition() {
        return getSide() == Side.LEFT || getSide() == Side.RIGHT ? getHeight() : 0;
    }

    private double logLower() { return Math.log10(getLowerBound()); }

    private double logSpan() { return Math.log10(getUpperBound()) - logLower(); }

    private static int decade(double value) { return (int) Math.round(Math.log10(value)); }
}
