package org.divergence.explain;

import org.divergence.model.Parameter;
import org.divergence.text.Text;

/**
 * The setting a sentence or a part of a change comes from: a lever, an assumption or the regulation
 * design, named by its key in scenario files (Parameter.key(), or {@value #REGULATION_DESIGN}), so
 * the window can go to its control. {@code grouped} marks the "other assumptions" player of a
 * decomposition, which links to the first of them that differs.
 */
public record Driver(String key, boolean grouped) {

    /** The key of the regulation design, as in scenario files. */
    public static final String REGULATION_DESIGN = "regulationDesign";

    public static Driver of(Parameter parameter) {
        return new Driver(parameter.key(), false);
    }

    public static Driver regulationDesign() {
        return new Driver(REGULATION_DESIGN, false);
    }

    /** Every other assumption that differs, as one player, linked to the setting with {@code key}. */
    static Driver otherAssumptions(String key) {
        return new Driver(key, true);
    }

    /** Its name as the window shows it: "Electricity price", "Regulation design", "Other assumptions". */
    public String label(Text text) {
        if (grouped) {
            return text.get("why.otherAssumptions");
        }
        return Parameter.byKey(key).map(text::label).orElseGet(() -> text.get("levers.design"));
    }
}
