package org.divergence.figure;

import java.util.List;
import java.util.Objects;

/**
 * A chart described once, as data: what it shows and how, but not where or how large. The window
 * draws it live, the exports off screen, both with {@link ChartRenderer}.
 *
 * @param id          a stable name, for the command line's {@code --chart} and the window's node ids
 * @param title       the title drawn above the plot
 * @param subtitle    a line under the title that says how to read the chart; empty for none
 * @param stacked     true for stacked areas (shares that add up to 100 %), false for lines
 * @param axis        the value axis
 * @param series      in drawing order; for stacked areas, from the bottom up
 * @param format      how one value is written in read-outs and legends
 * @param halvings    whether the Bitcoin halvings inside the horizon are marked
 * @param crossing    whether the year where the first two series cross is marked
 */
public record ChartSpec(String id, String title, String subtitle, boolean stacked, AxisSpec axis,
                        List<SeriesSpec> series, ValueFormat format, boolean halvings, boolean crossing) {

    public ChartSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(axis, "axis");
        series = List.copyOf(series);
        Objects.requireNonNull(format, "format");
        if (series.isEmpty()) {
            throw new IllegalArgumentException(id + ": a chart needs at least one series");
        }
        if (crossing && series.size() < 2) {
            throw new IllegalArgumentException(id + ": a crossing needs two series");
        }
    }

    /** The title and, when there is one, the subtitle: what a screen reader says for the chart. */
    public String description() {
        return subtitle.isEmpty() ? title : title + ". " + subtitle;
    }
}
