package org.divergence.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.divergence.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When the launcher says "no desktop" in one line instead of starting JavaFX, and that it really does. */
class NoDesktopTest {

    private static final Properties NO_PROPERTIES = new Properties();

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "FreeBSD", "SunOS", "AIX"})
    void unixWithoutAnyDisplayIsCertain(String os) {
        assertThat(NoDesktop.certain(Map.of(), os, NO_PROPERTIES)).isTrue();
        assertThat(NoDesktop.certain(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", " "), os, NO_PROPERTIES)).isTrue();
    }

    @Test
    void eitherDisplayVariableMeansTryIt() {
        assertThat(NoDesktop.certain(Map.of("DISPLAY", ":0"), "Linux", NO_PROPERTIES)).isFalse();
        assertThat(NoDesktop.certain(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", NO_PROPERTIES)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mac OS X", "Windows 11", "Windows Server 2022"})
    void macOsAndWindowsNeedNoDisplayVariable(String os) {
        assertThat(NoDesktop.certain(Map.of(), os, NO_PROPERTIES)).isFalse();
    }

    @Test
    void aChosenGlassPlatformSuchAsHeadlessMonocleIsLeftAlone() {
        Properties monocle = new Properties();
        monocle.setProperty("glass.platform", "Monocle");

        assertThat(NoDesktop.certain(Map.of(), "Linux", monocle)).isFalse();
    }

    @Test
    void onlyGlassFailingToOpenTheDisplayCountsAsNoDesktop() {
        UnsupportedOperationException glass = new UnsupportedOperationException("Unable to open DISPLAY");

        assertThat(NoDesktop.isDisplayFailure(glass)).isTrue();
        assertThat(NoDesktop.isDisplayFailure(new RuntimeException("Application launch exception", glass))).isTrue();
        assertThat(NoDesktop.isDisplayFailure(new UnsupportedOperationException("Unable to load glass GTK library.")))
                .isFalse();
        assertThat(NoDesktop.isDisplayFailure(new RuntimeException("Exception in Application start method",
                new NullPointerException()))).isFalse();
        assertThat(NoDesktop.isDisplayFailure(new UnsupportedOperationException())).isFalse();
    }

    @Test
    void theMessageIsOneLineAndSaysHowToRunHeadless() {
        assertThat(NoDesktop.MESSAGE).doesNotContain("\n").contains("desktop", "--csv", "--help");
    }

    /**
     * The real thing: the launcher's main in a JVM with an empty environment (so no DISPLAY) prints
     * exactly the one line and exits with 4, for no arguments and for a file to open, without
     * starting JavaFX or a second JVM. Only where the check is certain (Linux and other Unix).
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "thesis.divergence.json"})
    void theLauncherWithoutADisplaySaysSoInOneLine(String argument) throws Exception {
        assumeTrue(NoDesktop.certain(Map.of(), System.getProperty("os.name"), NO_PROPERTIES),
                "the no-desktop check is certain only on Linux and other Unix systems");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        if (!argument.isEmpty()) {
            command.add(argument);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        Process child = builder.start();
        child.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(child.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(child.getErrorStream()));

        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
            assertThat(child.exitValue()).isEqualTo(CommandLine.NO_DESKTOP).isEqualTo(4);
            assertThat(err.get().lines().toList()).containsExactly(NoDesktop.MESSAGE);
            assertThat(out.get()).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
