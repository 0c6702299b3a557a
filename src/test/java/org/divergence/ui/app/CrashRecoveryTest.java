package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.divergence.model.Parameter;
import org.divergence.scenario.AutosaveStore;

/**
 * The promise behind autosave, tried for real: a window in its own process is changed the way a
 * drag changes it, then killed with SIGKILL (no shutdown hook, no chance to save) a little more
 * than two seconds after the last change. The next start finds the last change to offer back.
 */
class CrashRecoveryTest {

    /** Autosave writes within 0.5 s of a pause (1.5 s into a drag); this leaves room for a slow disk. */
    private static final long KILL_AFTER_MILLIS = 2_200;

    @TempDir
    Path data;

    @Test
    void aChangeMadeMoreThanTwoSecondsBeforeAKillIsOfferedAtTheNextStart() throws Exception {
        Process window = startWindow();
        try (BufferedReader answers = new BufferedReader(new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter orders = new PrintWriter(window.getOutputStream(), true, StandardCharsets.UTF_8)) {
            assertThat(answers.readLine()).isEqualTo("ready");
            // A drag: 40 changes, 40 ms apart, ending on 240 TOPS.
            List<String> sent = new ArrayList<>();
            for (int value = 201; value <= 240; value++) {
                orders.println("set " + Parameter.NPU_THROUGHPUT.key() + " " + value);
                assertThat(answers.readLine()).isEqualTo("set " + value);
                sent.add(String.valueOf(value));
                Thread.sleep(40);
            }
            Thread.sleep(KILL_AFTER_MILLIS);
        } finally {
            window.destroyForcibly();
            assertThat(window.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(window.exitValue()).as("killed by SIGKILL: 128 + 9").isEqualTo(137);

        // The next start: another process, for which the killed one's work is a crash's.
        List<AutosaveStore.Recovery> found = new AutosaveStore(data.resolve("autosave"), ProcessHandle.current().pid())
                .recoverable();
        assertThat(found).singleElement().satisfies(recovery ->
                assertThat(recovery.document().scenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(240));
    }

    private Process startWindow() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dprism.text=t2k",
                "-cp", System.getProperty("java.class.path"),
                CrashTestWindow.class.getName(), data.toString()));
        return new ProcessBuilder(command).redirectError(new File(data.toFile(), "window-stderr.txt")).start();
    }
}
