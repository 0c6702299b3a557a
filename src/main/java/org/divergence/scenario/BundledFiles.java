package org.divergence.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Files shipped inside the jar under /assets (presets, challenges). A jar cannot list a folder, so
 * each folder has an index.txt naming its files in menu order. A missing or unreadable one is a broken
 * build, which the tests catch: it fails loudly instead of being reported to the user.
 */
public final class BundledFiles {

    private BundledFiles() {}

    /** The names listed in {@code folder}index.txt (folder ends in /); blank lines and # comments are skipped. */
    public static List<String> index(String folder) {
        return new String(read(folder + "index.txt"), StandardCharsets.UTF_8).lines().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** A shipped file's bytes, at most a scenario file's size limit. */
    public static byte[] read(String resource) {
        try (InputStream in = BundledFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            return in.readNBytes(ScenarioFormat.MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
