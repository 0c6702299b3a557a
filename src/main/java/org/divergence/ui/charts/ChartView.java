package org.divergence.ui.charts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.divergence.figure.Charts;
import org.divergence.text.Text;
import java.util.Optional;
import java.util.OptionalDouble;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import org.divergence.figure.ChartData;
import org.divergence.figure.ChartRenderer;
import org.divergence.figure.ChartSpec;
import org.divergence.figure.Look;
import org.divergence.figure.Painter;
import org.divergence.figure.Palette;
import org.divergence.figure.Rendering;
import org.divergence.figure.Scale;
import org.divergence.figure.Theme;

/**
 * One chart in the window, drawn by {@link ChartRenderer} (the same code that draws the exported
 * figures) on two canvases, one per {@link Painter.Layer}, with the hover read-out over them. It
 * redraws when its data, size, theme or text size change, and only while it is shown (a chart in a
 * hidden tab waits until its tab is chosen); a layer whose drawing is the same as last time is left
 * as it is, so while a lever is dragged only the data is drawn again (the software pipeline paints a
 * canvas that was not drawn on from what it kept).
 *
 * <p>While a lever is dragged the value axis may grow to keep the data in view but never shrinks,
 * so any motion is the data's; on release it fits the data again.
 */
public final class ChartView extends Region {

    /** What the chart shows, its words in the window's language ({@link #speak}). */
    private ChartSpec spec;
    private Text text = Text.ENGLISH;
    private final boolean compact;
    /** Back to front, one per layer. */
    private final Map<Painter.Layer, Canvas> canvases = new EnumMap<>(Painter.Layer.class);
    /** What each canvas shows now; empty when it must be drawn. */
    private final Map<Painter.Layer, List<FxPainter.Op>> drawn = new EnumMap<>(Painter.Layer.class);
    private final Map<Painter.Layer, Long> timesDrawn = new EnumMap<>(Painter.Layer.class);
    /** The window's text size, which the chart's text follows (em). */
    private final Label textSize = TextSizeProbe.following(this::repaint);
    private final HoverReadout readout;
    /** Shown while the mouse is over the chart; the keyboard's way is File > Export figure (Ctrl+E). */
    private final Button export = new Button();

    /** The chart's numbers as a table, made when first asked for. */
    private ChartTable table;
    private boolean asTable;
    private ChartData data;
    private Theme theme = Theme.LIGHT;
    private boolean adjusting;
    private boolean shown = true;
    private boolean dirty = true;
    private double legendSpace;
    private OptionalDouble readingYear = OptionalDouble.empty();
    private boolean fitBaseline = true;
    private boolean zoom;
    /** The value axis kept while a lever is dragged. */
    private Scale held;
    private Rendering rendering;

    ChartView(ChartSpec spec, boolean compact) {
        this.spec = spec;
        this.compact = compact;
        setId("chart-" + spec.id());
        getStyleClass().addAll("chart-view", spec.id());
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);

