package org.divergence.explain;

import org.divergence.model.Parameter;

/**
 * The setting a sentence or a part of a change comes from: a lever, an assumption or the regulation
 * design, named by its key in scenario files (Parameter.key(), or {@value #REGULATION_DESIGN}), so
 * the window can go to its control.
 */
public record Driver(String key, String label) {

    /** The key of the regulation design, as in scenario files. */
    public static final String REGULATION_DESIGN = "regulationDesign";

    public static Driver of(Parameter parameter) {
        return new Driver(parameter.key(), parameter.label());
    }

    public static Driver regulationDesign() {
        return new Driver(REGULATION_DESIGN, "Regulation design");
    }
}
