package org.divergence.figure;

import java.util.Objects;
import org.divergence.model.RegimeMap;
import org.divergence.model.Sensitivity;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.text.Text;

/**
 * The tornado chart or the regime map as an exported figure: the same drawing as in the window, at a
 * width in pixels, the height following from the chart's shape. Exported with {@link FigureExport},
 * carrying its scenario like every other figure.
 */
public final class AnalysisFigure implements Drawing {

    private final Sensitivity.Result sensitivity;
    private final RegimeMap map;
    private final ScenarioDocument document;
    private final Theme theme;
    private final double width;
    private final Text text;

    private AnalysisFigure(Sensitivity.Result sensitivity, RegimeMap map, ScenarioDocument document, Theme theme,
                           double width, Text text) {
        this.sensitivity = sensitivity;
        this.map = map;
        this.document = Objects.requireNonNull(document, "document");
        this.theme = Objects.requireNonNull(theme, "theme");
        if (!(width >= 200 && width <= 20_000)) {
            throw new IllegalArgumentException("a figure is 200 to 20,000 px wide, got " + width);
        }
        this.width = width;
        this.text = Objects.requireNonNull(text, "text");
    }

    /** The tornado chart in {@code text}'s language (the window's, when exported from the window). */
    public static AnalysisFigure tornado(Sensitivity.Result result, ScenarioDocument document, Theme theme, double width,
                                         Text text) {
        return new AnalysisFigure(Objects.requireNonNull(result, "result"), null, document, theme, width, text);
    }

    /** The regime map in {@code text}'s language. */
    public static AnalysisFigure regimeMap(RegimeMap map, ScenarioDocument document, Theme theme, double width, Text text) {
        return new AnalysisFigure(null, Objects.requireNonNull(map, "map"), document, theme, width, text);
    }

    @Override
    public double width() { return width; }

    /** A tornado is wide (its table beside the bars), a map nearly square. */
    @Override
    public double height(Painter measuring) {
        return Math.round(width * (map != null ? 0.85 : 0.62));
    }

    @Override
    public double paint(Painter painter) {
        double height = height(painter);
        Look look = Look.of(theme, Math.max(9, Math.min(16, width / 75))).text(text);
        if (map != null) {
            RegimeMapChart.paint(painter, map, look, 0, 0, width, height);
        } else {
            TornadoChart.paint(painter, sensitivity, look, 0, 0, width, height);
        }
        return height;
    }

    @Override
    public String title() {
        return map != null ? RegimeMapChart.title(map, text) : TornadoChart.title(sensitivity, text);
    }

    @Override
    public ScenarioDocument document() { return document; }

    /** "sensitivity" or "regime-map": the start of a file name. */
    public String kind() {
        return map != null ? "regime-map" : "sensitivity";
    }
}
