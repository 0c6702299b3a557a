package org.divergence.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the plain jar's window JVM writes, keeps, uses or throws away its class-data archive. */
class ClassDataArchiveTest {

    private static final String HOME = "/opt/jdk";
    private static final String VERSION = "17.0.15+6";

    @TempDir
    Path data;

    private Path jar() throws IOException {
        Path jar = data.resolve("divergence.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "a jar");
        }
        return jar;
    }

    @Test
    void theFirstWindowWritesOneAtExitAndLaterOnesMapIt() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(data, jar(), HOME, VERSION);

        assertThat(archive.usable()).isEmpty();
        assertThat(archive.options(42)).first().isEqualTo("-XX:ArchiveClassesAtExit=" + archive.pending(42));

        Files.write(archive.pending(42), new byte[1234]);
        archive.settle(42, 0, check -> true);

        assertThat(archive.usable()).hasValueSatisfying(kept -> {
            assertThat(kept.getFileName().toString()).endsWith("-1234.jsa");
            assertThat(kept.getParent()).isEqualTo(data.resolve(ClassDataArchive.FOLDER));
        });
        assertThat(archive.options(43)).first().isEqualTo("-XX:SharedArchiveFile=" + archive.usable().orElseThrow());
        assertThat(archive.pending(42)).doesNotExist();
    }

    @Test
    void oneWrittenByAWindowThatDidNotExitCleanlyOrThatNoJvmCanMapIsThrownAway() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(data, jar(), HOME, VERSION);
        archive.options(1);
        Files.write(archive.pending(1), new byte[10]);
        archive.settle(1, 143, check -> true);
        assertThat(archive.pending(1)).doesNotExist();

        Files.write(archive.pending(2), new byte[10]);
        archive.settle(2, 0, check -> false);
        assertThat(archive.pending(2)).doesNotExist();
        assertThat(archive.usable()).isEmpty();
    }

    /** What a window JVM of process {@code pid} does: asks for its options, writes {@code bytes}, exits cleanly. */
    private static Path written(ClassDataArchive archive, long pid, int bytes) throws IOException {
        archive.options(pid);
        Files.write(archive.pending(pid), new byte[bytes]);
        archive.settle(pid, 0, check -> true);
        return archive.usable().orElseThrow();
    }

    @Test
    void aTruncatedArchiveIsNeverUsed() throws IOException {
        ClassDataArchive archive = ClassDataArchive.of(data, jar(), HOME, VERSION);
        Path kept = written(archive, 1, 100);

        Files.write(kept, new byte[60]);

        assertThat(archive.usable()).isEmpty();
        assertThat(archive.options(2)).first().asString().startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void aNewJarOrANewJavaGetsANewArchiveAndTheOldOneGoes() throws IOException {
        Path oldFile = written(ClassDataArchive.of(data, jar(), HOME, VERSION), 1, 100);

        assertThat(ClassDataArchive.of(data, jar(), HOME, "21.0.2+13").usable()).isEmpty();
        Files.setLastModifiedTime(jar(), FileTime.fromMillis(Files.getLastModifiedTime(jar()).toMillis() + 60_000));
        ClassDataArchive rebuilt = ClassDataArchive.of(data, jar(), HOME, VERSION);
        assertThat(rebuilt.usable()).isEmpty();

        assertThat(written(rebuilt, 2, 200)).exists();
        assertThat(oldFile).doesNotExist();
    }

    @Test
    void aRealJvmRefusesAnArchiveThatIsNotOne() throws IOException {
        Path garbage = data.resolve("garbage.jsa");
        Files.write(garbage, new byte[4096]);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(ClassDataArchive.ArchiveCheck.withJava(java, System.getProperty("java.class.path")).maps(garbage)).isFalse();
        assertThat(data.resolve("garbage.jsa.crash.log")).doesNotExist();
    }
}
