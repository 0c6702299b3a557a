package org.divergence.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.divergence.figure.Painter.HAlign;
import org.divergence.figure.Painter.VAlign;
import org.divergence.model.Bands;
import org.divergence.model.Projection;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.text.Text;

/**
 * A figure to export: one chart or the whole dashboard (the headline chart over the mining and
 * edge-AI details), with an optional caption, at a width in pixels (CSS pixels: 96 per inch; a PDF
 * or SVG of 336 px is 3.5 inches wide). Its height follows from the width and the content.
 *
 * @param chart       the chart, or empty for the dashboard
 * @param width       in pixels at scale 1
 * @param fixedHeight a height to fill exactly (a 16:9 slide); empty to follow from the width
 * @param document    the scenario shown (the caption names it; exports embed it)
 * @param projection  its projection
 * @param baseline    the baseline's projection, when the document's view has a baseline and it is shown
 * @param readingYear the year the legends give differences for
 * @param date        the date the caption gives
 * @param history     whether the recorded points of View > Show history are drawn (the pools chart
 *                    shows its recorded pools either way)
 * @param bands       the projection's uncertainty bands, drawn as fans when present (the window's, when shown)
 * @param text        the language of the charts' words and the caption: the window's language when exported
 *                    from the window (a German paper gets German figures), English from the command line
 */
