package org.divergence.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user's remembered choices (theme, text size, language, whether the tour was seen), as text
 * values under names, in settings.json in the application-data folder.
 *
 * <p>Like the recent-files list it is a convenience: a missing, damaged or foreign file reads as "no
 * settings" and the app starts with its defaults; a failed write is ignored (the choice still holds
 * for this session). Values that are not text are skipped, so a hand-edited file cannot break a start.
 */
public final class SettingsFile {

    static final String FILE_NAME = "settings.json";
    /** Far more than any real settings file; a larger one is not read. */
    private static final long MAX_BYTES = 64 * 1024;

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public static SettingsFile inAppDataFolder() {
        return new SettingsFile(AppDataFolder.get().resolve(FILE_NAME));
    }

    /** What is stored, sorted by name; empty when there is nothing readable. */
    public Map<String, String> read() {
        Map<String, String> values = new TreeMap<>();
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return values;
            }
            JsonNode root = ScenarioFormat.mapper().readTree(Files.readAllBytes(file));
            if (root == null || !root.isObject()) {
                return values;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    values.put(field.getKey(), field.getValue().textValue());
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            values.clear();
        }
        return values;
    }

    /** Replaces what is stored by {@code values}, atomically. */
    public void write(Map<String, String> values) throws IOException {
        ObjectNode root = ScenarioFormat.mapper().createObjectNode();
        new TreeMap<>(values).forEach(root::put);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, ScenarioFormat.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
