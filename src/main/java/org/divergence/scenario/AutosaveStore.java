package org.divergence.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a copy of unsaved work in the application-data folder so a crash costs at most the last
 * few seconds, and finds the copies a crashed session left behind.
 *
 * <p>Each running window writes its own file, autosave-PID.json, and deletes it when the work is
 * saved or discarded and when the app closes normally. So at start-up, an autosave whose process
 * is no longer running is exactly the unsaved work of a session that ended abnormally; one whose
 * process still runs belongs to another open window and is left alone.
 */
public final class AutosaveStore {

    private static final String PREFIX = "autosave-";
    private static final String SUFFIX = ".json";
    private static final String ORIGINAL_FILE = "originalFile";
    private static final String SAVED_AT = "savedAt";
    private static final String DOCUMENT = "document";

    private final Path folder;
    private final long ownPid;

    /** Unsaved work found at start-up: the document, the file it belonged to (if it had one), and when it was autosaved. */
    public record Recovery(Path autosaveFile, ScenarioDocument document, Optional<Path> originalFile, Instant savedAt) {}

    public AutosaveStore(Path folder) {
        this(folder, ProcessHandle.current().pid());
    }

    /** A store acting for the session with process id {@code ownPid}; tests use it to stand for a crashed session. */
    public AutosaveStore(Path folder, long ownPid) {
        this.folder = folder;
        this.ownPid = ownPid;
    }

    public static AutosaveStore inAppDataFolder() {
        return new AutosaveStore(AppDataFolder.get().resolve("autosave"));
    }

    /** This session's autosave file. */
    public Path ownFile() {
        return folder.resolve(PREFIX + ownPid + SUFFIX);
    }

    /** Writes this session's unsaved work (atomically, so a crash during autosave keeps the previous copy). */
    public void save(ScenarioDocument document, Optional<Path> originalFile, Instant now) throws IOException {
        ObjectNode root = ScenarioFormat.mapper().createObjectNode();
        root.put(SAVED_AT, ScenarioWriter.timestamp(now));
        originalFile.ifPresentOrElse(f -> root.put(ORIGINAL_FILE, f.toAbsolutePath().toString()), () -> root.putNull(ORIGINAL_FILE));
        root.set(DOCUMENT, ScenarioWriter.toTree(document));
        Files.createDirectories(folder);
        AtomicFiles.write(ownFile(), ScenarioFormat.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** Removes this session's autosave: the work was saved, discarded, or the app closed normally. */
    public void clear() throws IOException {
        Files.deleteIfExists(ownFile());
    }

    /** The work of sessions that ended without closing normally, newest first. Unreadable leftovers are removed. */
    public List<Recovery> recoverable() {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                Optional<Long> pid = pidOf(file);
                if (pid.isEmpty() || pid.get() == ownPid || isRunning(pid.get())) {
                    continue;
                }
                Optional<Recovery> recovery = read(file);
                if (recovery.isPresent()) {
                    found.add(recovery.get());
                } else {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            // The folder went away or is unreadable: there is nothing to offer.
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return found;
    }

    /** Deletes a recovered autosave once the user has restored or declined it. */
    public void discard(Recovery recovery) throws IOException {
        Files.deleteIfExists(recovery.autosaveFile());
    }

    private static Optional<Long> pidOf(Path file) {
        String name = file.getFileName().toString();
        try {
            return Optional.of(Long.parseLong(name.substring(PREFIX.length(), name.length() - SUFFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static Optional<Recovery> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > ScenarioFormat.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            JsonNode root = ScenarioReader.parse(bytes, file.getFileName().toString());
            LoadedScenario loaded = ScenarioReader.read(root.path(DOCUMENT), "autosave", ScenarioDocument.UNTITLED);
            JsonNode original = root.path(ORIGINAL_FILE);
            Optional<Path> originalFile = original.isTextual() ? Optional.of(Path.of(original.textValue())) : Optional.empty();
            Instant savedAt = Instant.parse(root.path(SAVED_AT).asText());
            return Optional.of(new Recovery(file, loaded.document(), originalFile, savedAt));
        } catch (IOException | ScenarioFileException | InvalidPathException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Tried; it will be tried again next start.
        }
    }
}
