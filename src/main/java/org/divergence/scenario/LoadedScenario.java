package org.divergence.scenario;

import java.util.List;

/**
 * A scenario file that opened: the document, the format version it was written in (older ones
 * were migrated), and the warnings the user should see (fields filled with defaults, fields ignored).
 */
public record LoadedScenario(ScenarioDocument document, int formatVersion, List<Problem> warnings) {

    public LoadedScenario {
        warnings = List.copyOf(warnings);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** True when the file was written in an older format (saving it again upgrades it). */
    public boolean wasMigrated() {
        return formatVersion < ScenarioFormat.CURRENT_VERSION;
    }
}
