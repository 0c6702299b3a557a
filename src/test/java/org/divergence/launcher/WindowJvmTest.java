package org.divergence.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** When the launcher starts the window in a JVM with a small heap, and with which command. */
class WindowJvmTest {

    private static final Optional<String> JAVA = Optional.of("/opt/jdk/bin/java");

    @Test
    void aPlainJarStartRunsTheWindowInASmallHeapJvmWithEverythingPassedOn() {
        Optional<List<String>> command = WindowJvm.childCommand(JAVA, List.of("-Dprism.order=sw"),
                "/home/me/divergence.jar", List.of("my scenario.divergence.json"), List.of("-XX:SharedArchiveFile=a.jsa"));

        assertThat(command).contains(List.of("/opt/jdk/bin/java", "-Dprism.order=sw",
                "-XX:+UseSerialGC", "-Xms128m", "-Xmn64m", "-XX:SurvivorRatio=4", "-XX:MetaspaceSize=64m", "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:SharedArchiveFile=a.jsa", "-Ddivergence.relaunched=true",
                "-jar", "/home/me/divergence.jar", "my scenario.divergence.json"));
    }

    @Test
    void withoutAnyJvmArgumentsToo() {
        assertThat(WindowJvm.childCommand(JAVA, List.of(), "divergence.jar", List.of(), List.of())).isPresent();
    }

    @Test
    void theChildNeverStartsAnother() {
        assertThat(WindowJvm.childCommand(JAVA, List.of("-Ddivergence.relaunched=true", "-XX:+UseSerialGC"),
                "divergence.jar", List.of(), List.of())).isEmpty();
        assertThat(WindowJvm.childCommand(JAVA, List.of("-Ddivergence.relaunched=true"), "divergence.jar", List.of(), List.of()))
                .isEmpty();
    }

    @Test
    void chosenJvmOptionsAreKept() {
        for (String option : List.of("-Xmx2g", "-XX:+UseZGC", "-XX:MaxRAMPercentage=10",
                "-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:profiler.jar", "-ea")) {
            assertThat(WindowJvm.childCommand(JAVA, List.of("-Dprism.order=sw", option), "divergence.jar", List.of(), List.of()))
                    .as(option).isEmpty();
        }
    }

    @Test
    void canBeSwitchedOff() {
        assertThat(WindowJvm.childCommand(JAVA, List.of("-Ddivergence.relaunch=false"), "divergence.jar", List.of(), List.of()))
                .isEmpty();
    }

    @Test
    void onlyFromAJarAndWithAKnownJava() {
        assertThat(WindowJvm.childCommand(JAVA, List.of(), "target/classes", List.of(), List.of())).isEmpty();
        assertThat(WindowJvm.childCommand(JAVA, List.of(), "a.jar" + java.io.File.pathSeparator + "b.jar", List.of(), List.of()))
                .isEmpty();
        assertThat(WindowJvm.childCommand(Optional.empty(), List.of(), "divergence.jar", List.of(), List.of())).isEmpty();
    }
}
