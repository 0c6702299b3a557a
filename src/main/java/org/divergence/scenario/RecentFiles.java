package org.divergence.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario files opened or saved most recently, newest first, remembered across runs in
 * recent-files.json in the application-data folder.
 *
 * <p>Every change re-reads the stored list before writing it, so two windows open at once do not
 * erase each other's entries. The list is a convenience: if it cannot be read or written the app
 * carries on with what it has, and a damaged list is simply started afresh.
 */
public final class RecentFiles {

    public static final int MAX_ENTRIES = 10;
    static final String FILE_NAME = "recent-files.json";
    private static final String FIELD = "recentFiles";

    private final Path storeFile;
    private List<Path> entries;

    /** Reads nothing yet: the first call reads the store, so constructing one never waits on the disk. */
    public RecentFiles(Path storeFile) {
        this.storeFile = storeFile;
    }

    public static RecentFiles inAppDataFolder() {
        return new RecentFiles(AppDataFolder.get().resolve(FILE_NAME));
    }

    /** Newest first, at most {@value #MAX_ENTRIES}. */
    public synchronized List<Path> list() {
        if (entries == null) {
            entries = load();
        }
        return List.copyOf(entries);
    }

    /** Puts a file at the top (moving it if it was already listed). */
    public synchronized void add(Path file) {
        Path entry = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(load());
        updated.remove(entry);
        updated.add(0, entry);
        store(updated);
    }

    /** Forgets a file, e.g. one that no longer opens. */
    public synchronized void remove(Path file) {
        List<Path> updated = new ArrayList<>(load());
        updated.remove(file.toAbsolutePath().normalize());
        store(updated);
    }

    public synchronized void clear() {
        store(List.of());
    }

    private void store(List<Path> updated) {
        entries = List.copyOf(updated.subList(0, Math.min(MAX_ENTRIES, updated.size())));
        ObjectNode root = ScenarioFormat.mapper().createObjectNode();
        ArrayNode array = root.putArray(FIELD);
        entries.forEach(p -> array.add(p.toString()));
        try {
            Files.createDirectories(storeFile.toAbsolutePath().getParent());
            byte[] json = ScenarioFormat.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            AtomicFiles.write(storeFile, json);
        } catch (IOException e) {
            // Keep the in-memory list; the menu still works for this session.
        }
    }

    private List<Path> load() {
        if (!Files.isRegularFile(storeFile)) {
            return entries == null ? List.of() : entries;
        }
        try {
            if (Files.size(storeFile) > ScenarioFormat.MAX_FILE_BYTES) {
                return entries == null ? List.of() : entries;
            }
            byte[] bytes = Files.readAllBytes(storeFile);
            JsonNode list = ScenarioFormat.mapper().readTree(new String(bytes, StandardCharsets.UTF_8)).path(FIELD);
            List<Path> paths = new ArrayList<>();
            for (JsonNode item : list) {
                if (item.isTextual() && paths.size() < MAX_ENTRIES) {
                    Path path = Path.of(item.textValue()).toAbsolutePath().normalize();
                    if (!paths.contains(path)) {
                        paths.add(path);
                    }
                }
            }
            return paths;
        } catch (IOException | InvalidPathException e) {
            return entries == null ? List.of() : entries;
        }
    }
}
