package org.divergence.explain;

/** One sentence of an explanation, the part of the story it tells, and the setting that drives it. */
public record Cause(Topic topic, String text, Driver driver) {

    /** What a sentence is about; the window groups and orders sentences by it. */
    public enum Topic {
        /** How far each index moved from the baseline, lever by lever. */
        CHANGE,
        /** Which mining operators are out of the money, and since when. */
        MINING,
        /** Why inference runs where it runs: devices, task sizes, costs, privacy. */
        EDGE_AI,
        /** What the chosen regulation design does at the chosen strength. */
        REGULATION
    }
}
