package org.divergence.ui.files;

import org.divergence.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.divergence.model.Parameter;
import org.divergence.scenario.Problem;
import org.divergence.scenario.ScenarioFileException;

/**
 * A file's problems in sentences for a person, not a parser: "Electricity price
 * (levers.electricityPrice) must be between 0.01 and 0.3 USD/kWh, got 5" rather than
 * "levers.electricityPrice: must be ...", and "The file is not valid JSON (line 2, column 1): ..."
 * rather than the field the parser happened to be in. The framing is in the window's language; what the
 * file layer found (its messages) stays as the file layer writes it, in English.
 */
final class ProblemText {

    /** Problems listed before "and N more". */
    static final int SHOWN = 12;
    private static final String MALFORMED = "malformed JSON"; // code, not words: the file layer's message starts so
    /** Problems with this field are about what kind of file it is, not about a value in it. */
    private static final String FORMAT_VERSION = "formatVersion";

    private ProblemText() {}

    /** What the open-error dialog says: a plain lead, the problems one per line, and that nothing changed. */
    static String openError(ScenarioFileException error, Text text) {
        boolean aboutValues = error.problems().stream().anyMatch(p -> !p.field().isEmpty()
                && !p.field().equals(FORMAT_VERSION)
                && !p.message().startsWith(MALFORMED) && !p.message().startsWith("appears twice"));
        return text.get(aboutValues ? "problems.values" : "problems.damaged", list(error.problems(), text));
    }

    /** One problem per line, at most {@value #SHOWN}, each a sentence. */
    static String list(List<Problem> problems, Text text) {
        String shown = problems.stream().limit(SHOWN).map(p -> "• " + sentence(p, text)).collect(Collectors.joining("\n"));
        int more = problems.size() - SHOWN;
        return more > 0 ? shown + "\n• " + text.get("problems.more", more) : shown;
    }

    /** One problem as a sentence that starts with what it is about. */
    static String sentence(Problem problem, Text text) {
        String message = problem.message();
        if (message.startsWith(MALFORMED)) {
            // The parser's position says more than the field it was in when the text broke off.
            String rest = message.substring(MALFORMED.length()).strip();
            String place = rest.startsWith("at ") ? " (" + before(rest.substring(3), ":") + ")" : "";
            String why = rest.contains(":") ? rest.substring(rest.indexOf(':') + 1).strip() : "";
            return why.isEmpty() ? text.get("problems.notJson", place) : text.get("problems.notJsonBecause", place, why);
        }
        if (problem.field().isEmpty()) {
            return message.startsWith("is ") || message.startsWith("must ") || message.startsWith("cannot ")
                    || message.startsWith("could ")
                    ? text.get("problems.theFile", message)
                    : capitalised(message);
        }
        // "X must be ..." reads as a sentence; anything else ("missing; set to ...") after a colon.
        return text.get(message.startsWith("must ") ? "problems.fieldMust" : "problems.field", subject(problem.field(), text),
                message);
    }

    /** "Electricity price (levers.electricityPrice)" for a parameter, else the field in quotes. */
    private static String subject(String field, Text text) {
        String key = field.substring(field.lastIndexOf('.') + 1);
        Optional<Parameter> parameter = Parameter.byKey(key);
        return parameter.map(p -> text.get("problems.parameter", text.label(p), field)).orElse(text.get("problems.quoted", field));
    }

    private static String before(String text, String separator) {
        int at = text.indexOf(separator);
        return at < 0 ? text : text.substring(0, at);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
