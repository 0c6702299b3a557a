package org.divergence.ui.charts;

import org.divergence.text.Text;
import java.util.ArrayList;
import java.util.List;

import org.divergence.figure.ChartData;
import org.divergence.figure.Scale;
import org.divergence.figure.SeriesSpec;

/**
 * What a chart shows, in a sentence a screen reader can say: each series from its first to its last
 * value, and where the headline's lines cross. The data table gives every number.
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
        String said = text.get("spoken.sentence", String.join("; ", parts));
        if (data.spec().crossing()) {
            said += " " + data.firstCrossing().map(y -> text.get("spoken.cross", Scale.yearLabel(Math.floor(y + 1e-9))))
                    .orElse(text.get("spoken.noCross"));
        }
        return said + " " + text.get("spoken.tables");
    }
}
