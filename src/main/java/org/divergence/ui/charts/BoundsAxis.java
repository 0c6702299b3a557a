package org.divergence.ui.charts;

import javafx.scene.chart.ValueAxis;

/**
 * A value axis whose range is just its lower and upper bound, as both of our axes set them
 * explicitly ({@link LinearAxis}, {@link LogAxis}); subclasses supply ticks and labels.
 */
abstract class BoundsAxis extends ValueAxis<Number> {

    BoundsAxis(double lower, double upper) {
        super(lower, upper);
    }

    @Override
    protected final Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected final void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
    }
}
