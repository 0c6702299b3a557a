package org.divergence.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that an interrupted save (crash, full disk, power cut) never leaves a half-written
 * file where the old one was: the bytes go to a temporary file in the same folder, are flushed to
 * the disk, and only then replace the target in one rename.
 */
public final class AtomicFiles {

    /** Produces a file's content; lets tests fail half-way through writing. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        prepare(target, content).commit();
    }

    /**
     * Writes the temporary file now and replaces the target only on {@link Pending#commit()}, so a
     * caller with several files to write can fail before any of them appears.
     */
    public static Pending prepare(Path target, byte[] bytes) throws IOException {
        return prepare(target, out -> out.write(bytes));
    }

    public static Pending prepare(Path target, Content content) throws IOException {
        Path resolved = resolveLink(target.toAbsolutePath());
        Path folder = resolved.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("folder " + folder + " does not exist");
        }
        if (Files.isDirectory(resolved)) {
            throw new IOException(resolved + " is a folder");
        }
        // Same folder, so the final rename never crosses file systems and can be atomic. Created with
        // CREATE_NEW rather than createTempFile so it gets the user's usual permissions, not owner-only.
        String name = resolved.getFileName().toString();
        // Cut long names so the temporary name stays within the usual 255-character limit.
        String stem = name.length() > 200 ? name.substring(0, 200) : name;
        Path temp = folder.resolve("." + stem + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            keepPermissions(resolved, temp);
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        return new Pending(temp, resolved);
    }

    /** A fully written temporary file waiting to replace its target. */
    public static final class Pending {
        private final Path temp;
        private final Path target;
        private boolean done;

        private Pending(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        public Path target() { return target; }

        public void commit() throws IOException {
            if (done) {
                throw new IllegalStateException("already committed or abandoned");
            }
            done = true;
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                deleteQuietly(temp);
                throw e;
            }
            syncFolder(target.getParent());
        }

        /** Removes the temporary file; the target is untouched. */
        public void abandon() {
            if (!done) {
                done = true;
                deleteQuietly(temp);
            }
        }
    }

    /** Saving over a symbolic link updates the file it points to instead of replacing the link. */
    private static Path resolveLink(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); Windows refuses and does not need it. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Not supported here; the file itself is already on disk.
        }
    }

    /** A saved-over file keeps its permissions (for example group-readable class hand-ins). */
    private static void keepPermissions(Path original, Path temp) {
        try {
            if (Files.exists(original)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(original));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to read: the default permissions are fine.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stray temporary file is harmless; the error that brought us here matters more.
        }
    }
}
