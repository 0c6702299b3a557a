package org.divergence.challenge;

import java.util.List;

import org.divergence.model.Scenario;
import org.divergence.text.Text;

/**
 * How far one projection is from solving a challenge: every condition of the goal and every lock,
 * each with the numbers that decide it. Solved when all hold at once.
 */
public record Progress(Challenge challenge, Scenario scenario, List<GoalStatus> goal, List<LockStatus> locks) {

    public Progress {
        goal = List.copyOf(goal);
        locks = List.copyOf(locks);
    }

    public boolean solved() {
        return goalsMet() == goal.size() && locksKept();
    }

    /** How many conditions of the goal are met (locks not counted). */
    public int goalsMet() {
        return (int) goal.stream().filter(GoalStatus::met).count();
    }

    /** True while every locked setting has its start value. */
    public boolean locksKept() {
        return locks.stream().allMatch(LockStatus::kept);
    }

    /**
     * One condition, met or not, with the time step that decides it and the two numbers compared there.
     * {@code year}, {@code value} and {@code target} are NaN when {@code evidence} is {@link Evidence#NOT_IN_HORIZON}
     * except {@code year}, which is then the projection's last year.
     */
    public record GoalStatus(Condition condition, boolean met, Evidence evidence, double year, double value,
                             double target) {}

    /** Which time step a status speaks about, so the window can say it in words. */
    public enum Evidence {
        /** The one year of an "at" condition. */
        AT_YEAR,
        /** Met: the first time step where it holds ("before" and crossings). */
        FIRST_TIME,
        /** Not met: the time step where it came closest ("before" and crossings). */
        CLOSEST,
        /** Met: the time step where it holds by the smallest margin ("from ... until"). */
        NARROWEST,
        /** Not met: the first time step where it fails ("from ... until"). */
        FIRST_MISS,
        /** Not met: a crossing that cannot happen, because the output starts on the far side already. */
        ALREADY_PAST,
        /** Not met: the projection ends before the year the condition needs. */
        NOT_IN_HORIZON
    }

    /** One lock: whether the setting still has its start value. */
    public record LockStatus(Lock lock, boolean kept, Scenario start, Scenario now) {

        /** The setting's value at the start, in {@code text}'s words: "40 TOPS". */
        public String startValue(Text text) { return lock.valueIn(start, text); }

        /** Its value now. */
        public String value(Text text) { return lock.valueIn(now, text); }
    }
}