        setMinSize(0, 0);
        readout = new HoverReadout(this);
        Region icon = new Region();
        icon.getStyleClass().add("export-icon");
        export.setGraphic(icon);
        export.getStyleClass().addAll("chart-export", "flat");
        export.setId("export-" + spec.id());
        export.setFocusTraversable(false);
        export.setTooltip(new Tooltip());
        speak(text);
        export.setVisible(false);
        setOnMouseEntered(e -> export.setVisible(export.getOnAction() != null));
        setOnMouseExited(e -> export.setVisible(false));
        for (Painter.Layer layer : Painter.Layer.values()) {
            Canvas canvas = new Canvas();
            canvases.put(layer, canvas);
            getChildren().add(canvas);
        }
        getChildren().addAll(readout.layer(), textSize, export);
    }

    public ChartSpec spec() { return spec; }

    /** The language of the chart's words and numbers now. */
    Text text() { return text; }

    /**
     * Says the chart in {@code next}'s words: its title, axis and series, its numbers (a decimal comma in
     * German) and what it tells a screen reader. The numbers follow with the next {@link #show}.
     */
    void speak(Text next) {
        text = next;
        spec = Charts.in(next, spec);
        setAccessibleText(spec.description());
        export.getTooltip().setText(next.get("chart.exportTip"));
        export.setAccessibleText(next.get("chart.exportName", spec.title()));
        if (table != null) {
            table.speak(next);
        }
    }

    /** New numbers to draw (a recompute, a new baseline). */
    void show(ChartData next) {
        data = next;
        setAccessibleHelp(SpokenSummary.of(next, text));
        if (asTable) {
            table.show(next);
        }
        repaint();
        readout.refresh();
    }

    /** Shows the chart's numbers as a table instead of the drawing (its text alternative), or the drawing again. */
    void setAsTable(boolean now) {
        if (now == asTable) {
            return;
        }
        asTable = now;
        if (now && table == null) {
            table = new ChartTable(spec, text);
            getChildren().add(table);
        }
        if (table != null) {
            table.setVisible(now);
            table.setManaged(now);
        }
        canvases.values().forEach(c -> c.setVisible(!now));
        readout.layer().setVisible(!now);
        if (now && data != null) {
            table.show(data);
        }
        requestLayout();
        repaint();
    }

    /** True while the numbers are shown as a table. */
    public boolean isTable() { return asTable; }

    /** The numbers drawn last, for the read-out and for tests. */
    public ChartData data() { return data; }

    /** What the last drawing put where: the plot for the read-out, the texts for tests. */
    public Optional<Rendering> rendering() { return Optional.ofNullable(rendering); }

    /** How many times a layer's canvas was drawn on (the others kept what they showed), for tests. */
    public long timesDrawn(Painter.Layer layer) {
        return timesDrawn.getOrDefault(layer, 0L);
    }

    /** The value axis drawn last. */
    public Optional<Scale> valueScale() { return rendering().map(r -> r.plot().values()); }

    void setTheme(Theme next) {
        if (next != theme) {
            theme = next;
            repaint();
        }
    }

    /** While true (a lever is dragged), the value axis only grows. */
    void setAdjusting(boolean now) {
        if (now != adjusting) {
            adjusting = now;
            if (!now) {
                held = null;
                repaint();
            }
        }
    }

    /** False while the chart's tab is hidden (it then does not draw). */
    public boolean isShown() { return shown; }

    /** Charts in a hidden tab do not draw; they catch up when shown. */
    void setShown(boolean now) {
        shown = now;
        if (now && dirty) {
            repaint();
        }
    }

    /** The height to keep for the legend, the tallest of the row's, so plots side by side are one size. */
    void setLegendSpace(double space) {
        if (space != legendSpace) {
            legendSpace = space;
            repaint();
        }
    }

    /** The year legends give baseline differences for (the summary's year). */
    void setReadingYear(OptionalDouble year) {
        if (!year.equals(readingYear)) {
            readingYear = year;
            repaint();
        }
    }

    /** Whether a fitted axis covers the baseline's numbers too (same axes for both). */
    void setFitBaseline(boolean now) {
        if (now != fitBaseline) {
            fitBaseline = now;
            repaint();
        }
    }

    /** Whether a fixed axis (the 0-100 index) fits the data instead. */
    void setZoom(boolean now) {
        if (now != zoom) {
            zoom = now;
            repaint();
        }
    }

    /** How this chart is drawn now: theme, text size, compactness and the chosen options. */
    Look look() {
        double em = textSize.getFont().getSize();
        return Look.of(theme, em).text(text).compact(compact).legendSpace(legendSpace).readingYear(readingYear)
                .fitBaseline(fitBaseline).zoomValues(zoom);
    }

    Palette palette() { return Palette.of(theme); }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (width() != w || height() != h) {
            for (Canvas canvas : canvases.values()) {
                canvas.setWidth(w);
                canvas.setHeight(h);
            }
            drawn.clear();
            repaint();
        }
        readout.layer().resizeRelocate(0, 0, w, h);
        if (table != null && asTable) {
            table.resizeRelocate(0, 0, w, h);
        }
        export.autosize();
        export.relocate(w - export.getWidth() - 4, 4);
    }

    /** What the chart's export button does. */
    void setOnExport(Runnable action) {
        export.setOnAction(e -> action.run());
    }

    private void repaint() {
        dirty = true;
        if (!shown || asTable || data == null || width() < 1 || height() < 1) {
            return;
        }
        Look look = look();
        if (adjusting) {
            Scale fitted = ChartRenderer.fittedScale(data, look);
            held = held == null ? fitted : held.grownToInclude(fitted);
            look = look.valueScale(Optional.of(held));
        }
        FxPainter painter = new FxPainter();
        rendering = ChartRenderer.paint(painter, data, look, 0, 0, width(), height());
        for (Painter.Layer layer : Painter.Layer.values()) {
            List<FxPainter.Op> ops = painter.ops(layer);
            if (!ops.equals(drawn.get(layer))) {
                FxPainter.draw(ops, canvases.get(layer).getGraphicsContext2D());
                drawn.put(layer, ops);
                timesDrawn.merge(layer, 1L, Long::sum);
            }
        }
        dirty = false;
    }

    private double width() {
        return canvases.get(Painter.Layer.BACK).getWidth();
    }

    private double height() {
        return canvases.get(Painter.Layer.BACK).getHeight();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 280;
    }
}
