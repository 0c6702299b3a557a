package org.divergence.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The plain jar's class-data archive: the classes the window loads, kept ready to map (JDK class-data
 * sharing), so the next start does not read, verify and link them again (about a quarter less CPU until
 * the first chart, docs/BENCHMARKS.md). The packaged app ships one made at build time (packaging/);
 * a plain {@code java -jar} makes its own: the first window's JVM writes it when it exits
 * ({@code -XX:ArchiveClassesAtExit}), and later windows map it ({@code -XX:SharedArchiveFile}).
 *
 * <p>It lives in the app's data folder under {@code class-data/}, named after the jar (path, size,
 * time) and the Java runtime, so a new jar or a new Java makes a new one and the old one is removed.
 * A half-written archive can crash the JVM that maps it, so one is kept only after a clean exit and
 * after a separate JVM has mapped it and checked its checksums; the file name records its size, and
 * one of another size is never used.
 */
final class ClassDataArchive {

    static final String FOLDER = "class-data";

    private final Path folder;
    private final String key;

    private ClassDataArchive(Path folder, String key) {
        this.folder = folder;
        this.key = key;
    }

    /** The archive for {@code jar} run by the Java at {@code javaHome} (version {@code javaVersion}). */
    static ClassDataArchive of(Path dataFolder, Path jar, String javaHome, String javaVersion) {
        String identity;
        try {
            identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                    + "|" + javaHome + "|" + javaVersion;
        } catch (IOException e) {
            identity = jar.toAbsolutePath() + "|" + javaHome + "|" + javaVersion;
        }
        return new ClassDataArchive(dataFolder.resolve(FOLDER), sha256(identity).substring(0, 16));
    }

    /** The checked archive, if there is one of the size its name records. */
    Optional<Path> usable() {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, key + "-*.jsa")) {
            for (Path archive : found) {
                String name = archive.getFileName().toString();
                String size = name.substring(key.length() + 1, name.length() - ".jsa".length());
                if (size.matches("\\d+") && Files.size(archive) == Long.parseLong(size)) {
                    return Optional.of(archive);
                }
            }
        } catch (IOException e) {
            // No folder yet, or unreadable: start without an archive.
        }
        return Optional.empty();
    }

    /** Where this JVM's window writes a new archive at exit (one per process, so two windows never share one). */
    Path pending(long pid) {
        return folder.resolve(key + "." + pid + ".tmp");
    }

    /**
     * The child JVM's options: map the archive, or write one at exit. Unified logging is kept quiet
     * about it: an archive that cannot be used only means a slower start.
     */
    List<String> options(long pid) {
        Optional<Path> archive = usable();
        if (archive.isPresent()) {
            return List.of("-XX:SharedArchiveFile=" + archive.get(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return List.of();
        }
        return List.of("-XX:ArchiveClassesAtExit=" + pending(pid), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * After the window's JVM exited: keeps the archive it wrote if it exited cleanly and
     * {@code check} (a JVM mapping it) succeeds, removing older ones; otherwise deletes it.
     */
    void settle(long pid, int exitCode, ArchiveCheck check) {
        Path pending = pending(pid);
        if (!Files.exists(pending)) {
            return;
        }
        try {
            if (exitCode == 0 && check.maps(pending)) {
                long size = Files.size(pending);
                Path kept = folder.resolve(key + "-" + size + ".jsa");
                Files.move(pending, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                try (DirectoryStream<Path> all = Files.newDirectoryStream(folder, "*.jsa")) {
                    for (Path other : all) {
                        if (!other.equals(kept)) {
                            other.toFile().setWritable(true); // the JVM writes archives read-only
                            Files.deleteIfExists(other);
                        }
                    }
                }
            } else {
                Files.deleteIfExists(pending);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException ignored) {
                // Nothing more to do: the next window writes a new one.
            }
        }
    }

    /** Whether a JVM starts with an archive mapped and its checksums right. */
    interface ArchiveCheck {
        boolean maps(Path archive);

        /** Runs {@code java -Xshare:on -XX:+VerifySharedSpaces ... --version} with the jar. */
        static ArchiveCheck withJava(String java, String jar) {
            return archive -> {
                try {
                    Process p = new ProcessBuilder(java, "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                            "-XX:+VerifySharedSpaces", "-XX:ErrorFile=" + archive + ".crash.log",
                            "-cp", jar, Launcher.class.getName(), "--version")
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
                    p.destroy();
                    Files.deleteIfExists(Path.of(archive + ".crash.log"));
                    return ok;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            };
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
