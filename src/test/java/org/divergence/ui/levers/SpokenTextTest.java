package org.divergence.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.divergence.model.Parameter;

class SpokenTextTest {

    @Test
    void unitsAreWrittenOutForAScreenReader() {
        assertThat(SpokenText.unit("USD/kWh")).isEqualTo("USD per kWh");
        assertThat(SpokenText.unit("J/TH")).isEqualTo("joules per terahash");
        assertThat(SpokenText.unit("%/yr")).isEqualTo("percent per year");
        assertThat(SpokenText.unit("EH/s")).isEqualTo("exahash per second");
        assertThat(SpokenText.unit("USD/Mtok")).isEqualTo("USD per million tokens");
        assertThat(SpokenText.unit("x")).isEqualTo("times");
        assertThat(SpokenText.unit("TOPS")).isEqualTo("TOPS");
    }

    @Test
    void labelsInsideASentenceKeepTheirAcronyms() {
        assertThat(Parameter.ELECTRICITY_PRICE.labelInSentence()).isEqualTo("electricity price");
        assertThat(Parameter.ASIC_EFFICIENCY.labelInSentence()).isEqualTo("ASIC efficiency");
        assertThat(Parameter.BTC_PRICE.labelInSentence()).isEqualTo("BTC price at start");
    }

    @Test
    void everyParameterHasANameAndAResetSentence() {
        assertThat(SpokenText.reset(Parameter.ELECTRICITY_PRICE)).isEqualTo("Reset electricity price to 0.05 USD per kWh");
        for (Parameter p : Parameter.values()) {
            assertThat(SpokenText.name(p)).startsWith(p.label() + ", ").doesNotContain("/");
            assertThat(SpokenText.reset(p)).startsWith("Reset ").contains(Parameter.plain(p.defaultValue()));
        }
    }
}
