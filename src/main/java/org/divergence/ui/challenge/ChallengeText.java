package org.divergence.ui.challenge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.divergence.challenge.Condition;
import org.divergence.challenge.Challenge;
import org.divergence.challenge.Challenges;
import org.divergence.challenge.Condition.Comparison;
import org.divergence.challenge.Condition.Period;
import org.divergence.challenge.Condition.Target;
import org.divergence.challenge.Progress;
import org.divergence.model.Output;
import org.divergence.text.Text;

/**
 * The sentences the challenge feature builds from a challenge's conditions and its progress. Each is
 * a whole-sentence pattern in the bundle ("challenge.…" keys) with numbered arguments, so a
 * translation orders them its own way. What a teacher wrote (title, question, hint, a condition's own
 * label) is shown as written.
 */
final class ChallengeText {

    /** Units that are only the scale of an index: the number needs no unit after it. */
    private static final List<String> SCALES = List.of("0-100", "0-10,000");

    private ChallengeText() {}

    /**
     * A challenge's own words (field "title", "question", "hint", or "goal." + a condition's index) in the
     * window's language when it is one that ships with Divergence, unchanged; a teacher's challenge as
     * written, even one saved under a shipped challenge's name and changed.
     */
    static String own(Challenge challenge, String field, String asWritten, Text text) {
        boolean shipped = Challenges.find(challenge.id()).filter(challenge::equals).isPresent();
        return shipped ? text.shipped("challenge." + challenge.id() + "." + field, asWritten) : asWritten;
    }

    static String title(Challenge challenge, Text text) {
        return own(challenge, "title", challenge.title(), text);
    }

    /** The condition's sentence: its own label (translated when shipped), else one made from what it checks. */
    static String sentence(Challenge challenge, int index, Text text) {
        Condition condition = challenge.goal().get(index);
        return condition.label().map(label -> own(challenge, "goal." + index, label, text))
                .orElseGet(() -> sentence(condition, text));
    }

    /** The teacher's label, or a sentence such as "Edge-AI decentralization index overtakes the mining ... before 2032". */
    static String sentence(Condition condition, Text text) {
        if (condition.label().isPresent()) {
            return condition.label().get();
        }
        Period period = condition.period();
        boolean above = condition.comparison() == Comparison.ABOVE;
        String key = switch (condition.comparison()) {
            case OVERTAKES -> "challenge.overtakesBefore";
            case FALLS_BELOW -> "challenge.fallsBelowBefore";
            default -> switch (period.kind()) {
                case AT -> above ? "challenge.aboveAt" : "challenge.belowAt";
                case BEFORE -> above ? "challenge.aboveBefore" : "challenge.belowBefore";
                case FROM -> above ? "challenge.aboveFrom" : "challenge.belowFrom";
            };
        };
        return text.get(key, text.output(condition.output()), target(condition, text), period.year(), period.until());
    }

    private static String target(Condition condition, Text text) {
        if (condition.target() instanceof Target.Number number) {
            return number(condition.output(), number.value(), text);
        }
        Target.OtherOutput other = (Target.OtherOutput) condition.target();
        if (other.year().isEmpty()) {
            return text.get("challenge.otherOutput", text.inSentence(text.output(other.output())));
        }
        return other.output() == condition.output()
                ? text.get("challenge.ownValueIn", other.year().getAsInt())
                : text.get("challenge.otherOutputIn", text.inSentence(text.output(other.output())), other.year().getAsInt());
    }

    /** The numbers behind a condition's status, for the line under it. */
    static String detail(Progress.GoalStatus status, Text text) {
        String key = switch (status.evidence()) {
            case AT_YEAR -> "challenge.nowAt";
            case FIRST_TIME -> "challenge.firstTime";
            case CLOSEST -> "challenge.closest";
            case NARROWEST -> "challenge.narrowest";
            case FIRST_MISS -> "challenge.firstMiss";
            case ALREADY_PAST -> "challenge.alreadyPast";
            case NOT_IN_HORIZON -> "challenge.notInHorizon";
        };
        Output output = status.condition().output();
        Output targetOutput = status.condition().target() instanceof Target.OtherOutput other ? other.output() : output;
        return text.get(key, (int) Math.floor(status.year() + 1e-9), number(output, status.value(), text),
                number(targetOutput, status.target(), text));
    }

    /** "Locked: Electricity price (0.050 USD/kWh), NPU throughput (40 TOPS)". */
    static String locks(List<Progress.LockStatus> locks, Text text) {
        return text.get("challenge.locked", locks.stream()
                .map(l -> text.get("challenge.lockedItem", l.lock().label(text), l.startValue(text)))
                .collect(Collectors.joining(text.get("challenge.listSeparator"))));
    }

    /** "Not touched.", or what was moved and where it belongs: "NPU throughput moved to 41 TOPS: put it back to 40 TOPS." */
    static String locksDetail(List<Progress.LockStatus> locks, Text text) {
        List<String> moved = locks.stream().filter(l -> !l.kept())
                .map(l -> text.get("challenge.lockMoved", l.lock().label(text), l.startValue(text), l.value(text))).toList();
        return moved.isEmpty() ? text.get("challenge.locksKept") : String.join(" ", moved);
    }

    /**
     * A model value as a student reads it: shares (0-1) in percent, indices without a unit, others with
     * theirs; about three significant digits, no trailing zeros ("41.7", "23 operators", "50 %"), with
     * the language's decimal separator and grouping.
     */
    static String number(Output output, double value, Text text) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        String unit = output.unit();
        if (unit.equals("0-1")) {
            return plain(100 * value, text) + " %";
        }
        String number = plain(value, text);
        return SCALES.contains(unit) ? number : number + " " + text.outputUnit(output);
    }

    private static String plain(double value, Text text) {
        double size = Math.abs(value);
        if (size >= 1_000) {
            return String.format(text.locale(), "%,d", Math.round(value));
        }
        int decimals = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
        BigDecimal rounded = new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", value)).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : text.decimal(rounded.toPlainString());
    }
}
