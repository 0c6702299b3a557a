package org.divergence.ui.summary;

import java.util.Locale;

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
    public static String sentence(Projection projection, int year) {
        int step = projection.stepAt(year);
        int shownYear = (int) Math.floor(projection.year(step) + 1e-9);
        long top3 = Math.round(100 * projection.value(Output.MINING_TOP3_SHARE, step));
        long edge = Math.round(100 * projection.value(Output.EDGE_SHARE, step));
        long miningIndex = Math.round(projection.value(Output.MINING_DECENTRALIZATION, step));
        long edgeIndex = Math.round(projection.value(Output.EDGE_DECENTRALIZATION, step));
        return String.format(Locale.ROOT,
                "In %d the three largest mining operators hold %d %% of hashrate; %d %% of AI inference runs on "
                        + "people's devices. Decentralization index: mining %d, edge AI %d (of 100).",
                shownYear, top3, edge, miningIndex, edgeIndex);
    }

    /**
     * The sentence, then how the two indices compare with the baseline's in the same year: "Against
     * the baseline “Baseline”: mining 6 points lower (38), edge AI 2 points higher (26)."
     */
    public static String sentence(Projection projection, int year, String baselineName, Projection baseline) {
        int step = projection.stepAt(year);
        double shownYear = Math.floor(projection.year(step) + 1e-9);
        int baseStep = baseline.stepAt(shownYear);
        if (Math.abs(baseline.year(baseStep) - projection.year(step)) > 1e-9) {
            return sentence(projection, year) + " The baseline “" + baselineName + "” ends before " + (int) shownYear + ".";
        }
        return sentence(projection, year) + " Against the baseline “" + baselineName + "”: mining "
                + compared(projection.value(Output.MINING_DECENTRALIZATION, step), baseline.value(Output.MINING_DECENTRALIZATION, baseStep))
                + ", edge AI "
                + compared(projection.value(Output.EDGE_DECENTRALIZATION, step), baseline.value(Output.EDGE_DECENTRALIZATION, baseStep))
                + ".";
    }

    /** "6 points lower (38)", "1 point higher (26)", "the same (26)": rounded as the indices are shown. */
    private static String compared(double now, double base) {
        long difference = Math.round(now) - Math.round(base);
        String points = Math.abs(difference) == 1 ? " point " : " points ";
        String words = difference == 0 ? "the same"
                : Math.abs(difference) + points + (difference > 0 ? "higher" : "lower");
        return words + " (" + Math.round(base) + ")";
    }
}
