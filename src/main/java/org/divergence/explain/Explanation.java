package org.divergence.explain;

import java.util.List;

/**
 * Why the projection looks as it does in one year against a named baseline: sentences with their
 * drivers, and the index changes in parts.
 */
public record Explanation(int year, String baselineName, List<Cause> causes, List<Decomposition> changes) {

    public Explanation {
        causes = List.copyOf(causes);
        changes = List.copyOf(changes);
    }

    /** The sentences about one topic, in order. */
    public List<Cause> about(Cause.Topic topic) {
        return causes.stream().filter(c -> c.topic() == topic).toList();
    }
}
