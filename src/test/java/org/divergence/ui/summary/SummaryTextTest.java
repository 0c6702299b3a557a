package org.divergence.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;

import org.divergence.text.Text;

class SummaryTextTest {

    @Test
    void readsTheChosenYearsNumbersAsRoundedPercentages() {
        Projection p = DivergenceModel.run(Scenario.defaults());
        int k = p.stepAt(2035);

        String sentence = SummaryText.sentence(p, 2035, Text.ENGLISH);

        assertThat(sentence).isEqualTo("In 2035 the three largest mining operators hold "
                + Math.round(100 * p.value(Output.MINING_TOP3_SHARE, k)) + " % of hashrate; "
                + Math.round(100 * p.value(Output.EDGE_SHARE, k)) + " % of AI inference runs on people's devices. "
                + "Decentralization index: mining " + Math.round(p.value(Output.MINING_DECENTRALIZATION, k))
                + ", edge AI " + Math.round(p.value(Output.EDGE_DECENTRALIZATION, k)) + " (of 100).");
    }

    @Test
    void aYearBeyondTheHorizonSpeaksAboutTheLastYear() {
        Projection p = DivergenceModel.run(Scenario.defaults().with(Parameter.END_YEAR, 2030));
        assertThat(SummaryText.sentence(p, 2035, Text.ENGLISH)).startsWith("In 2030 ");
    }

    @Test
    void followsTheLevers() {
        Projection today = DivergenceModel.run(Scenario.defaults());
        Projection fastChips = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 500));
        assertThat(SummaryText.sentence(fastChips, 2035, Text.ENGLISH)).isNotEqualTo(SummaryText.sentence(today, 2035, Text.ENGLISH));
    }

    @Test
    void withABaselineItSaysHowEachIndexComparesInTheSameYear() {
        Projection p = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 150));
        Projection b = DivergenceModel.run(Scenario.defaults());
        int k = p.stepAt(2035);
        long mining = Math.round(p.value(Output.MINING_DECENTRALIZATION, k)) - Math.round(b.value(Output.MINING_DECENTRALIZATION, k));
        long edge = Math.round(p.value(Output.EDGE_DECENTRALIZATION, k)) - Math.round(b.value(Output.EDGE_DECENTRALIZATION, k));
        assertThat(edge).isGreaterThan(1);

        String sentence = SummaryText.sentence(p, 2035, "Baseline", b, Text.ENGLISH);

        assertThat(sentence).startsWith(SummaryText.sentence(p, 2035, Text.ENGLISH))
                .endsWith(" Against the baseline “Baseline”: mining "
                        + (mining == 0 ? "the same" : Math.abs(mining) + (Math.abs(mining) == 1 ? " point " : " points ")
                                + (mining > 0 ? "higher" : "lower"))
                        + " (" + Math.round(b.value(Output.MINING_DECENTRALIZATION, k)) + "), edge AI "
                        + edge + " points higher (" + Math.round(b.value(Output.EDGE_DECENTRALIZATION, k)) + ").");
        assertThat(SummaryText.sentence(b, 2035, "Same", b, Text.ENGLISH)).endsWith("mining the same ("
                + Math.round(b.value(Output.MINING_DECENTRALIZATION, k)) + "), edge AI the same ("
                + Math.round(b.value(Output.EDGE_DECENTRALIZATION, k)) + ").");
    }

    @Test
    void speaksGermanWhenTheWindowDoes() {
        Projection p = DivergenceModel.run(Scenario.defaults());
        Projection b = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 150));
        int k = p.stepAt(2035);
        assertThat(SummaryText.sentence(p, 2035, Text.GERMAN)).isEqualTo("2035 halten die drei größten Mining-Betreiber "
                + Math.round(100 * p.value(Output.MINING_TOP3_SHARE, k)) + " % der Hashrate; "
                + Math.round(100 * p.value(Output.EDGE_SHARE, k)) + " % der KI-Inferenz laufen auf den Geräten der Menschen. "
                + "Dezentralisierungsindex: Mining " + Math.round(p.value(Output.MINING_DECENTRALIZATION, k))
                + ", Edge-KI " + Math.round(p.value(Output.EDGE_DECENTRALIZATION, k)) + " (von 100).");
        assertThat(SummaryText.sentence(p, 2035, "Referenz", b, Text.GERMAN)).contains(" Gegenüber der Referenz „Referenz“: Mining ")
                .contains(" Punkte niedriger (");
    }

    @Test
    void aBaselineThatEndsEarlierSaysSo() {
        Projection p = DivergenceModel.run(Scenario.defaults().with(Parameter.END_YEAR, 2050));
        Projection b = DivergenceModel.run(Scenario.defaults());
        assertThat(SummaryText.sentence(p, 2045, "Short", b, Text.ENGLISH)).endsWith("The baseline “Short” ends before 2045.");
    }
}