public record Figure(Optional<ChartSpec> chart, double width, OptionalDouble fixedHeight, Theme theme, boolean caption,
                     ScenarioDocument document,
                     Projection projection, Optional<Projection> baseline, OptionalDouble readingYear, LocalDate date,
                     boolean history, Optional<Bands> bands, Text text) implements Drawing {

    /** Paper and screen widths in pixels at scale 1 (96 per inch). */
    public static final double SINGLE_COLUMN = 3.5 * 96;
    public static final double DOUBLE_COLUMN = 7 * 96;
    public static final double SLIDE = 1280;
    public static final double SLIDE_HEIGHT = 720;
    /** The command line's default: a 1200-px dashboard, a 2400-px PNG at scale 2. */
    public static final double DEFAULT_WIDTH = 1200;
    /** The widths a figure may have, in pixels at scale 1. */
    public static final double MIN_WIDTH = 100;
    public static final double MAX_WIDTH = 20_000;

    public Figure {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(fixedHeight, "fixedHeight");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(readingYear, "readingYear");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(bands, "bands");
        if (bands.isPresent() && !bands.get().scenario().equals(projection.scenario())) {
            throw new IllegalArgumentException("the bands belong to another scenario than the projection");
        }
        if (!(width >= MIN_WIDTH && width <= MAX_WIDTH)) {
            throw new IllegalArgumentException("a figure is 100 to 20,000 px wide, got " + width);
        }
        if (baseline.isPresent() && document.view().baseline().isEmpty()) {
            throw new IllegalArgumentException("a baseline projection needs the document's baseline (its name)");
        }
    }

    /** An English figure without the recorded history or uncertainty bands (the command line's). */
    public Figure(Optional<ChartSpec> chart, double width, OptionalDouble fixedHeight, Theme theme, boolean caption,
                  ScenarioDocument document, Projection projection, Optional<Projection> baseline,
                  OptionalDouble readingYear, LocalDate date) {
        this(chart, width, fixedHeight, theme, caption, document, projection, baseline, readingYear, date, false,
                Optional.empty(), Text.ENGLISH);
    }

    /** The same figure with these bands drawn. */
    public Figure withBands(Optional<Bands> newBands) {
        return new Figure(chart, width, fixedHeight, theme, caption, document, projection, baseline, readingYear, date,
                history, newBands, text);
    }

    @Override
    public String title() {
        return chart.map(c -> Charts.in(text, c).title()).orElse(text.get("figure.dashboardTitle"));
    }

    /** The base text size: readable on a slide, not crowded in a single paper column. */
    public double em() {
        return Math.max(9, Math.min(16, width / 75));
    }

    /** The figure's height for this width, measured with the surface that will draw it. */
    @Override
    public double height(Painter measuring) {
        return layout(measuring, false);
    }

    /** Draws the figure at (0, 0); returns its height. */
    @Override
    public double paint(Painter painter) {
        return layout(painter, true);
    }

    private double layout(Painter painter, boolean draw) {
        double em = em();
        Look look = Look.of(theme, em).readingYear(readingYear).text(text);
        double captionHeight = caption ? caption(painter, 0, em, false) : 0;
        double headline;
        double mining = 0;
        double edge = 0;
        if (chart.isPresent()) {
            headline = Math.round(width * (chart.get().id().equals(Charts.HEADLINE.id()) ? 0.5 : 0.66));
        } else {
            headline = Math.round(width * 0.34);
            mining = rowHeight(painter, Charts.DASHBOARD_MINING, look.compact(true), 0.62);
            edge = rowHeight(painter, Charts.DASHBOARD_EDGE, look.compact(true), 0.42);
        }
        if (fixedHeight.isPresent()) {
            // A slide: the charts share what the caption leaves, in their usual proportions.
            double natural = headline + mining + edge;
            double room = Math.max(100, fixedHeight.getAsDouble() - captionHeight);
            headline = Math.floor(headline * room / natural);
            mining = Math.floor(mining * room / natural);
            edge = room - headline - mining;
        }
        if (draw) {
            painter.fillRect(0, 0, width, headline + mining + edge, Palette.of(theme).background());
            if (chart.isPresent()) {
                ChartRenderer.paint(painter, data(chart.get()), look, 0, 0, width, headline);
            } else {
                ChartRenderer.paint(painter, data(Charts.HEADLINE), look, 0, 0, width, headline);
                row(painter, Charts.DASHBOARD_MINING, look.compact(true), headline, mining);
                row(painter, Charts.DASHBOARD_EDGE, look.compact(true), headline + mining, edge);
            }
        }
        double y = headline + mining + edge;
        if (caption) {
            y = caption(painter, y, em, draw);
        }
        return fixedHeight.isPresent() ? Math.max(fixedHeight.getAsDouble(), Math.ceil(y)) : Math.ceil(y);
    }

    /** A row's height: its charts' shape ({@code aspect} of a column's width), plus room for its tallest legend. */
    private double rowHeight(Painter painter, List<ChartSpec> charts, Look look, double aspect) {
        double column = width / charts.size();
        return Math.round(column * aspect + legendHeight(painter, charts, look, column));
    }

    private double legendHeight(Painter painter, List<ChartSpec> charts, Look look, double column) {
        double legend = 0;
        for (ChartSpec chart : charts) {
            legend = Math.max(legend, ChartRenderer.legendHeight(painter, data(chart), look, column));
        }
        return legend;
    }

    /** Charts side by side, their legends given the same height so their plots are one size. */
    private void row(Painter painter, List<ChartSpec> charts, Look look, double top, double height) {
        double column = width / charts.size();
        double legend = legendHeight(painter, charts, look, column);
        for (int i = 0; i < charts.size(); i++) {
            ChartRenderer.paint(painter, data(charts.get(i)), look.legendSpace(legend), i * column, top, column, height);
        }
    }

    /** A chart's numbers, with its recorded points when history is shown, and those the chart always shows. */
    private ChartData data(ChartSpec spec) {
        spec = Charts.in(text, spec);
        ChartData data = (baseline.isPresent()
                ? ChartData.of(spec, projection, document.view().baseline().orElseThrow().name(), baseline.get())
                : ChartData.of(spec, projection)).withHistory(history);
        return bands.map(b -> data.withBands(b, true)).orElse(data);
    }

    /** The caption under the charts, each paragraph wrapped; returns the new bottom. */
    private double caption(Painter painter, double top, double em, boolean draw) {
        Palette palette = Palette.of(theme);
        FigureFont font = new FigureFont(0.85 * em, false);
        double pad = 0.8 * em;
        List<String> wrapped = new ArrayList<>();
        for (String paragraph : Caption.lines(document, baseline.isPresent(), date, text)) {
            wrapped.addAll(Wrapping.lines(painter, paragraph, font, width - 2 * pad));
        }
        double lineHeight = painter.measure("Ag", font).height() * 1.15;
        double height = pad + wrapped.size() * lineHeight + pad;
        if (draw) {
            painter.fillRect(0, top, width, height, palette.background());
            painter.line(pad, top + 0.3 * em, width - pad, top + 0.3 * em, Stroke.solid(palette.grid(), 1));
            double y = top + pad;
            for (String line : wrapped) {
                painter.text(line, pad, y, font, palette.muted(), HAlign.LEFT, VAlign.TOP);
                y += lineHeight;
            }
        }
        return top + height;
    }
}
