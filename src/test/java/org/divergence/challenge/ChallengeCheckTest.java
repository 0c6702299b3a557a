package org.divergence.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import org.divergence.challenge.Condition.Comparison;
import org.divergence.challenge.Condition.Period;
import org.divergence.challenge.Condition.Target;
import org.divergence.challenge.Progress.Evidence;
import org.divergence.challenge.Progress.GoalStatus;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.divergence.text.Text;
import org.divergence.scenario.ScenarioDocument;

/**
 * What each kind of condition means, checked on real projections of today's world: the mining
 * index falls from about 42 (2025) to 31.5 (2035), the edge-AI index rises from 21 to 28 and
 * overtakes mining between 2035 and 2040.
 */
class ChallengeCheckTest {

    private static final Projection TODAY = DivergenceModel.run(Scenario.defaults());
    private static final Output MINING = Output.MINING_DECENTRALIZATION;
    private static final Output EDGE = Output.EDGE_DECENTRALIZATION;

    private static GoalStatus check(Output output, Comparison comparison, Target target, Period period) {
        return ChallengeCheck.check(new Condition(output, comparison, target, period, Optional.empty()), TODAY);
    }

    private static Target number(double value) {
        return new Target.Number(value);
    }

    private static Target other(Output output) {
        return new Target.OtherOutput(output, OptionalInt.empty());
    }

    @Test
    void atComparesTheValueOfThatYearsFirstStep() {
        double in2035 = TODAY.valueAt(MINING, 2035);

        GoalStatus above = check(MINING, Comparison.ABOVE, number(in2035 - 0.01), Period.at(2035));
        GoalStatus notAbove = check(MINING, Comparison.ABOVE, number(in2035), Period.at(2035));
        GoalStatus below = check(MINING, Comparison.BELOW, number(in2035 + 0.01), Period.at(2035));

        assertThat(above.met()).isTrue();
        assertThat(notAbove.met()).as("equal is not above").isFalse();
        assertThat(below.met()).isTrue();
        assertThat(above.evidence()).isEqualTo(Evidence.AT_YEAR);
        assertThat(above.year()).isEqualTo(2035.0);
        assertThat(above.value()).isEqualTo(in2035);
        assertThat(above.target()).isEqualTo(in2035 - 0.01);
    }

    @Test
    void aTargetCanBeAnOutputInAFixedYear() {
        Target start = new Target.OtherOutput(MINING, OptionalInt.of(2025));

        GoalStatus rises = check(MINING, Comparison.ABOVE, start, Period.at(2035));

        assertThat(rises.met()).as("mining falls in today's world").isFalse();
        assertThat(rises.target()).isEqualTo(TODAY.valueAt(MINING, 2025));
        assertThat(rises.value()).isEqualTo(TODAY.valueAt(MINING, 2035));
    }

    @Test
    void beforeIsMetAtTheFirstStepItHoldsAndOtherwiseShowsTheClosestStep() {
        GoalStatus met = check(EDGE, Comparison.ABOVE, number(25), Period.before(2040));
        GoalStatus missed = check(EDGE, Comparison.ABOVE, number(25), Period.before(2029));

        assertThat(met.met()).isTrue();
        assertThat(met.evidence()).isEqualTo(Evidence.FIRST_TIME);
        assertThat(met.value()).isGreaterThan(25);
        assertThat(TODAY.valueAt(EDGE, met.year() - 0.25)).as("the step before").isLessThanOrEqualTo(25);
        assertThat(missed.met()).isFalse();
        assertThat(missed.evidence()).isEqualTo(Evidence.CLOSEST);
        assertThat(missed.year()).as("edge rises, so it comes closest at the last step before 2029").isEqualTo(2028.75);
    }

    @Test
    void overtakesNeedsTheOutputToStartBelowAndGetAboveBeforeTheYear() {
        GoalStatus by2040 = check(EDGE, Comparison.OVERTAKES, other(MINING), Period.before(2040));
        GoalStatus by2032 = check(EDGE, Comparison.OVERTAKES, other(MINING), Period.before(2032));
        GoalStatus miningOvertakesEdge = check(MINING, Comparison.OVERTAKES, other(EDGE), Period.before(2040));
        GoalStatus miningFallsBelowEdge = check(MINING, Comparison.FALLS_BELOW, other(EDGE), Period.before(2041));

        assertThat(by2040.met()).isTrue();
        assertThat(by2040.year()).isBetween(2035.0, 2040.0);
        assertThat(by2040.value()).isGreaterThan(by2040.target());
        assertThat(by2032.met()).isFalse();
        assertThat(by2032.evidence()).isEqualTo(Evidence.CLOSEST);
        assertThat(miningOvertakesEdge.met()).isFalse();
        assertThat(miningOvertakesEdge.evidence()).as("mining starts above edge AI").isEqualTo(Evidence.ALREADY_PAST);
        assertThat(miningFallsBelowEdge.met()).isTrue();
        assertThat(miningFallsBelowEdge.year()).isEqualTo(by2040.year());
    }

