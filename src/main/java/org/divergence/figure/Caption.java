package org.divergence.figure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.divergence.AppInfo;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.ScenarioDocument;

/**
 * The block under an exported figure that says what it shows, so the figure can be read (and
 * checked) without the app: the scenario's name, the four levers with units, the regulation design,
 * the assumptions that differ from their defaults, the baseline, the model version and the date.
 */
public final class Caption {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Caption() {}

    /**
     * The caption's paragraphs, in order; the figure wraps each to its width. The baseline is named
     * only when the figure draws it ({@code baselineDrawn}).
     */
    public static List<String> lines(ScenarioDocument document, boolean baselineDrawn, LocalDate date) {
        Scenario s = document.scenario();
        List<String> lines = new ArrayList<>();
        String name = document.name().equals(ScenarioDocument.UNTITLED) ? "Untitled scenario" : "Scenario “" + document.name() + "”";
        lines.add(name + document.view().baseline().filter(b -> baselineDrawn)
                .map(b -> "; dashed lines: baseline “" + b.name() + "”").orElse("") + ".");

        List<String> levers = new ArrayList<>();
        for (Parameter p : Parameter.levers()) {
            levers.add(p.labelInSentence() + " " + p.format(s.get(p)) + " " + p.unit());
        }
        lines.add("Levers: " + String.join(", ", levers) + "; regulation design: "
                + s.regulationDesign().label().toLowerCase(Locale.ROOT) + ".");

        List<String> changed = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            if (!p.isLever() && s.get(p) != p.defaultValue()) {
                changed.add(p.labelInSentence() + " " + p.format(s.get(p)) + " " + p.unit()
                        + " (default " + p.format(p.defaultValue()) + ")");
            }
        }
        lines.add(changed.isEmpty() ? "Every other assumption at its documented default."
                : "Assumptions changed from their defaults: " + String.join("; ", changed) + ".");
        lines.add(AppInfo.NAME + " " + AppInfo.version() + ", model " + DivergenceModel.VERSION + ", "
                + DATE.format(date) + ". The figure file carries its scenario: open it in Divergence to reproduce it.");
        return lines;
    }
}
