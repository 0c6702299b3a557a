package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousFileIntactAndNoTemporaryFile() throws Exception {
        Path file = folder.resolve("work.divergence.json");
        Files.writeString(file, "the previous, complete file");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("the new file, half writ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("the previous, complete file");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void aCrashMidWriteLeavesThePreviousFileIntact() throws Exception {
        Path file = folder.resolve("work.divergence.json");
        Files.writeString(file, "previous");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write('{');
            throw new IllegalStateException("process killed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(file)).isEqualTo("previous");
    }

    @Test
    void aCompletedSaveReplacesTheFile() throws Exception {
        Path file = folder.resolve("work.divergence.json");
        Files.writeString(file, "old");

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void preparedWritesAppearOnlyOnCommitAndVanishWhenAbandoned() throws Exception {
        Path kept = folder.resolve("kept.csv");
        Path dropped = folder.resolve("dropped.csv");

        AtomicFiles.Pending keep = AtomicFiles.prepare(kept, "a".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.Pending drop = AtomicFiles.prepare(dropped, "b".getBytes(StandardCharsets.UTF_8));
        assertThat(kept).doesNotExist();
        keep.commit();
        drop.abandon();

        assertThat(kept).hasContent("a");
        assertThat(dropped).doesNotExist();
        assertThat(filesIn(folder)).isEqualTo(1);
    }

    @Test
    void savingOverASymbolicLinkUpdatesTheFileItPointsTo() throws Exception {
        Path real = Files.writeString(folder.resolve("real.divergence.json"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.divergence.json"), real);

        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void aSavedOverFileKeepsItsPermissions() throws Exception {
        Path file = Files.writeString(folder.resolve("shared.divergence.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aMissingFolderIsAnIOExceptionNotACrash() {
        assertThatThrownBy(() -> AtomicFiles.write(folder.resolve("no/such/folder/x.json"), new byte[] {1}))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
    }
}
