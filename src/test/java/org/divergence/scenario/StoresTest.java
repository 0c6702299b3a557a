package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autosave store, the recent-files list and where they live. */
class StoresTest {

    /** A pid no process can have, standing for a session that crashed. */
    private static final long CRASHED_PID = Long.MAX_VALUE;

    @TempDir
    Path folder;

    private static final ScenarioDocument WORK = ScenarioDocument.untitled(
            Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 222)).withName("Unsaved work");

    @Test
    void unsavedWorkOfACrashedSessionIsOfferedForRecovery() throws Exception {
        Path original = folder.resolve("thesis.divergence.json");
        Instant when = Instant.parse("2025-04-01T12:00:00Z");
        new AutosaveStore(folder, CRASHED_PID).save(WORK, Optional.of(original), when);

        var recoveries = new AutosaveStore(folder).recoverable();

        assertThat(recoveries).hasSize(1);
        assertThat(recoveries.get(0).document()).isEqualTo(WORK);
        assertThat(recoveries.get(0).originalFile()).contains(original);
        assertThat(recoveries.get(0).savedAt()).isEqualTo(when);
    }

    @Test
    void aRunningSessionsAutosaveIsNotOffered() throws Exception {
        AutosaveStore mine = new AutosaveStore(folder);
        mine.save(WORK, Optional.empty(), Instant.now());
        // The current process stands for another window that is still open.
        AutosaveStore otherWindow = new AutosaveStore(folder, ProcessHandle.current().pid() == 1 ? 2 : 1);

        assertThat(mine.recoverable()).isEmpty();
        assertThat(otherWindow.recoverable()).allSatisfy(r -> assertThat(r.autosaveFile()).isNotEqualTo(mine.ownFile()));
    }

    @Test
    void aCleanExitLeavesNothingToRecover() throws Exception {
        AutosaveStore store = new AutosaveStore(folder, CRASHED_PID);
        store.save(WORK, Optional.empty(), Instant.now());
        store.clear();

        assertThat(new AutosaveStore(folder).recoverable()).isEmpty();
    }

    @Test
    void aDiscardedRecoveryIsGoneAndADamagedAutosaveIsRemoved() throws Exception {
        new AutosaveStore(folder, CRASHED_PID).save(WORK, Optional.empty(), Instant.now());
        Files.writeString(folder.resolve("autosave-" + (CRASHED_PID - 1) + ".json"), "{ damaged");
        AutosaveStore store = new AutosaveStore(folder);

        var recoveries = store.recoverable();
        assertThat(recoveries).hasSize(1);
        store.discard(recoveries.get(0));

        assertThat(store.recoverable()).isEmpty();
        assertThat(folder.resolve("autosave-" + (CRASHED_PID - 1) + ".json")).doesNotExist();
    }

    @Test
    void recentFilesAreNewestFirstWithoutDuplicatesAndAtMostTen() {
        RecentFiles recent = new RecentFiles(folder.resolve("recent-files.json"));
        for (int i = 0; i < 12; i++) {
            recent.add(folder.resolve("s" + i + ".divergence.json"));
        }
        recent.add(folder.resolve("s5.divergence.json"));

        assertThat(recent.list()).hasSize(RecentFiles.MAX_ENTRIES);
        assertThat(recent.list().get(0)).isEqualTo(folder.resolve("s5.divergence.json"));
        assertThat(recent.list().get(1)).isEqualTo(folder.resolve("s11.divergence.json"));
        assertThat(recent.list()).doesNotHaveDuplicates().doesNotContain(folder.resolve("s0.divergence.json"));
    }

    @Test
    void recentFilesAreRememberedAcrossRuns() {
        Path store = folder.resolve("data/recent-files.json");
        RecentFiles first = new RecentFiles(store);
        first.add(folder.resolve("a.divergence.json"));
        first.add(folder.resolve("b.divergence.json"));
        first.remove(folder.resolve("a.divergence.json"));

        assertThat(new RecentFiles(store).list()).containsExactly(folder.resolve("b.divergence.json"));
    }

    @Test
    void aDamagedRecentFilesListStartsAfresh() throws Exception {
        Path store = Files.writeString(folder.resolve("recent-files.json"), "\u0000garbage");

        RecentFiles recent = new RecentFiles(store);
        recent.add(folder.resolve("x.divergence.json"));

        assertThat(new RecentFiles(store).list()).containsExactly(folder.resolve("x.divergence.json"));
    }

    @Test
    void theAppDataFolderFollowsEachPlatformsConvention() {
        String home = "/home/ada";
        assertThat(AppDataFolder.resolve(null, "Linux", Map.of(), home)).isEqualTo(Path.of("/home/ada/.local/share/divergence"));
        assertThat(AppDataFolder.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), home)).isEqualTo(Path.of("/data/divergence"));
        assertThat(AppDataFolder.resolve(null, "Linux", Map.of("XDG_DATA_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ada/.local/share/divergence"));
        assertThat(AppDataFolder.resolve(null, "Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/Divergence"));
        assertThat(AppDataFolder.resolve(null, "Windows 11", Map.of("APPDATA", "/appdata"), home)).isEqualTo(Path.of("/appdata/Divergence"));
        assertThat(AppDataFolder.resolve("/tmp/override", "Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/tmp/override"));
    }
}
