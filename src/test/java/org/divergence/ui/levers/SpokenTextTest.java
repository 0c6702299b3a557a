package org.divergence.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.divergence.model.Parameter;
import org.divergence.text.Text;

class SpokenTextTest {

    @Test
    void unitsAreWrittenOutForAScreenReader() {
        Text en = Text.ENGLISH;
        assertThat(en.spokenUnit(Parameter.ELECTRICITY_PRICE)).isEqualTo("USD per kWh");
        assertThat(en.spokenUnit(Parameter.ASIC_EFFICIENCY)).isEqualTo("joules per terahash");
        assertThat(en.spokenUnit(Parameter.NPU_GROWTH)).isEqualTo("percent per year");
        assertThat(en.spokenUnit(Parameter.START_HASHRATE)).isEqualTo("exahash per second");
        assertThat(en.spokenUnit(Parameter.PRIVACY_VALUE)).isEqualTo("USD per million tokens");
        assertThat(en.spokenUnit(Parameter.DATA_CENTER_PUE)).isEqualTo("times");
        assertThat(en.spokenUnit(Parameter.NPU_THROUGHPUT)).isEqualTo("TOPS");
        assertThat(Text.GERMAN.spokenUnit(Parameter.NPU_GROWTH)).isEqualTo("Prozent pro Jahr");
        assertThat(Text.GERMAN.spokenUnit(Parameter.ASIC_EFFICIENCY)).isEqualTo("Joule pro Terahash");
    }

    @Test
    void labelsInsideASentenceKeepTheirAcronyms() {
        assertThat(Text.ENGLISH.labelInSentence(Parameter.ELECTRICITY_PRICE)).isEqualTo("electricity price");
        assertThat(Text.ENGLISH.labelInSentence(Parameter.ASIC_EFFICIENCY)).isEqualTo("ASIC efficiency");
        assertThat(Text.ENGLISH.labelInSentence(Parameter.BTC_PRICE)).isEqualTo("BTC price at start");
        assertThat(Text.GERMAN.labelInSentence(Parameter.ELECTRICITY_PRICE)).as("German nouns keep their capital")
                .isEqualTo("Strompreis");
    }

    @Test
    void everyParameterHasANameAndAResetSentence() {
        assertThat(SpokenText.reset(Parameter.ELECTRICITY_PRICE, Text.ENGLISH))
                .isEqualTo("Reset electricity price to 0.05 USD per kWh");
        assertThat(SpokenText.reset(Parameter.ELECTRICITY_PRICE, Text.GERMAN))
                .isEqualTo("Strompreis auf 0,05 USD pro kWh zurücksetzen");
        for (Parameter p : Parameter.values()) {
            assertThat(Text.ENGLISH.spokenName(p)).startsWith(p.label() + ", ").doesNotContain("/");
            assertThat(SpokenText.reset(p, Text.ENGLISH)).startsWith("Reset ").contains(Parameter.plain(p.defaultValue()));
        }
    }
}
