package org.divergence.ui.challenge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.divergence.challenge.Condition;
import org.divergence.challenge.Condition.Comparison;
import org.divergence.challenge.Condition.Period;
import org.divergence.challenge.Condition.Target;
import org.divergence.challenge.Progress;
import org.divergence.model.Output;

/**
 * Every word the challenge feature shows, in one place (for translation), and the sentences it builds:
 * each a whole-sentence format with numbered arguments, so a translation can order them its own way.
 */
final class ChallengeText {

    static final String MENU = "Challen_ges";
    static final String OPEN_FILE = "_Open challenge file…";
    static final String CLOSE = "_Close challenge";
    static final String FILE_DIALOG = "Open challenge file";
    static final String FILE_KIND = "Divergence challenges (*.challenge.json)";
    /** For the unsaved-work question and the Edit menu: "Undo opening the challenge Mining fights back". */
    static final String OPENING = "opening the challenge %1$s";
    static final String READING = "Reading %1$s";
    static final String CANNOT_OPEN = "Cannot open the challenge %1$s";
    static final String NOTHING_CHANGED = "%1$s Nothing has changed.";

    static final String BADGE = "Challenge";
    static final String BADGE_SOLVED = "Solved";
    static final String COUNT = "Conditions met: %1$d of %2$d";
    static final String QUESTION_SHOW = "Question";
    static final String QUESTION_HIDE = "Hide question";
    static final String QUESTION_SPOKEN = "Show or hide the question";
    static final String QUESTION_TIP = "Show or put away the challenge's question; the conditions always show";
    static final String HINT_SHOW = "Hint";
    static final String HINT_HIDE = "Hide hint";
    static final String HINT_SPOKEN = "Show or hide the hint";
    static final String HINT_TIP = "Show or put away a hint for this challenge";
    static final String CLOSE_SPOKEN = "Close the challenge";
    static final String CLOSE_TIP = "Close the challenge; the scenario stays as it is";
    static final String PANEL_SPOKEN = "Challenge: %1$s. %2$s";
    static final String SOLVED_TITLE = "Challenge solved";
    static final String SOLVED_TEXT = "“%1$s”: every condition holds. Save the scenario to keep your answer.";

    // One condition, by comparison and period: %1$s the output, %2$s the target, %3$d and %4$d years.
    static final String ABOVE_AT = "%1$s above %2$s in %3$d";
    static final String BELOW_AT = "%1$s below %2$s in %3$d";
    static final String ABOVE_BEFORE = "%1$s above %2$s at some point before %3$d";
    static final String BELOW_BEFORE = "%1$s below %2$s at some point before %3$d";
    static final String ABOVE_FROM = "%1$s above %2$s from %3$d to %4$d";
    static final String BELOW_FROM = "%1$s below %2$s from %3$d to %4$d";
    static final String OVERTAKES_BEFORE = "%1$s overtakes %2$s before %3$d";
    static final String FALLS_BELOW_BEFORE = "%1$s falls below %2$s before %3$d";
    /** The target when it is another output: "the mining decentralization index". */
    static final String OTHER_OUTPUT = "the %1$s";
    /** The target when it is the same output in a fixed year: "its 2025 value". */
    static final String OWN_VALUE_IN = "its %1$d value";
    /** The target when it is another output in a fixed year: "the mining decentralization index of 2025". */
    static final String OTHER_OUTPUT_IN = "the %1$s of %2$d";

    // The numbers behind a condition's status: %1$d the year, %2$s the value, %3$s the target.
    static final String NOW_AT = "Now %2$s in %1$d, against %3$s.";
    static final String FIRST_TIME = "Yes: first in %1$d, %2$s against %3$s.";
    static final String CLOSEST = "Not yet: closest in %1$d, %2$s against %3$s.";
    static final String NARROWEST = "Yes: narrowest in %1$d, %2$s against %3$s.";
    static final String FIRST_MISS = "Not yet: in %1$d, %2$s against %3$s.";
    static final String ALREADY_PAST = "It starts on the far side already (%2$s against %3$s), so it cannot cross.";
    static final String NOT_IN_HORIZON = "The projection ends in %1$d, before the year this needs.";

    // The locked settings, in one row: "Locked: NPU throughput (40 TOPS)".
    static final String LOCKED = "Locked: %1$s";
    /** One locked setting in that list: %1$s the setting, %2$s its start value. */
    static final String LOCKED_ITEM = "%1$s (%2$s)";
    static final String LIST_SEPARATOR = ", ";
    static final String LOCKS_KEPT = "Not touched.";
    /** One moved setting: %1$s the setting, %2$s its start value, %3$s its value now. */
    static final String LOCK_MOVED = "%1$s moved to %3$s: put it back to %2$s.";

