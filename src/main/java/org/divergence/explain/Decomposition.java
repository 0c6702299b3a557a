package org.divergence.explain;

import java.util.List;

import org.divergence.model.Output;

/**
 * How far one output moved from the baseline in a year, split among the settings that differ
 * (Shapley values): the parts add up to {@code current − baseline}.
 */
public record Decomposition(Output output, double baseline, double current, List<Part> parts) {

    /** One setting's share of the change, in the output's unit (index points). */
    public record Part(Driver driver, double value) {}

    public Decomposition {
        parts = List.copyOf(parts);
    }

    public double total() {
        return current - baseline;
    }

    /** The part that moved the output most, if any setting differs. */
    public java.util.Optional<Part> largest() {
        return parts.stream().max(java.util.Comparator.comparingDouble(p -> Math.abs(p.value())));
    }
}
