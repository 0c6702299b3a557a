package org.divergence.explain;

import java.util.List;

import org.divergence.text.Text;

/**
 * Why the projection looks as it does in one year against a named baseline: sentences with their
 * drivers, and the index changes in parts, written in the language of {@code text} (which the window
 * also uses for the parts' names, so one explanation never mixes two languages).
 */
public record Explanation(int year, String baselineName, List<Cause> causes, List<Decomposition> changes, Text text) {

    public Explanation {
        causes = List.copyOf(causes);
        changes = List.copyOf(changes);
    }

    /** The sentences about one topic, in order. */
    public List<Cause> about(Cause.Topic topic) {
        return causes.stream().filter(c -> c.topic() == topic).toList();
    }
}