    // What a screen reader says for a row: the state, the sentence, the numbers.
    static final String MET = "Met";
    static final String NOT_MET = "Not met yet";
    static final String KEPT = "Kept";
    static final String BROKEN = "Broken";
    static final String ROW_SPOKEN = "%1$s: %2$s. %3$s";

    private ChallengeText() {}

    /** The teacher's label, or a sentence such as "Edge-AI decentralization index overtakes the mining ... before 2032". */
    static String sentence(Condition condition) {
        if (condition.label().isPresent()) {
            return condition.label().get();
        }
        Period period = condition.period();
        boolean above = condition.comparison() == Comparison.ABOVE;
        String format = switch (condition.comparison()) {
            case OVERTAKES -> OVERTAKES_BEFORE;
            case FALLS_BELOW -> FALLS_BELOW_BEFORE;
            default -> switch (period.kind()) {
                case AT -> above ? ABOVE_AT : BELOW_AT;
                case BEFORE -> above ? ABOVE_BEFORE : BELOW_BEFORE;
                case FROM -> above ? ABOVE_FROM : BELOW_FROM;
            };
        };
        return format(format, condition.output().label(), target(condition), period.year(), period.until());
    }

    private static String target(Condition condition) {
        if (condition.target() instanceof Target.Number number) {
            return number(condition.output(), number.value());
        }
        Target.OtherOutput other = (Target.OtherOutput) condition.target();
        if (other.year().isEmpty()) {
            return format(OTHER_OUTPUT, inSentence(other.output()));
        }
        return other.output() == condition.output()
                ? format(OWN_VALUE_IN, other.year().getAsInt())
                : format(OTHER_OUTPUT_IN, inSentence(other.output()), other.year().getAsInt());
    }

    /** The numbers behind a condition's status, for the line under it. */
    static String detail(Progress.GoalStatus status) {
        String format = switch (status.evidence()) {
            case AT_YEAR -> NOW_AT;
            case FIRST_TIME -> FIRST_TIME;
            case CLOSEST -> CLOSEST;
            case NARROWEST -> NARROWEST;
            case FIRST_MISS -> FIRST_MISS;
            case ALREADY_PAST -> ALREADY_PAST;
            case NOT_IN_HORIZON -> NOT_IN_HORIZON;
        };
        Output output = status.condition().output();
        Output targetOutput = status.condition().target() instanceof Target.OtherOutput other ? other.output() : output;
        return format(format, (int) Math.floor(status.year() + 1e-9), number(output, status.value()),
                number(targetOutput, status.target()));
    }

    /** "Locked: Electricity price (0.050 USD/kWh), NPU throughput (40 TOPS)". */
    static String locks(List<Progress.LockStatus> locks) {
        return format(LOCKED, locks.stream().map(l -> format(LOCKED_ITEM, l.lock().label(), l.startValue()))
                .collect(java.util.stream.Collectors.joining(LIST_SEPARATOR)));
    }

    /** "Not touched.", or what was moved and where it belongs: "NPU throughput moved to 41 TOPS: put it back to 40 TOPS." */
    static String locksDetail(List<Progress.LockStatus> locks) {
        List<String> moved = locks.stream().filter(l -> !l.kept())
                .map(l -> format(LOCK_MOVED, l.lock().label(), l.startValue(), l.value())).toList();
        return moved.isEmpty() ? LOCKS_KEPT : String.join(" ", moved);
    }

    /**
     * A model value as a student reads it: shares (0-1) in percent, indices without a unit, others with
     * theirs; about three significant digits, no trailing zeros ("41.7", "23 operators", "50 %").
     */
    static String number(Output output, double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        String unit = output.unit();
        if (unit.equals("0-1")) {
            return plain(100 * value) + " %";
        }
        String number = plain(value);
        return SCALES.contains(unit) ? number : number + " " + unit;
    }

    /** Units that are only the scale of an index: the number needs no unit after it. */
    private static final List<String> SCALES = List.of("0-100", "0-10,000");

    private static String plain(double value) {
        double size = Math.abs(value);
        int decimals = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
        BigDecimal rounded = new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", value)).stripTrailingZeros();
        String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return size >= 1_000 ? String.format(Locale.ROOT, "%,d", Math.round(value)) : text;
    }

    /** "Mining decentralization index" inside a sentence: "mining decentralization index" (acronyms keep their capitals). */
    private static String inSentence(Output output) {
        String label = output.label();
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String format(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }
}
