package org.divergence.ui.files;

import java.util.ArrayList;
import java.util.List;

import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.Presets;

/**
 * The notes of a scenario that started from a preset and was then changed. The preset's story talks
 * about the preset's values, so saved unchanged it would describe numbers the file does not hold.
 */
final class PresetNotes {

    private PresetNotes() {}

    /**
     * "Started from the preset “NPU leap”, then changed: NPU throughput 300 → 400 TOPS; regulation
     * design Anti-consolidation → Compliance burden."
     */
    static String changedFrom(Presets.Preset preset, Scenario now) {
        Scenario before = preset.document().scenario();
        List<String> changes = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            if (before.get(p) != now.get(p)) {
                changes.add(p.labelInSentence() + " "
                        + p.format(before.get(p)) + " → " + p.format(now.get(p)) + " " + p.unit());
            }
        }
        if (before.regulationDesign() != now.regulationDesign()) {
            changes.add("regulation design " + before.regulationDesign().label() + " → " + now.regulationDesign().label());
        }
        if (before.seed() != now.seed()) {
            changes.add("seed " + before.seed() + " → " + now.seed());
        }
        return "Started from the preset “" + preset.name() + "”, then changed: " + String.join("; ", changes) + ".";
    }
}
