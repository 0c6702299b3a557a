package org.divergence.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The curated scenarios shipped inside the jar under /assets/presets, in the order index.txt lists
 * them ({@link BundledFiles}). They are read once, on first use, with the same reader as
 * users' files: a preset is just a scenario file that cannot be broken.
 */
public final class Presets {

    /** The preset that is also the default scenario: today's world. */
    public static final String BASELINE = "baseline";
    private static final String FOLDER = "/assets/presets/";

    /** One curated scenario: the id used on the command line and its document (name, story, values). */
    public record Preset(String id, ScenarioDocument document) {
        public String name() { return document.name(); }
        /** The story the preset tells, shown in the menu's tooltip and by --list-presets. */
        public String description() { return document.description(); }
    }

    private Presets() {}

    /** Every preset, in menu order. */
    public static List<Preset> all() {
        return Holder.ALL;
    }

    public static List<String> ids() {
        return all().stream().map(Preset::id).toList();
    }

    /** The preset with this id (case-insensitive, ".divergence.json" optional). */
    public static Optional<Preset> find(String id) {
        String wanted = ScenarioFormat.baseName(id.trim()).toLowerCase(Locale.ROOT);
        return all().stream().filter(p -> p.id().equals(wanted)).findFirst();
    }

    /** Like {@link #find} but failing with a message that lists the presets there are. */
    public static Preset get(String id) throws ScenarioFileException {
        return find(id).orElseThrow(() -> new ScenarioFileException("preset " + id,
                "no such preset (available: " + String.join(", ", ids()) + ")"));
    }

    private static final class Holder {
        // Loaded lazily and once: the presets are part of the build, so a broken one is a bug the tests catch.
        static final List<Preset> ALL = load();
    }

    private static List<Preset> load() {
        List<Preset> presets = new ArrayList<>();
        for (String id : index()) {
            String resource = FOLDER + id + ScenarioFormat.EXTENSION;
            try {
                LoadedScenario loaded = ScenarioReader.read(BundledFiles.read(resource), "preset " + id, id);
                presets.add(new Preset(id, loaded.document()));
            } catch (ScenarioFileException e) {
                throw new IllegalStateException("built-in " + e.getMessage(), e);
            }
        }
        return List.copyOf(presets);
    }

    /** The ids listed in index.txt; blank lines and # comments are skipped. */
    static List<String> index() {
        return BundledFiles.index(FOLDER);
    }
}
