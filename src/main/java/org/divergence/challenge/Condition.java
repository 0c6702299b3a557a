package org.divergence.challenge;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.divergence.model.Output;

/**
 * One condition of a goal: an output of the model compared with a number or another output, over a
 * period ("the mining decentralization index in 2035 above its 2025 value", "the edge-AI index
 * overtakes the mining index before 2032").
 *
 * @param label the teacher's own wording, used instead of a generated one when present
 */
public record Condition(Output output, Comparison comparison, Target target, Period period, Optional<String> label) {

    public Condition {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(label, "label");
        if (comparison.isCrossing() && period.kind() != Period.Kind.BEFORE) {
            throw new IllegalArgumentException(comparison.key() + " needs a \"before\" year");
        }
    }

    /** How the output is compared. Keys are the file's field names. */
    public enum Comparison {
        /** Strictly above the target during the period. */
        ABOVE("above"),
        /** Strictly below the target during the period. */
        BELOW("below"),
        /** Starts at or below the target and gets above it during the period. */
        OVERTAKES("overtakes"),
        /** Starts at or above the target and gets below it during the period. */
        FALLS_BELOW("fallsBelow");

        private final String key;

        Comparison(String key) {
            this.key = key;
        }

        public String key() { return key; }

        /** True for the comparisons that ask for a change of sides, not a state. */
        public boolean isCrossing() { return this == OVERTAKES || this == FALLS_BELOW; }

        /** True when a larger value is better (above, overtakes). */
        public boolean wantsHigher() { return this == ABOVE || this == OVERTAKES; }
    }

    /** What the output is compared with. */
    public sealed interface Target permits Target.Number, Target.OtherOutput {

        /** A fixed number, in the output's own unit (shares as 0-1). */
        record Number(double value) implements Target {
            public Number {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("a target must be a finite number");
                }
            }
        }

        /**
         * Another output (or the same one): at the same time step, or at a fixed {@code year} ("its
         * 2025 value").
         */
        record OtherOutput(Output output, OptionalInt year) implements Target {
            public OtherOutput {
                Objects.requireNonNull(output, "output");
                Objects.requireNonNull(year, "year");
            }
        }
    }

    /**
     * When the condition is checked: in one year ({@code at}), at some time step before a year
     * ({@code before}), or at every time step from one year to another ({@code from} ... {@code until},
     * both included). A year means its first time step, 1 January, as the summary sentence reads it.
     */
    public record Period(Kind kind, int year, int until) {

        public enum Kind { AT, BEFORE, FROM }

        public Period {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.FROM && until < year) {
                throw new IllegalArgumentException("until must not be before from");
            }
        }

        public static Period at(int year) { return new Period(Kind.AT, year, year); }

        public static Period before(int year) { return new Period(Kind.BEFORE, year, year); }

        public static Period from(int year, int until) { return new Period(Kind.FROM, year, until); }
    }
}
