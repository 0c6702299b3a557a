package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.XYChart;

import org.divergence.model.Output;
import org.divergence.model.Projection;

/**
 * The one adapter from a {@link Projection} to chart series. Each series is filled in a primitive loop
 * and replaced with one {@code setAll} per frame; swapping the chart library later touches only this
 * class and the chart set-up in {@link ChartsPane}.
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
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(steps);
            for (int k = 0; k < steps; k++) {
                points.add(new XYChart.Data<>(projection.year(k), b.source().value(projection, k)));
            }
            b.series().getData().setAll(points);
        }
    }
}
