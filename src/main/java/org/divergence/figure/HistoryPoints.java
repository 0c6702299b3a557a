package org.divergence.figure;

import java.util.Objects;

/**
 * Recorded values drawn as points on a chart beside the model's lines, from a file in
 * assets/history: "the record" against "the model". Points are drawn hollow in the colour of their
 * role, so they read as data, not as a line's markers.
 *
 * @param name   the legend's words, saying it is the record ("Pools, recorded")
 * @param role   gives the colour
 * @param years  decimal years of the points
 * @param values in the chart's unit, one per year
 * @param source the URL the history file names as its source
 * @param always true where the chart is about the record (pools beside operators): shown whether
 *               or not history is switched on
 */
public record HistoryPoints(String name, Role role, double[] years, double[] values, String source, boolean always) {

    public HistoryPoints {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(source, "source");
        years = years.clone();
        values = values.clone();
        if (years.length != values.length) {
            throw new IllegalArgumentException(name + ": " + years.length + " years but " + values.length + " values");
        }
    }

    @Override
    public double[] years() { return years.clone(); }

    @Override
    public double[] values() { return values.clone(); }

    public int size() { return years.length; }

    public double year(int i) { return years[i]; }

    public double value(int i) { return values[i]; }
}