    @Test
    void fromUntilMustHoldAtEveryStepAndNamesTheFirstMissOrTheNarrowestMargin() {
        GoalStatus stays = check(MINING, Comparison.ABOVE, number(35), Period.from(2025, 2029));
        GoalStatus fails = check(MINING, Comparison.ABOVE, number(35), Period.from(2025, 2040));

        assertThat(stays.met()).isTrue();
        assertThat(stays.evidence()).isEqualTo(Evidence.NARROWEST);
        double lowest = java.util.stream.IntStream.range(0, TODAY.stepAt(2029) + 1)
                .mapToDouble(k -> TODAY.value(MINING, k)).min().orElseThrow();
        assertThat(stays.value()).as("the narrowest margin is at the lowest value").isEqualTo(lowest);
        assertThat(stays.year()).isBetween(2025.0, 2029.0);
        assertThat(fails.met()).isFalse();
        assertThat(fails.evidence()).isEqualTo(Evidence.FIRST_MISS);
        assertThat(fails.value()).isLessThanOrEqualTo(35);
        assertThat(TODAY.valueAt(MINING, fails.year() - 0.25)).isGreaterThan(35);
    }

    @Test
    void aYearPastTheHorizonIsNotMetWhateverTheValues() {
        Projection short2030 = DivergenceModel.run(Scenario.defaults().with(Parameter.END_YEAR, 2030));
        Condition in2035 = new Condition(MINING, Comparison.ABOVE, number(0), Period.at(2035), Optional.empty());
        Condition always = new Condition(MINING, Comparison.ABOVE, number(0), Period.from(2025, 2040), Optional.empty());

        GoalStatus at = ChallengeCheck.check(in2035, short2030);
        GoalStatus throughout = ChallengeCheck.check(always, short2030);

        assertThat(at.met()).isFalse();
        assertThat(at.evidence()).isEqualTo(Evidence.NOT_IN_HORIZON);
        assertThat(at.year()).isEqualTo(2030.0);
        assertThat(throughout.met()).as("shortening the horizon must not pass a 'from' condition").isFalse();
    }

    @Test
    void aMovedLockFailsAndSolvedNeedsEveryConditionAndLock() {
        Condition easy = new Condition(MINING, Comparison.ABOVE, number(0), Period.at(2035), Optional.empty());
        Challenge challenge = new Challenge("c", "C", "Q?", Optional.empty(), ScenarioDocument.untitled(Scenario.defaults()),
                List.of(easy), List.of(Lock.byKey("npuThroughput").orElseThrow(), Lock.byKey("regulationDesign").orElseThrow()));

        Progress kept = ChallengeCheck.check(challenge, TODAY);
        Progress moved = ChallengeCheck.check(challenge,
                DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 41)));

        assertThat(kept.solved()).isTrue();
        assertThat(kept.goalsMet()).isEqualTo(1);
        assertThat(kept.locksKept()).isTrue();
        assertThat(moved.solved()).isFalse();
        assertThat(moved.locks().get(0).kept()).isFalse();
        assertThat(moved.locks().get(0).startValue(Text.ENGLISH)).isEqualTo("40 TOPS");
        assertThat(moved.locks().get(0).value(Text.ENGLISH)).isEqualTo("41 TOPS");
        assertThat(moved.locks().get(1).kept()).isTrue();
        assertThat(moved.locks().get(1).value(Text.ENGLISH)).isEqualTo("Anti-consolidation");
        assertThat(moved.locks().get(0).value(Text.GERMAN)).as("in the window's language").isEqualTo("41 TOPS");
        assertThat(moved.locks().get(1).value(Text.GERMAN)).isEqualTo("Gegen Konzentration");
        assertThat(moved.goalsMet()).as("the goal itself still holds").isEqualTo(1);
        assertThat(moved.locksKept()).isFalse();
    }
}
