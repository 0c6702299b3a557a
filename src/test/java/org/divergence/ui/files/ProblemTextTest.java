package org.divergence.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.divergence.text.Text;

import org.divergence.scenario.Problem;
import org.divergence.scenario.ScenarioFileException;
import org.divergence.scenario.ScenarioReader;

/** Open errors as a person reads them: sentences that start with what they are about, no parser jargon first. */
class ProblemTextTest {

    private static ScenarioFileException errorFor(String content) {
        try {
            ScenarioReader.read(content.getBytes(StandardCharsets.UTF_8), "x.divergence.json", "x");
        } catch (ScenarioFileException e) {
            return e;
        }
        throw new AssertionError("expected " + content + " to be refused");
    }

    @Test
    void aValueOutOfRangeNamesTheParameterByItsLabel() {
        String text = ProblemText.openError(errorFor("{\"formatVersion\": 2, \"levers\": {\"npuThroughput\": 9000}}"), Text.ENGLISH);

        assertThat(text).isEqualTo("Some values in the file are missing or not allowed:\n"
                + "• NPU throughput (levers.npuThroughput) must be between 1 and 500 TOPS, got 9000\n\n"
                + "The scenario on screen has not changed.");
    }

    @Test
    void brokenJsonSaysSoWithItsPlaceAndNotTheFieldTheParserWasIn() {
        String text = ProblemText.openError(errorFor("{\"formatVersion\":2,"), Text.ENGLISH);

        assertThat(text).startsWith("The file is damaged or is not a Divergence scenario:\n"
                + "• The file is not valid JSON (line 1, column 20): the file ends before an object or list is closed")
                .doesNotContain("formatVersion:");
    }

    @Test
    void problemsWithTheWholeFileReadAsSentences() {
        assertThat(ProblemText.sentence(new Problem("", "is too large to be a scenario file (2.0 MB; the limit is 1024 KB)"), Text.ENGLISH))
                .isEqualTo("The file is too large to be a scenario file (2.0 MB; the limit is 1024 KB)");
        assertThat(ProblemText.sentence(new Problem("", "the file is empty"), Text.ENGLISH)).isEqualTo("The file is empty");
        assertThat(ProblemText.sentence(new Problem("", "not a Divergence scenario file (it has no formatVersion, levers or assumptions field)"), Text.ENGLISH))
                .startsWith("Not a Divergence scenario file");
        assertThat(ProblemText.sentence(new Problem("view.summaryYear", "must be a whole year from 2025 to 2040, got 1900; ignored"), Text.ENGLISH))
                .isEqualTo("“view.summaryYear” must be a whole year from 2025 to 2040, got 1900; ignored");
        assertThat(ProblemText.sentence(new Problem("assumptions.colour", "unknown field, ignored"), Text.ENGLISH))
                .isEqualTo("“assumptions.colour”: unknown field, ignored");
        assertThat(ProblemText.sentence(new Problem("levers.electricityPrice", "missing; set to the default 0.050 USD/kWh"), Text.ENGLISH))
                .isEqualTo("Electricity price (levers.electricityPrice): missing; set to the default 0.050 USD/kWh");
    }

    @Test
    void aFileOfAnotherFormatIsAboutTheFileNotItsValues() {
        String text = ProblemText.openError(errorFor("{\"formatVersion\": \"two\", \"levers\": {}}"), Text.ENGLISH);
        assertThat(text).startsWith("The file is damaged or is not a Divergence scenario:");
    }

    @Test
    void longListsEndWithHowManyMore() {
        List<Problem> many = java.util.stream.IntStream.range(0, 15)
                .mapToObj(i -> new Problem("levers.x" + i, "missing")).toList();

        String list = ProblemText.list(many, Text.ENGLISH);

        assertThat(list.lines()).hasSize(ProblemText.SHOWN + 1).last().isEqualTo("• and 3 more");
    }
}
