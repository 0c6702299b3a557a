package org.divergence.figure;

import java.util.Objects;
import java.util.function.Function;

import org.divergence.model.Output;
import org.divergence.model.Projection;

/**
 * One line (or stacked area) of a chart: its name, its role (which gives its colour), where its
 * numbers come from in a {@link Projection}, and whether it is a reference line drawn dashed.
 */
public record SeriesSpec(String name, Role role, Function<Projection, double[]> values, boolean reference) {

    public SeriesSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(values, "values");
    }

    /** An output as the model gives it. */
    public static SeriesSpec of(String name, Role role, Output output) {
        return new SeriesSpec(name, role, p -> p.series(output), false);
    }

    /** A 0-1 share output, in percent. */
    public static SeriesSpec percent(String name, Role role, Output output) {
        return new SeriesSpec(name, role, p -> {
            double[] v = p.series(output);
            for (int i = 0; i < v.length; i++) {
                v[i] *= 100;
            }
            return v;
        }, false);
    }

    /** A dashed reference line, such as the headline electricity price. */
    public static SeriesSpec reference(String name, Role role, Function<Projection, double[]> values) {
        return new SeriesSpec(name, role, values, true);
    }
}
