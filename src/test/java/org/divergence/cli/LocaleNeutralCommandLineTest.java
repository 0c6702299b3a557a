package org.divergence.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line speaks one language whatever the system's: English words, a decimal point and the
 * same CSV columns on a German system as on an English one (the window's language is the window's
 * business). Each run is made twice, under an English and a German default locale, and compared.
 */
class LocaleNeutralCommandLineTest {

    private static final Locale BEFORE = Locale.getDefault();

    @TempDir
    Path folder;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(BEFORE);
    }

    private record Run(int exitCode, String out, String err, byte[] file) {}

    private Run run(Locale locale, Path file, String... args) throws Exception {
        Locale.setDefault(locale);
        Files.deleteIfExists(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                Files.exists(file) ? Files.readAllBytes(file) : new byte[0]);
    }

    @Test
    void everyKindOfRunPrintsAndWritesTheSameUnderAGermanSystem() throws Exception {
        Path csv = folder.resolve("out.csv");
        List<String[]> runs = List.of(
                new String[] {"--help"},
                new String[] {"--list-presets"},
                new String[] {"--preset", "npu-leap", "--csv", "-"},
                new String[] {"--preset", "baseline", "--set", "electricityPrice=0.07", "--years", "2025:2030", "--csv",
                        csv.toString()},
                new String[] {"--sweep", "electricityPrice=0.03:0.09:3", "--csv", "-"},
                new String[] {"--preset", "baseline", "--save-scenario", "-"},
                new String[] {"--preset", "npu-leap", "--baseline", "baseline", "--svg", csv.toString(), "--caption", "on"},
                new String[] {"--preset", "npu-leap", "--chart", "breakeven", "--svg", csv.toString()},
                new String[] {"--set", "electricityPrice=0,07"},
                new String[] {"--set", "electricityPrice=5"});
        for (String[] args : runs) {
            Run english = run(Locale.US, csv, args);
            Run german = run(Locale.GERMANY, csv, args);
            String what = String.join(" ", args);
            assertThat(german.exitCode()).as(what).isEqualTo(english.exitCode());
            assertThat(german.out()).as(what).isEqualTo(english.out());
            assertThat(german.err()).as(what).isEqualTo(english.err());
            assertThat(withoutTimes(german.file())).as(what).isEqualTo(withoutTimes(english.file()));
            if (what.contains("--svg")) {
                assertThat(english.exitCode()).as(what).isZero();
                assertThat(new String(english.file(), java.nio.charset.StandardCharsets.UTF_8)).as(what)
                        .contains("<svg").doesNotContain("Jahr");
            }
        }
    }

    /** A written file as text, its instants (a figure's "saved at") blanked: two runs differ in time only. */
    private static String withoutTimes(byte[] file) {
        return new String(file, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "(time)");
    }

    @Test
    void numbersKeepTheirDecimalPointAndColumnsTheirNamesUnderAGermanSystem() throws Exception {
        Run german = run(Locale.GERMANY, folder.resolve("none"), "--preset", "baseline", "--csv", "-");

        String header = german.out().lines().findFirst().orElseThrow();
        assertThat(header).startsWith("year,").contains("mining_decentralization_index");
        assertThat(german.out().lines().skip(1).findFirst().orElseThrow()).contains(".").doesNotContain(";");
        Run typedWithComma = run(Locale.GERMANY, folder.resolve("none"), "--set", "electricityPrice=0,07");
        assertThat(typedWithComma.exitCode()).as("the command line reads a decimal point only")
                .isEqualTo(CommandLine.USAGE);
    }
}
