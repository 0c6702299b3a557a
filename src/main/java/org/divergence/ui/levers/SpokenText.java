package org.divergence.ui.levers;

import org.divergence.model.Parameter;
import org.divergence.text.Text;

/**
 * What a screen reader says for a lever's buttons. Units are written out (a reader spells "J/TH"
 * letter by letter; {@link Text#spokenUnit}) and the label sits in the sentence
 * ("Reset electricity price to 0.05 USD per kWh").
 */
final class SpokenText {

    private SpokenText() {}

    /** "Reset electricity price to 0.05 USD per kWh": what a lever's reset button does. */
    static String reset(Parameter parameter, Text text) {
        return text.get("levers.reset", text.labelInSentence(parameter),
                text.decimal(Parameter.plain(parameter.defaultValue())), text.spokenUnit(parameter));
    }
}
