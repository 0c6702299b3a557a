package org.divergence.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.divergence.AppInfo;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.text.Text;

/**
 * The block under an exported figure that says what it shows, so the figure can be read (and
 * checked) without the app: the scenario's name, the four levers with units, the regulation design,
 * the assumptions that differ from their defaults, the baseline, the model version and the date.
 */
public final class Caption {

    private Caption() {}

    /** The English caption (the command line's). */
    public static List<String> lines(ScenarioDocument document, boolean baselineDrawn, LocalDate date) {
        return lines(document, baselineDrawn, date, Text.ENGLISH);
    }

    /**
     * The caption's paragraphs in {@code text}'s language, in order; the figure wraps each to its width.
     * The baseline is named only when the figure draws it ({@code baselineDrawn}).
     */
    public static List<String> lines(ScenarioDocument document, boolean baselineDrawn, LocalDate date, Text text) {
        Scenario s = document.scenario();
        List<String> lines = new ArrayList<>();
        String name = document.name().equals(ScenarioDocument.UNTITLED) ? text.get("caption.untitled")
                : text.get("caption.named", document.name());
        lines.add(document.view().baseline().filter(b -> baselineDrawn)
                .map(b -> text.get("caption.withBaseline", name, b.name())).orElse(text.get("caption.alone", name)));

        List<String> levers = new ArrayList<>();
        for (Parameter p : Parameter.levers()) {
            levers.add(text.labelInSentence(p) + " " + text.valueWithUnit(p, s.get(p)));
        }
        lines.add(text.get("caption.levers", String.join(", ", levers),
                text.inSentence(text.design(s.regulationDesign()))));

        List<String> changed = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            if (!p.isLever() && s.get(p) != p.defaultValue()) {
                changed.add(text.get("caption.changedAssumption", text.labelInSentence(p),
                        text.valueWithUnit(p, s.get(p)), text.value(p, p.defaultValue())));
            }
        }
        lines.add(changed.isEmpty() ? text.get("caption.allDefaults")
                : text.get("caption.changed", String.join("; ", changed)));
        lines.add(text.get("caption.version", AppInfo.NAME, AppInfo.version(), DivergenceModel.VERSION,
                text.date(date)));
        return lines;
    }
}
