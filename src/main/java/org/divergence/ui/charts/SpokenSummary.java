package org.divergence.ui.charts;

import org.divergence.text.Text;
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

    static String of(ChartData data, Text text) {
        List<String> parts = new ArrayList<>();
        String first = Scale.yearLabel(Math.floor(data.firstYear() + 1e-9));
        String last = Scale.yearLabel(Math.floor(data.lastYear() + 1e-9));
        for (int s = 0; s < data.seriesCount(); s++) {
            SeriesSpec series = data.spec().series().get(s);
            double from = data.value(s, 0);
            double to = data.value(s, data.steps() - 1);
            String change = to > from ? "spoken.rises" : to < from ? "spoken.falls" : "spoken.stays";
            parts.add(text.get(change, series.name(), text.decimal(data.spec().format().format(from)), first,
                    text.decimal(data.spec().format().format(to)), last));
        }
        for (HistoryPoints h : data.history()) {
            recorded(h, data, text).ifPresent(parts::add);
        }
        String said = text.get("spoken.sentence", String.join("; ", parts));
        if (data.spec().crossing()) {
            said += " " + data.firstCrossing().map(y -> text.get("spoken.cross", Scale.yearLabel(Math.floor(y + 1e-9))))
                    .orElse(text.get("spoken.noCross"));
        }
        return said + " " + text.get("spoken.tables");
    }

    /** "Three largest pools (recorded): 60 in 2016 to 65 in 2025", from the first to the last point shown. */
    private static java.util.Optional<String> recorded(HistoryPoints h, ChartData data, Text text) {
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
        return java.util.Optional.of(text.get("spoken.recorded", h.name(),
                text.decimal(data.spec().format().format(h.value(first))), Scale.yearLabel(Math.floor(h.year(first))),
                text.decimal(data.spec().format().format(h.value(last))), Scale.yearLabel(Math.floor(h.year(last)))));
    }
}
