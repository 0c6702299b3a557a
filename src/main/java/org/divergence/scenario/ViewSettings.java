package org.divergence.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.divergence.model.Scenario;

/**
 * What the window showed that is worth reopening with the scenario: the year the summary talks
 * about and the baseline the projection is compared with. Neither changes the projection, so a
 * file whose view settings are broken still opens (with a warning).
 */
public record ViewSettings(OptionalInt summaryYear, Optional<Baseline> baseline) {

    public static final ViewSettings NONE = new ViewSettings(OptionalInt.empty(), Optional.empty());

    /** A named scenario shown for comparison, kept in full so the file stays self-contained. */
    public record Baseline(String name, Scenario scenario) {
        public Baseline {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    public ViewSettings {
        Objects.requireNonNull(summaryYear, "summaryYear");
        Objects.requireNonNull(baseline, "baseline");
    }

    public ViewSettings withSummaryYear(OptionalInt year) {
        return new ViewSettings(year, baseline);
    }

    public ViewSettings withBaseline(Optional<Baseline> newBaseline) {
        return new ViewSettings(summaryYear, newBaseline);
    }
}
