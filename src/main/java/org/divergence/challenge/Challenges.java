package org.divergence.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.divergence.scenario.BundledFiles;
import org.divergence.scenario.ScenarioFileException;

/**
 * The challenges shipped inside the jar under /assets/challenges, in the order index.txt lists them
 * ({@link BundledFiles}). Read once, on first use, by the same reader as teachers' own files.
 */
public final class Challenges {

    private static final String FOLDER = "/assets/challenges/";

    private Challenges() {}

    /** Every shipped challenge, in menu order (easiest first). */
    public static List<Challenge> all() {
        return Holder.ALL;
    }

    public static Optional<Challenge> find(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static final class Holder {
        // Part of the build: a broken one is a bug the tests catch, not something to show a student.
        static final List<Challenge> ALL = load();
    }

    private static List<Challenge> load() {
        List<Challenge> challenges = new ArrayList<>();
        for (String id : index()) {
            try {
                challenges.add(ChallengeReader.read(BundledFiles.read(FOLDER + id + ChallengeFormat.EXTENSION),
                        "challenge " + id, id));
            } catch (ScenarioFileException e) {
                throw new IllegalStateException("built-in " + e.getMessage(), e);
            }
        }
        return List.copyOf(challenges);
    }

    /** The ids listed in index.txt; blank lines and # comments are skipped. */
    static List<String> index() {
        return BundledFiles.index(FOLDER);
    }
}
