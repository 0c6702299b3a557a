package org.divergence.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ViewSettings;
import org.divergence.text.Text;

/**
 * A figure exported from a German window is German: chart titles, axes, legends and caption, with
 * decimal commas and a German date; the same figure from the command line is English.
 */
class GermanFigureTest {

    private static final Scenario LEAP = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 150)
            .with(Parameter.HOME_VINTAGE, 6.5);
    private static final Projection PROJECTION = DivergenceModel.run(LEAP);
    private static final ScenarioDocument DOCUMENT = ScenarioDocument.untitled(LEAP).withName("Sprung")
            .withView(ViewSettings.NONE.withBaseline(Optional.of(new ViewSettings.Baseline("Heute", Scenario.defaults()))));

    private static Figure figure(Optional<ChartSpec> chart, Text text) {
        return new Figure(chart, 1200, OptionalDouble.empty(), Theme.LIGHT, true, DOCUMENT, PROJECTION,
                Optional.of(DivergenceModel.run(Scenario.defaults())), OptionalDouble.of(2035), LocalDate.of(2026, 11, 29),
                false, Optional.empty(), text);
    }

    @Test
    void theCaptionSpeaksTheFiguresLanguage() {
        List<String> german = Caption.lines(DOCUMENT, true, LocalDate.of(2026, 11, 29), Text.GERMAN);
        assertThat(german.get(0)).isEqualTo("Szenario „Sprung“; gestrichelte Linien: Referenz „Heute“.");
        assertThat(german.get(1)).isEqualTo("Hebel: Strompreis 0,050 USD/kWh, ASIC-Effizienz 17,5 J/TH, NPU-Durchsatz 150 TOPS, "
                + "Regulierungsstärke 20 %; Regulierungsart: Gegen Konzentration.");
        assertThat(german.get(2)).isEqualTo("Von ihren Standardwerten geänderte Annahmen: "
                + "Hardware-Alter Heim-Miner 6,5 Jahre (Standard 4,0).");
        assertThat(german.get(3)).contains("29. November 2026");
        List<String> english = Caption.lines(DOCUMENT, true, LocalDate.of(2026, 11, 29));
        assertThat(english.get(1)).startsWith("Levers: electricity price 0.050 USD/kWh, ASIC efficiency 17.5 J/TH");
        assertThat(english.get(2)).isEqualTo("Assumptions changed from their defaults: home miner hardware age 6.5 years (default 4.0).");
    }

    @Test
    void aGermanSvgHasGermanWordsAndDecimalCommasAndTheEnglishOneHasNone() {
        String german = new String(FigureExport.svg(figure(Optional.empty(), Text.GERMAN)), StandardCharsets.UTF_8);
        assertThat(german).contains("Dezentralisierung: Bitcoin-Mining gegen Edge-KI", "Strompreis an der Gewinnschwelle",
                "Jahr", "Heim-Miner", "Referenz „Heute“", "0,05");
        String english = new String(FigureExport.svg(figure(Optional.empty(), Text.ENGLISH)), StandardCharsets.UTF_8);
        assertThat(english).contains(Charts.HEADLINE.title(), "Year").doesNotContain("Jahr", "Heim-Miner");
    }

    @Test
    void aChartInAnotherLanguageIsTheSameChartWithOtherWords() {
        for (ChartSpec english : Charts.ALL) {
            ChartSpec german = Charts.in(Text.GERMAN, english);
            assertThat(german.id()).isEqualTo(english.id());
            assertThat(german.title()).isNotEqualTo(english.title());
            assertThat(german.series()).hasSameSizeAs(english.series());
            assertThat(german.stacked()).isEqualTo(english.stacked());
            assertThat(german.axis().policy()).isEqualTo(english.axis().policy());
            assertThat(ChartData.of(german, PROJECTION).value(0, 10)).isEqualTo(ChartData.of(english, PROJECTION).value(0, 10));
            assertThat(Charts.in(Text.ENGLISH, german)).isSameAs(english);
        }
        assertThat(Charts.all(Text.GERMAN)).extracting(ChartSpec::id).isEqualTo(Charts.ids());
    }
}
