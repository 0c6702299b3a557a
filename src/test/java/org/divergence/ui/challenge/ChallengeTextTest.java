package org.divergence.ui.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import org.divergence.challenge.Condition;
import org.divergence.challenge.Condition.Comparison;
import org.divergence.challenge.Condition.Period;
import org.divergence.challenge.Condition.Target;
import org.divergence.challenge.Progress.Evidence;
import org.divergence.challenge.Progress.GoalStatus;
import org.divergence.model.Output;
import org.divergence.text.Text;

/** What the challenge panel says: a sentence for every kind of condition, and numbers as a student reads them. */
class ChallengeTextTest {

    private static Condition condition(Output output, Comparison comparison, Target target, Period period) {
        return new Condition(output, comparison, target, period, Optional.empty());
    }

    @Test
    void everyKindOfConditionReadsAsASentence() {
        Target mining = new Target.OtherOutput(Output.MINING_DECENTRALIZATION, OptionalInt.empty());
        assertThat(ChallengeText.sentence(condition(Output.EDGE_DECENTRALIZATION, Comparison.OVERTAKES, mining,
                Period.before(2032)), Text.ENGLISH)).isEqualTo("Edge-AI decentralization index overtakes the mining decentralization index before 2032");
        assertThat(ChallengeText.sentence(condition(Output.MINING_DECENTRALIZATION, Comparison.FALLS_BELOW,
                new Target.OtherOutput(Output.EDGE_DECENTRALIZATION, OptionalInt.empty()), Period.before(2040)), Text.ENGLISH))
                .isEqualTo("Mining decentralization index falls below the edge-AI decentralization index before 2040");
        assertThat(ChallengeText.sentence(condition(Output.MINING_DECENTRALIZATION, Comparison.ABOVE,
                new Target.OtherOutput(Output.MINING_DECENTRALIZATION, OptionalInt.of(2025)), Period.at(2035)), Text.ENGLISH))
                .isEqualTo("Mining decentralization index above its 2025 value in 2035");
        assertThat(ChallengeText.sentence(condition(Output.EDGE_SHARE, Comparison.ABOVE,
                new Target.OtherOutput(Output.CLOUD_SHARE, OptionalInt.of(2030)), Period.at(2035)), Text.ENGLISH))
                .isEqualTo("Share of inference on devices above the share of inference in the cloud of 2030 in 2035");
        assertThat(ChallengeText.sentence(condition(Output.EDGE_SHARE, Comparison.ABOVE, new Target.Number(0.5),
                Period.before(2031)), Text.ENGLISH)).isEqualTo("Share of inference on devices above 50 % at some point before 2031");
        assertThat(ChallengeText.sentence(condition(Output.MINING_HHI, Comparison.BELOW, new Target.Number(1500),
                Period.from(2030, 2040)), Text.ENGLISH)).isEqualTo("Mining HHI below 1,500 from 2030 to 2040");
        assertThat(ChallengeText.sentence(new Condition(Output.MINING_HHI, Comparison.BELOW, new Target.Number(1500),
                Period.at(2030), Optional.of("Keep the HHI low")), Text.ENGLISH)).as("the teacher's words win").isEqualTo("Keep the HHI low");
        assertThat(ChallengeText.sentence(condition(Output.EDGE_DECENTRALIZATION, Comparison.OVERTAKES, mining,
                Period.before(2032)), Text.GERMAN))
                .isEqualTo("Dezentralisierungsindex der Edge-KI überholt vor 2032 „Dezentralisierungsindex des Minings“");
    }

    @Test
    void numbersHaveAboutThreeDigitsTheirUnitAndSharesInPercent() {
        assertThat(ChallengeText.number(Output.MINING_DECENTRALIZATION, 41.7234, Text.ENGLISH)).isEqualTo("41.7");
        assertThat(ChallengeText.number(Output.MINING_NAKAMOTO, 23, Text.ENGLISH)).isEqualTo("23 operators");
        assertThat(ChallengeText.number(Output.EDGE_SHARE, 0.2, Text.ENGLISH)).isEqualTo("20 %");
        assertThat(ChallengeText.number(Output.MINING_TOP3_SHARE, 0.17843, Text.ENGLISH)).isEqualTo("17.8 %");
        assertThat(ChallengeText.number(Output.CLOUD_COST, 0.06123, Text.ENGLISH)).isEqualTo("0.061 USD/Mtok");
        assertThat(ChallengeText.number(Output.MINING_HHI, 12345.6, Text.ENGLISH)).isEqualTo("12,346");
        assertThat(ChallengeText.number(Output.NETWORK_HASHRATE, 812.4, Text.ENGLISH)).isEqualTo("812 EH/s");
        assertThat(ChallengeText.number(Output.BTC_PRICE, Double.NaN, Text.ENGLISH)).isEqualTo("–");
        assertThat(ChallengeText.number(Output.MINING_TOP3_SHARE, 0.17843, Text.GERMAN)).isEqualTo("17,8 %");
        assertThat(ChallengeText.number(Output.MINING_HHI, 12345.6, Text.GERMAN)).isEqualTo("12.346");
        assertThat(ChallengeText.number(Output.MINING_NAKAMOTO, 23, Text.GERMAN)).isEqualTo("23 Betreiber");
    }

