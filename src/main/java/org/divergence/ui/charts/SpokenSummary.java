package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.divergence.figure.ChartData;
import org.divergence.figure.HistoryPoints;
import org.divergence.figure.Scale;
import org.divergence.figure.SeriesSpec;

/**
 * What a chart shows, in a sentence a screen reader can say: each series from its first to its last
 * value, the recorded points shown beside them, and where the headline's lines cross. The data table
 * gives every number of the projection.
 */
final class SpokenSummary {

    private SpokenSummary() {}

    static String of(ChartData data) {
        List<String> parts = new ArrayList<>();
        String first = Scale.yearLabel(Math.floor(data.firstYear() + 1e-9));
        String last = Scale.yearLabel(Math.floor(data.lastYear() + 1e-9));
        for (int s = 0; s < data.seriesCount(); s++) {
            SeriesSpec series = data.spec().series().get(s);
            double from = data.value(s, 0);
            double to = data.value(s, data.steps() - 1);
            String change = to > from ? "rises" : to < from ? "falls" : "stays";
            parts.add(series.name() + " " + change + " from " + data.spec().format().format(from) + " in " + first
                    + " to " + data.spec().format().format(to) + " in " + last);
        }
        for (HistoryPoints h : data.history()) {
            recorded(h, data).ifPresent(parts::add);
        }
        String text = String.join("; ", parts) + ".";
        if (data.spec().crossing()) {
            text += data.firstCrossing().map(y -> " The lines cross in " + Scale.yearLabel(Math.floor(y + 1e-9)) + ".")
                    .orElse(" The lines do not cross.");
        }
        return text + " View > Charts as tables gives every number.";
    }

    /** "Three largest pools (recorded): 60 in 2016 to 65 in 2025", from the first to the last point shown. */
    private static java.util.Optional<String> recorded(HistoryPoints h, ChartData data) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < h.size(); i++) {
            if (Double.isFinite(h.value(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(h.name() + ": " + data.spec().format().format(h.value(first)) + " in "
                + Scale.yearLabel(Math.floor(h.year(first))) + " to " + data.spec().format().format(h.value(last))
                + " in " + Scale.yearLabel(Math.floor(h.year(last))));
    }
}
