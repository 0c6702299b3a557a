package org.divergence.ui.charts;

import java.util.List;
import java.util.Optional;
import org.divergence.model.Outcome;
import org.divergence.model.Output;
import org.divergence.text.Text;

/**
 * What the tornado and the regime map can read, in the summary's year: the gap (edge-AI index minus
 * mining index) or one of a few headline outputs.
 */
record Measure(Optional<Output> output) {

    static final Measure GAP = new Measure(Optional.empty());

    static final List<Measure> ALL = List.of(GAP,
            of(Output.MINING_DECENTRALIZATION), of(Output.EDGE_DECENTRALIZATION), of(Output.MINING_HHI),
            of(Output.MINING_NAKAMOTO), of(Output.EDGE_SHARE), of(Output.NETWORK_HASHRATE), of(Output.AI_ENERGY));

    private static Measure of(Output output) {
        return new Measure(Optional.of(output));
    }

    /** Its name in {@code text}'s language. */
    String label(Text text) {
        return output.map(text::output).orElse(text.get("measure.gap"));
    }

    /** This measure in a year. */
    Outcome in(int year) {
        return new Outcome(output, year);
    }

    /** The measure an outcome reads. */
    static Measure of(Outcome outcome) {
        return new Measure(outcome.output());
    }
}
