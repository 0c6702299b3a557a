package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

import org.divergence.model.Output;
import org.divergence.model.Projection;

/**
 * The one adapter from a {@link Projection} to chart series, filled in primitive loops once per frame.
 * A new horizon replaces a series' points with one {@code setAll}; otherwise the existing points are
 * moved in place. Swapping the chart library later touches only this class and the chart set-up in
 * {@link ChartsPane}.
 */
final class ProjectionSeries {

    /** One number per time step, read from a projection. */
    @FunctionalInterface
    interface Source {
        double value(Projection projection, int step);
    }

    private record Binding(XYChart.Series<Number, Number> series, Source source) {}

    private final List<Binding> bindings = new ArrayList<>();

    /** A source for an output as the model gives it. */
    static Source of(Output output) {
        return (p, k) -> p.value(output, k);
    }

    /** A source for a 0-1 share output, in percent. */
    static Source percent(Output output) {
        return (p, k) -> 100 * p.value(output, k);
    }

    /** A new named series that {@link #show} fills from {@code source}. */
    XYChart.Series<Number, Number> series(String name, Source source) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        bindings.add(new Binding(series, source));
        return series;
    }

    void show(Projection projection) {
        int steps = projection.steps();
        for (Binding b : bindings) {
            ObservableList<XYChart.Data<Number, Number>> shown = b.series().getData();
            if (shown.size() == steps) {
                // Same horizon: move the existing points. Replacing them would allocate about a thousand
                // chart points per frame while a lever is dragged, which is what drives memory up.
                for (int k = 0; k < steps; k++) {
                    XYChart.Data<Number, Number> point = shown.get(k);
                    double year = projection.year(k);
                    double value = b.source().value(projection, k);
                    if (point.getXValue().doubleValue() != year) {
                        point.setXValue(year);
                    }
                    if (point.getYValue().doubleValue() != value) {
                        point.setYValue(value);
                    }
                }
            } else {
                List<XYChart.Data<Number, Number>> points = new ArrayList<>(steps);
                for (int k = 0; k < steps; k++) {
                    points.add(new XYChart.Data<>(projection.year(k), b.source().value(projection, k)));
                }
                shown.setAll(points);
            }
        }
    }
}
