package org.divergence.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Mechanisms;
import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.divergence.text.Text;

/** The "Why?" sentences follow the numbers: each claim is made exactly when the projection bears it out. */
class ExplainerTest {

    private static final Scenario DEFAULTS = Scenario.defaults();
    private static final Numbers N = new Numbers(Text.ENGLISH);

    @Test
    void homeMinersOutOfTheMoneyAreSaidToBeWithTheirBreakEvenAndThePrice() {
        Projection p = DivergenceModel.run(DEFAULTS.with(Parameter.ELECTRICITY_PRICE, 0.08));
        double breakEven = p.valueAt(Output.BREAKEVEN_PRICE_HOME, 2035);
        assertThat(breakEven).as("the premise").isLessThan(0.08);

        String mining = text(explain(p, 2035), Cause.Topic.MINING);
        assertThat(mining).contains("Home miners are out of the money in 2035")
                .contains("break even at an electricity price of " + N.about(breakEven) + " USD/kWh, and it is 0.08 USD/kWh");
    }

    @Test
    void withCheapPowerNoClassIsSaidToBeOutOfTheMoney() {
        Projection p = DivergenceModel.run(DEFAULTS.with(Parameter.ELECTRICITY_PRICE, 0.02));
        String mining = text(explain(p, 2035), Cause.Topic.MINING);
        assertThat(mining).startsWith("Every class of miner covers its running costs in 2035").doesNotContain("out of the money");
    }

    @Test
    void aClassIsCalledOutOfTheMoneyExactlyWhenItsBreakEvenIsBelowThePrice() {
        Random random = new Random(3);
        for (int n = 0; n < 40; n++) {
            double price = Parameter.ELECTRICITY_PRICE.snap(0.01 + 0.14 * random.nextDouble());
            Scenario s = DEFAULTS.with(Parameter.ELECTRICITY_PRICE, price)
                    .with(Parameter.ASIC_EFFICIENCY, Parameter.ASIC_EFFICIENCY.snap(10 + 30 * random.nextDouble()));
            int year = 2025 + random.nextInt(16);
            Projection p = DivergenceModel.run(s);
            String mining = text(explain(p, year), Cause.Topic.MINING);
            for (OperatorClass c : OperatorClass.values()) {
                boolean out = p.valueAt(c.breakevenOutput(), year) < price;
                assertThat(mining.contains(c.label() + " are out of the money")).as(c + " at " + price + " in " + year).isEqualTo(out);
            }
        }
    }

    @Test
    void theSpellOutOfTheMoneyStartsAtAHalvingWhenOneCausedIt() {
        // At 0.06 USD/kWh home miners cover their costs until the 2028 halving halves their revenue.
        Projection p = DivergenceModel.run(DEFAULTS.with(Parameter.ELECTRICITY_PRICE, 0.06));
        assertThat(p.valueAt(Output.BREAKEVEN_PRICE_HOME, 2027)).as("the premise").isGreaterThan(0.06);
        assertThat(p.valueAt(Output.BREAKEVEN_PRICE_HOME, 2030)).as("the premise").isLessThan(0.06);
        assertThat(text(explain(p, 2030), Cause.Topic.MINING))
                .contains("Home miners are out of the money in 2030 since ")
                .containsPattern("after the halving of \\w+ 2028 cut the block subsidy to 1.5625 BTC");
    }

    @Test
    void theParadoxIsNamedWithItsNumbersOnlyWhenItHolds() {
        Projection p = DivergenceModel.run(DEFAULTS);
        double cloud = p.valueAt(Output.CLOUD_COST, 2035);
        double device = p.valueAt(Output.EDGE_COST, 2035);
        assertThat(cloud).as("the premise: the cloud is cheaper").isLessThan(device);
        assertThat(p.valueAt(Output.EDGE_SHARE, 2035)).as("the premise: the share rises").isGreaterThan(p.value(Output.EDGE_SHARE, 0));
        String edge = text(explain(p, 2035), Cause.Topic.EDGE_AI);
        assertThat(edge).contains("cloud inference costs " + N.about(cloud) + " USD per million tokens, "
                        + N.about(device / cloud) + " times less than on a device")
                .contains("yet the on-device share rose from")
                .contains("at " + N.about(Mechanisms.privacyValue(DEFAULTS)) + " USD")
                .contains("privacy decides");

        // Without a privacy value worth the gap, there is no paradox to explain: the cloud wins.
        Projection cheap = DivergenceModel.run(DEFAULTS.with(Parameter.PRIVACY_VALUE, 0));
        assertThat(text(explain(cheap, 2035), Cause.Topic.EDGE_AI)).doesNotContain("yet").doesNotContain("privacy decides")
                .contains("most tasks go to the cloud");
    }

    @Test
    void theChainOfTheEdgeShareMultipliesOut() {
        Projection p = DivergenceModel.run(DEFAULTS.with(Parameter.NPU_THROUGHPUT, 100));
        String edge = text(explain(p, 2032), Cause.Topic.EDGE_AI);
        assertThat(edge).contains(N.percent(p.valueAt(Output.EDGE_SHARE, 2032)) + " of AI inference runs on people's devices in 2032: "
                + N.percent(p.valueAt(Output.CAPABLE_DEVICE_SHARE, 2032)) + " of devices are AI-capable, "
                + N.percent(p.valueAt(Output.TASK_FIT_SHARE, 2032)) + " of tasks fit on them");
    }

