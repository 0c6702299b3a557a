package org.divergence.challenge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.divergence.scenario.ScenarioFileException;
import org.divergence.scenario.ScenarioFormat;

/**
 * The challenges shipped inside the jar under /assets/challenges, in the order index.txt lists them
 * (a jar cannot list a folder). Read once, on first use, by the same reader as teachers' own files.
 */
public final class Challenges {

    private static final String FOLDER = "/assets/challenges/";
    private static final String INDEX = FOLDER + "index.txt";

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
                challenges.add(ChallengeReader.read(resourceBytes(FOLDER + id + ChallengeFormat.EXTENSION),
                        "challenge " + id, id));
            } catch (ScenarioFileException e) {
                throw new IllegalStateException("built-in " + e.getMessage(), e);
            }
        }
        return List.copyOf(challenges);
    }

    /** The ids listed in index.txt; blank lines and # comments are skipped. */
    static List<String> index() {
        return new String(resourceBytes(INDEX), StandardCharsets.UTF_8).lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static byte[] resourceBytes(String resource) {
        try (InputStream in = Challenges.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            return in.readNBytes(ScenarioFormat.MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
