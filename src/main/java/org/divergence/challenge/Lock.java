package org.divergence.challenge;

import java.util.Objects;
import java.util.Optional;

import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.text.Text;

/**
 * A setting the challenge forbids touching ("without touching NPU throughput"): a parameter, or the
 * regulation design. It is kept while it equals its value in the challenge's start.
 */
public sealed interface Lock permits Lock.OnParameter, Lock.OnRegulationDesign {

    /** The key used in challenge and scenario files: "npuThroughput", "regulationDesign". */
    String key();

    /** The setting's name as the window shows it: "NPU throughput". */
    String label(Text text);

    /** The setting's value in {@code scenario}, with its unit: "40 TOPS", "Anti-consolidation". */
    String valueIn(Scenario scenario, Text text);

    /** True while {@code now} still has the value {@code start} has. */
    boolean kept(Scenario start, Scenario now);

    /** The lock named {@code key} in a file, if there is such a setting. */
    static Optional<Lock> byKey(String key) {
        if (OnRegulationDesign.KEY.equals(key)) {
            return Optional.of(new OnRegulationDesign());
        }
        return Parameter.byKey(key).map(OnParameter::new);
    }

    /** One of the model's numeric inputs (a lever or an assumption). */
    record OnParameter(Parameter parameter) implements Lock {
        public OnParameter {
            Objects.requireNonNull(parameter, "parameter");
        }

        @Override public String key() { return parameter.key(); }

        @Override public String label(Text text) { return text.label(parameter); }

        @Override public String valueIn(Scenario scenario, Text text) {
            return text.valueWithUnit(parameter, scenario.get(parameter));
        }

        @Override public boolean kept(Scenario start, Scenario now) {
            return start.get(parameter) == now.get(parameter);
        }
    }

    /** Anti-consolidation or compliance burden. */
    record OnRegulationDesign() implements Lock {
        static final String KEY = "regulationDesign";

        @Override public String key() { return KEY; }

        @Override public String label(Text text) { return text.get("levers.design"); }

        @Override public String valueIn(Scenario scenario, Text text) { return text.design(scenario.regulationDesign()); }

        @Override public boolean kept(Scenario start, Scenario now) {
            return start.regulationDesign() == now.regulationDesign();
        }
    }
}