    @Test
    void theTaskSizesAreTheOnesTheShareThatFitsComesFrom() {
        // Φ(ln(device model / median task) / 1.5) is the share of tasks that fit (docs/MODEL.md 4.3).
        Random random = new Random(5);
        for (int n = 0; n < 20; n++) {
            Scenario s = DEFAULTS.with(Parameter.NPU_THROUGHPUT, Parameter.NPU_THROUGHPUT.snap(5 + 300 * random.nextDouble()))
                    .with(Parameter.TASK_SIZE_GROWTH, Parameter.TASK_SIZE_GROWTH.snap(40 * random.nextDouble()));
            Projection p = DivergenceModel.run(s);
            int step = p.stepAt(2025 + random.nextInt(16));
            double ratio = Mechanisms.deviceModelBillionParams(p.value(Output.TYPICAL_DEVICE_TOPS, step))
                    / Mechanisms.medianTaskBillionParams(s, p.year(step));
            double fits = new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(Math.log(ratio) / 1.5);
            assertThat(fits).isCloseTo(p.value(Output.TASK_FIT_SHARE, step), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void theRegulationSentenceSaysWhatTheChosenDesignDoesAtItsStrength() {
        Scenario anti = DEFAULTS.with(Parameter.REGULATION_STRENGTH, 60);
        assertThat(text(explain(DivergenceModel.run(anti), 2035), Cause.Topic.REGULATION))
                .startsWith("Anti-consolidation at 60 % strength: hyperscale miners pay a 30 % surcharge on power and industrial ones 15 %")
                .contains("2.2-fold").contains("lose 18 % of their share");
        Scenario burden = anti.withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN);
        assertThat(text(explain(DivergenceModel.run(burden), 2035), Cause.Topic.REGULATION))
                .startsWith("Compliance burden at 60 % strength: every mining operator pays 15,000 USD a year")
                .contains("smaller clouds lose 30 % of their share");
        Scenario none = DEFAULTS.with(Parameter.REGULATION_STRENGTH, 0);
        Cause off = explain(DivergenceModel.run(none), 2035).about(Cause.Topic.REGULATION).get(0);
        assertThat(off.text()).contains("changes nothing");
        assertThat(off.driver().key()).isEqualTo("regulationStrength");
    }

    @Test
    void theChangeSentencesNameTheLeversByTheirPartsLargestFirst() {
        Scenario current = DEFAULTS.with(Parameter.ELECTRICITY_PRICE, 0.09).with(Parameter.NPU_THROUGHPUT, 150);
        Explanation e = explain(DivergenceModel.run(current), 2035);
        Decomposition mining = e.changes().get(0);
        Cause said = e.about(Cause.Topic.CHANGE).get(0);
        assertThat(said.text()).startsWith("The mining index is " + N.index(mining.current()) + " in 2035, "
                + N.points(mining.total()) + " points against “Baseline”");
        assertThat(said.driver()).isEqualTo(mining.largest().orElseThrow().driver());
        Cause unchanged = explain(DivergenceModel.run(DEFAULTS), 2035).about(Cause.Topic.CHANGE).get(0);
        assertThat(unchanged.text()).startsWith("Every setting is as in “Baseline”, so both indices are where it has them in 2035");
    }

    @Test
    void inGermanTheSentencesAreGermanWithADecimalCommaAndPlainYears() {
        Projection p = DivergenceModel.run(DEFAULTS.with(Parameter.ELECTRICITY_PRICE, 0.1).with(Parameter.REGULATION_STRENGTH, 60));
        Explanation e = Explainer.explain(p, DEFAULTS, "Referenz: die heutige Welt", 2035, Text.GERMAN);
        assertThat(text(e, Cause.Topic.MINING)).contains("Betreiber der Klasse „Heim-Miner“ arbeiten 2035 mit Verlust")
                .contains("der Strompreis beträgt 0,1 USD/kWh");
        assertThat(text(e, Cause.Topic.CHANGE)).startsWith("Der Mining-Index liegt 2035 bei "
                + new Numbers(Text.GERMAN).index(e.changes().get(0).current())).contains("Punkte gegenüber „Referenz: die heutige Welt“");
        assertThat(text(e, Cause.Topic.REGULATION)).startsWith("Gegen Konzentration mit 60 % Stärke").contains("2,2-Fache");
        assertThat(e.causes()).allSatisfy(c -> assertThat(c.text()).doesNotContain("2.035").doesNotContain(" the "));
        assertThat(Driver.regulationDesign().label(Text.GERMAN)).isEqualTo("Regulierungsart");
        assertThat(Driver.of(Parameter.ELECTRICITY_PRICE).label(Text.GERMAN)).isEqualTo("Strompreis");
    }

    @Test
    void everySentenceLinksToASettingTheWindowHas() {
        List<String> keys = new java.util.ArrayList<>(java.util.Arrays.stream(Parameter.values()).map(Parameter::key).toList());
        keys.add(Driver.REGULATION_DESIGN);
        Scenario s = DEFAULTS.with(Parameter.HOME_VINTAGE, 6).withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN);
        for (Cause c : explain(DivergenceModel.run(s), 2031).causes()) {
            assertThat(keys).as(c.text()).contains(c.driver().key());
        }
    }

    private static Explanation explain(Projection p, int year) {
        return Explainer.explain(p, DEFAULTS, "Baseline", year, Text.ENGLISH);
    }

    private static String text(Explanation e, Cause.Topic topic) {
        return String.join(" ", e.about(topic).stream().map(Cause::text).toList());
    }
}
