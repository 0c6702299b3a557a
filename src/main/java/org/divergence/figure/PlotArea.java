package org.divergence.figure;

/**
 * Where a chart's data were drawn: the plot rectangle in the painter's pixels and the two scales, so
 * a read-out can turn a mouse position into a year and a value back into a position.
 */
public record PlotArea(double left, double top, double width, double height, Scale years, Scale values) {

    public double right() { return left + width; }

    public double bottom() { return top + height; }

    public double x(double year) {
        return left + years.fraction(year) * width;
    }

    public double y(double value) {
        return bottom() - values.fraction(value) * height;
    }

    public double yearAt(double x) {
        return years.valueAt((x - left) / width);
    }

    public boolean contains(double x, double y) {
        return x >= left && x <= right() && y >= top && y <= bottom();
    }
}
