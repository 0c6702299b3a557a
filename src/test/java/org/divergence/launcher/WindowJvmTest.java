package org.divergence.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The window's options are written in four places that Java cannot share: the plain jar's
     * launcher, {@code mvn javafx:run}, the packaged launcher and the painted-frames harness. They are
     * the same list, in the same order, in all four.
     */
    @Test
    void theWindowsOptionsAreTheSameForEveryWayOfStartingIt() throws IOException {
        assertThat(all(Pattern.compile("<option>([^<]+)</option>"), Files.readString(Path.of("pom.xml"))))
                .as("pom.xml, javafx:run").isEqualTo(WindowJvm.OPTIONS);
        assertThat(all(Pattern.compile("--java-options (-X(?!X:SharedArchiveFile)\\S+)"),
                Files.readString(Path.of("packaging", "app-image.args")))).as("packaging/app-image.args")
                .isEqualTo(WindowJvm.OPTIONS);
        String harness = Files.readString(Path.of("bench", "painted-frames.sh")).replaceAll("\\\\\\n", " ").replaceAll("[ \\t]+", " ");
        assertThat(harness).as("bench/painted-frames.sh").contains("java " + String.join(" ", WindowJvm.OPTIONS) + " ");
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
