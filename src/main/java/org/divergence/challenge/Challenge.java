package org.divergence.challenge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.divergence.scenario.ScenarioDocument;

/**
 * One challenge: where it starts, what it asks, and what counts as solved.
 *
 * @param id       the file name without {@code .challenge.json}
 * @param title    short, for the menu and the panel's heading
 * @param question what the student is asked, in the teacher's words
 * @param hint     an optional nudge, shown only when asked for
 * @param start    the scenario the challenge opens with (its name is the title, its notes the question)
 * @param goal     every condition must hold at once
 * @param locks    parameters that must stay at their value in {@code start}
 */
public record Challenge(String id, String title, String question, Optional<String> hint, ScenarioDocument start,
                        List<Condition> goal, List<Lock> locks) {

    public Challenge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(start, "start");
        goal = List.copyOf(goal);
        locks = List.copyOf(locks);
        if (goal.isEmpty()) {
            throw new IllegalArgumentException("a challenge needs at least one condition");
        }
    }
}
