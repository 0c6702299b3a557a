package org.divergence.ui.levers;

import java.util.Map;

import org.divergence.model.Parameter;

/**
 * Names for screen readers. A reader spells "J/TH" letter by letter and reads "%/yr" as nothing
 * useful, so units are written out ("joules per terahash", "percent per year"), and a parameter's
 * label is put in lower case when it sits inside a sentence ("Reset electricity price to 0.05").
 */
final class SpokenText {

    /** Unit symbols a reader would otherwise spell out; anything not listed (USD, kWh, TOPS) is kept. */
    private static final Map<String, String> WORDS = Map.of(
            "%", "percent",
            "yr", "year",
            "s", "second",
            "x", "times",
            "J", "joules",
            "TH", "terahash",
            "EH", "exahash",
            "Mtok", "million tokens");

    private SpokenText() {}

    /** "USD/kWh" -> "USD per kWh", "%/yr" -> "percent per year", "x" -> "times". */
    static String unit(String unit) {
        StringBuilder spoken = new StringBuilder();
        for (String part : unit.split("/")) {
            if (spoken.length() > 0) {
                spoken.append(" per ");
            }
            spoken.append(WORDS.getOrDefault(part.strip(), part.strip()));
        }
        return spoken.toString();
    }

    /** "Electricity price, USD per kWh": what a slider or value field is. */
    static String name(Parameter parameter) {
        return parameter.label() + ", " + unit(parameter.unit());
    }

    /** "Reset electricity price to 0.05 USD per kWh": what a lever's reset button does. */
    static String reset(Parameter parameter) {
        return "Reset " + parameter.labelInSentence() + " to " + Parameter.plain(parameter.defaultValue())
                + " " + unit(parameter.unit());
    }
}
