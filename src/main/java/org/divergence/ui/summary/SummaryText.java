package org.divergence.ui.summary;

import org.divergence.text.Text;

import org.divergence.model.Output;
import org.divergence.model.Projection;

/** The projection in one sentence for a chosen year, as a teacher would read it out. */
public final class SummaryText {

    private SummaryText() {}

    /**
     * "In 2035 the three largest mining operators hold 58 % of hashrate; 41 % of AI inference runs on
     * people's devices. Decentralization index: mining 23, edge AI 31 (of 100)."
     * The year is clamped to the projection's horizon.
     */
    public static String sentence(Projection projection, int year, Text text) {
        int step = projection.stepAt(year);
        int shownYear = (int) Math.floor(projection.year(step) + 1e-9);
        long top3 = Math.round(100 * projection.value(Output.MINING_TOP3_SHARE, step));
        long edge = Math.round(100 * projection.value(Output.EDGE_SHARE, step));
        long miningIndex = Math.round(projection.value(Output.MINING_DECENTRALIZATION, step));
        long edgeIndex = Math.round(projection.value(Output.EDGE_DECENTRALIZATION, step));
        return text.get("summary.sentence", shownYear, top3, edge, miningIndex, edgeIndex);
    }

    /**
     * The sentence, then how the two indices compare with the baseline's in the same year: "Against
     * the baseline “Baseline”: mining 6 points lower (38), edge AI 2 points higher (26)."
     */
    public static String sentence(Projection projection, int year, String baselineName, Projection baseline,
                                  Text text) {
        int step = projection.stepAt(year);
        double shownYear = Math.floor(projection.year(step) + 1e-9);
        int baseStep = baseline.stepAt(shownYear);
        if (Math.abs(baseline.year(baseStep) - projection.year(step)) > 1e-9) {
            return sentence(projection, year, text) + " " + text.get("summary.baselineEnds", baselineName, (int) shownYear);
        }
        return sentence(projection, year, text) + " " + text.get("summary.againstBaseline", baselineName,
                compared(projection.value(Output.MINING_DECENTRALIZATION, step),
                        baseline.value(Output.MINING_DECENTRALIZATION, baseStep), text),
                compared(projection.value(Output.EDGE_DECENTRALIZATION, step),
                        baseline.value(Output.EDGE_DECENTRALIZATION, baseStep), text));
    }

    /** "6 points lower (38)", "1 point higher (26)", "the same (26)": rounded as the indices are shown. */
    private static String compared(double now, double base, Text text) {
        long difference = Math.round(now) - Math.round(base);
        long points = Math.abs(difference);
        String key = difference == 0 ? "summary.same"
                : difference > 0 ? (points == 1 ? "summary.onePointHigher" : "summary.pointsHigher")
                : points == 1 ? "summary.onePointLower" : "summary.pointsLower";
        return text.get(key, points, Math.round(base));
    }
}