    @Test
    void theLockedSettingsShareOneRowThatNamesWhatWasMoved() {
        var start = org.divergence.model.Scenario.defaults();
        var now = start.with(org.divergence.model.Parameter.NPU_THROUGHPUT, 60);
        var locks = java.util.stream.Stream.of("electricityPrice", "npuThroughput", "regulationDesign")
                .map(key -> org.divergence.challenge.Lock.byKey(key).orElseThrow())
                .map(lock -> new org.divergence.challenge.Progress.LockStatus(lock, lock.kept(start, now), start, now))
                .toList();

        assertThat(ChallengeText.locks(locks, Text.ENGLISH)).isEqualTo("Locked: Electricity price (0.050 USD/kWh), NPU throughput (40 TOPS),"
                + " Regulation design (Anti-consolidation)");
        assertThat(ChallengeText.locksDetail(locks, Text.ENGLISH)).isEqualTo("NPU throughput moved to 60 TOPS: put it back to 40 TOPS.");
        assertThat(ChallengeText.locksDetail(locks.subList(0, 1), Text.ENGLISH)).isEqualTo("Not touched.");
        assertThat(ChallengeText.locksDetail(locks, Text.GERMAN))
                .isEqualTo("NPU-Durchsatz wurde auf 60 TOPS verschoben: Setzen Sie den Wert auf 40 TOPS zurück.");
    }

    @Test
    void theStatusLineGivesTheYearAndBothNumbers() {
        Condition rises = condition(Output.MINING_DECENTRALIZATION, Comparison.ABOVE,
                new Target.OtherOutput(Output.MINING_DECENTRALIZATION, OptionalInt.of(2025)), Period.at(2035));

        assertThat(ChallengeText.detail(new GoalStatus(rises, false, Evidence.AT_YEAR, 2035, 31.52, 41.71), Text.ENGLISH))
                .isEqualTo("Now 31.5 in 2035, against 41.7.");
        assertThat(ChallengeText.detail(new GoalStatus(rises, true, Evidence.FIRST_TIME, 2030.25, 28.83, 28.61), Text.ENGLISH))
                .isEqualTo("Yes: first in 2030, 28.8 against 28.6.");
        assertThat(ChallengeText.detail(new GoalStatus(rises, false, Evidence.CLOSEST, 2031.75, 26.5, 33.9), Text.ENGLISH))
                .isEqualTo("Not yet: closest in 2031, 26.5 against 33.9.");
        assertThat(ChallengeText.detail(new GoalStatus(rises, false, Evidence.NOT_IN_HORIZON, 2030, Double.NaN, Double.NaN), Text.ENGLISH))
                .isEqualTo("The projection ends in 2030, before the year this needs.");
    }

    @Test
    void aShippedChallengeSpeaksGermanButATeachersOwnStaysAsWritten() {
        org.divergence.challenge.Challenge shipped = org.divergence.challenge.Challenges.find("many-hands").orElseThrow();
        assertThat(ChallengeText.title(shipped, Text.GERMAN)).isEqualTo("Mining in vielen Händen halten");
        assertThat(ChallengeText.title(shipped, Text.ENGLISH)).isEqualTo(shipped.title());
        assertThat(ChallengeText.sentence(shipped, 0, Text.GERMAN))
                .isEqualTo("Nakamoto-Koeffizient von 2025 bis 2040 bei 10 oder mehr");

        org.divergence.challenge.Challenge changed = new org.divergence.challenge.Challenge(shipped.id(),
                "Keep mining in very many hands", shipped.question(), shipped.hint(), shipped.start(), shipped.goal(),
                shipped.locks());
        assertThat(ChallengeText.title(changed, Text.GERMAN)).as("a teacher's file under the same name")
                .isEqualTo("Keep mining in very many hands");
        assertThat(ChallengeText.own(changed, "question", changed.question(), Text.GERMAN)).isEqualTo(shipped.question());
    }
}
