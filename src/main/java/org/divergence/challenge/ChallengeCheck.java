package org.divergence.challenge;

import java.util.ArrayList;
import java.util.List;

import org.divergence.challenge.Condition.Period;
import org.divergence.challenge.Condition.Target;
import org.divergence.challenge.Progress.Evidence;
import org.divergence.challenge.Progress.GoalStatus;
import org.divergence.challenge.Progress.LockStatus;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;

/**
 * Checks a projection against a challenge. A condition holds by a strictly positive margin: the
 * output minus the target for "above" and "overtakes", the target minus the output for "below" and
 * "falls below". Cheap (one pass over the time steps per condition), so it runs on every recompute.
 */
public final class ChallengeCheck {

    /** Years are compared with this slack, so 2032.0 - 0.25 * 28 is still 2025.0. */
    private static final double YEAR_SLACK = 1e-9;

    private ChallengeCheck() {}

    public static Progress check(Challenge challenge, Projection projection) {
        List<GoalStatus> goal = new ArrayList<>();
        for (Condition condition : challenge.goal()) {
            goal.add(check(condition, projection));
        }
        Scenario start = challenge.start().scenario();
        Scenario now = projection.scenario();
        List<LockStatus> locks = new ArrayList<>();
        for (Lock lock : challenge.locks()) {
            locks.add(new LockStatus(lock, lock.kept(start, now), start, now));
        }
        return new Progress(challenge, now, goal, locks);
    }

    static GoalStatus check(Condition condition, Projection projection) {
        double lastYear = projection.year(projection.steps() - 1);
        Period period = condition.period();
        int needed = switch (period.kind()) {
            case AT -> period.year();
            case BEFORE -> (int) Math.floor(projection.year(0));
            case FROM -> period.until();
        };
        int targetYear = condition.target() instanceof Target.OtherOutput other ? other.year().orElse(needed) : needed;
        if (Math.max(needed, targetYear) > lastYear + YEAR_SLACK) {
            return new GoalStatus(condition, false, Evidence.NOT_IN_HORIZON, lastYear, Double.NaN, Double.NaN);
        }
        return switch (period.kind()) {
            case AT -> at(condition, projection, projection.stepAt(period.year()));
            case BEFORE -> condition.comparison().isCrossing()
                    ? crossingBefore(condition, projection, period.year())
                    : sometimeBefore(condition, projection, period.year());
            case FROM -> throughout(condition, projection, period.year(), period.until());
        };
    }

    private static GoalStatus at(Condition condition, Projection projection, int step) {
        return status(condition, projection, step, margin(condition, projection, step) > 0, Evidence.AT_YEAR);
    }

    /** Met at the first step before the year where it holds; otherwise the step that came closest. */
    private static GoalStatus sometimeBefore(Condition condition, Projection projection, int year) {
        int closest = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < projection.steps() && projection.year(k) < year - YEAR_SLACK; k++) {
            double margin = margin(condition, projection, k);
            if (margin > 0) {
                return status(condition, projection, k, true, Evidence.FIRST_TIME);
            }
            if (margin > best) {
                best = margin;
                closest = k;
            }
        }
        return status(condition, projection, closest, false, Evidence.CLOSEST);
    }

    /** Like {@link #sometimeBefore}, but the output must start on the other side of the target. */
    private static GoalStatus crossingBefore(Condition condition, Projection projection, int year) {
        if (margin(condition, projection, 0) > 0) {
            return status(condition, projection, 0, false, Evidence.ALREADY_PAST);
        }
        return sometimeBefore(condition, projection, year);
    }

    /** Every step from {@code from} to {@code until}: the first that fails, or the narrowest that holds. */
    private static GoalStatus throughout(Condition condition, Projection projection, int from, int until) {
        int narrowest = projection.stepAt(from);
        double least = Double.POSITIVE_INFINITY;
        for (int k = projection.stepAt(from); k < projection.steps() && projection.year(k) <= until + YEAR_SLACK; k++) {
            double margin = margin(condition, projection, k);
            if (margin <= 0) {
                return status(condition, projection, k, false, Evidence.FIRST_MISS);
            }
            if (margin < least) {
                least = margin;
                narrowest = k;
            }
        }
        return status(condition, projection, narrowest, true, Evidence.NARROWEST);
    }

    private static double margin(Condition condition, Projection projection, int step) {
        double difference = projection.value(condition.output(), step) - target(condition, projection, step);
        // NaN never holds: a broken number must not solve a challenge.
        return Double.isNaN(difference) ? Double.NEGATIVE_INFINITY
                : condition.comparison().wantsHigher() ? difference : -difference;
    }

    private static double target(Condition condition, Projection projection, int step) {
        if (condition.target() instanceof Target.Number number) {
            return number.value();
        }
        Target.OtherOutput other = (Target.OtherOutput) condition.target();
        int at = other.year().isPresent() ? projection.stepAt(other.year().getAsInt()) : step;
        return projection.value(other.output(), at);
    }

    private static GoalStatus status(Condition condition, Projection projection, int step, boolean met, Evidence evidence) {
        return new GoalStatus(condition, met, evidence, projection.year(step),
                projection.value(condition.output(), step), target(condition, projection, step));
    }
}
