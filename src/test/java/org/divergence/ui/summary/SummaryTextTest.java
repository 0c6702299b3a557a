package org.divergence.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.junit.jupiter.api.Test;

class SummaryTextTest {

    @Test
    void readsTheChosenYearsNumbersAsRoundedPercentages() {
        Projection p = DivergenceModel.run(Scenario.defaults());
        int k = p.stepAt(2035);

        String sentence = SummaryText.sentence(p, 2035);

        assertThat(sentence).isEqualTo("In 2035 the three largest mining operators hold "
                + Math.round(100 * p.value(Output.MINING_TOP3_SHARE, k)) + " % of hashrate; "
                + Math.round(100 * p.value(Output.EDGE_SHARE, k)) + " % of AI inference runs on people's devices. "
                + "Decentralization index: mining " + Math.round(p.value(Output.MINING_DECENTRALIZATION, k))
                + ", edge AI " + Math.round(p.value(Output.EDGE_DECENTRALIZATION, k)) + " (of 100).");
    }

    @Test
    void aYearBeyondTheHorizonSpeaksAboutTheLastYear() {
        Projection p = DivergenceModel.run(Scenario.defaults().with(Parameter.END_YEAR, 2030));
        assertThat(SummaryText.sentence(p, 2035)).startsWith("In 2030 ");
    }

    @Test
    void followsTheLevers() {
        Projection today = DivergenceModel.run(Scenario.defaults());
        Projection fastChips = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 500));
        assertThat(SummaryText.sentence(fastChips, 2035)).isNotEqualTo(SummaryText.sentence(today, 2035));
    }
}
