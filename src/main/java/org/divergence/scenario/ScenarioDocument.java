package org.divergence.scenario;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.divergence.model.Scenario;

/**
 * Everything a scenario file holds: the model input plus the name, notes, timestamps and view
 * settings a person reopening it expects back. Immutable; copies via {@code withX}.
 */
public record ScenarioDocument(String name, String description, Optional<Instant> created,
                               Optional<Instant> modified, Scenario scenario, ViewSettings view) {

    public static final String UNTITLED = "Untitled scenario";

    public ScenarioDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(view, "view");
        // Files store whole seconds; truncating here keeps save-then-open an identity.
        created = Objects.requireNonNull(created, "created").map(t -> t.truncatedTo(ChronoUnit.SECONDS));
        modified = Objects.requireNonNull(modified, "modified").map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A new, never-saved document. */
    public static ScenarioDocument untitled(Scenario scenario) {
        return new ScenarioDocument(UNTITLED, "", Optional.empty(), Optional.empty(), scenario, ViewSettings.NONE);
    }

    public ScenarioDocument withScenario(Scenario newScenario) {
        return new ScenarioDocument(name, description, created, modified, newScenario, view);
    }

    public ScenarioDocument withName(String newName) {
        return new ScenarioDocument(newName, description, created, modified, scenario, view);
    }

    public ScenarioDocument withDescription(String newDescription) {
        return new ScenarioDocument(name, newDescription, created, modified, scenario, view);
    }

    public ScenarioDocument withView(ViewSettings newView) {
        return new ScenarioDocument(name, description, created, modified, scenario, newView);
    }

    /** Stamped for saving at {@code now}: modified is now, created is kept (or now, the first time). */
    public ScenarioDocument savedAt(Instant now) {
        return new ScenarioDocument(name, description, Optional.of(created.orElse(now)), Optional.of(now), scenario, view);
    }
}
