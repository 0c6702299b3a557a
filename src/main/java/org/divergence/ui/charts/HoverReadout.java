package org.divergence.ui.charts;

import org.divergence.text.Text;
import java.util.Locale;
import java.util.Optional;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import org.divergence.figure.ChartData;
import org.divergence.figure.HistoryPoints;
import org.divergence.figure.PlotArea;
import org.divergence.figure.Role;
import org.divergence.figure.Scale;
import org.divergence.figure.SeriesSpec;

/**
 * Exact values under the mouse: a vertical guide at the nearest time step and a card with the date,
 * every series' value in its colour, and, when a baseline is shown, the baseline's value and the
 * difference; recorded points within half a year are listed too, and before the projection starts
 * (history shown) the card gives the record alone. A transparent layer over the chart's canvas; it follows data that change under a
 * still mouse (a lever moved by keyboard).
 */
final class HoverReadout {

    private final ChartView chart;
    private final Line guide = new Line();
    private final VBox card = new VBox();
    private final Pane layer = new Pane(guide, card);
    private double lastX;
    private double lastY;

    HoverReadout(ChartView chart) {
        this.chart = chart;
        guide.getStyleClass().add("hover-guide");
        card.getStyleClass().add("hover-card");
        card.setManaged(false);
        layer.setMouseTransparent(true);
        layer.getStyleClass().add("hover-layer");
        hide();
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> show(e.getX(), e.getY()));
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> show(e.getX(), e.getY()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
    }

    Pane layer() { return layer; }

    /** Rereads the values under a still mouse after the data changed. */
    void refresh() {
        if (card.isVisible()) {
            show(lastX, lastY);
        }
    }

    private void show(double x, double y) {
        lastX = x;
        lastY = y;
        ChartData data = chart.data();
        Optional<PlotArea> found = chart.rendering().map(r -> r.plot());
        if (data == null || found.isEmpty() || !found.get().contains(x, y)) {
            hide();
            return;
        }
        PlotArea plot = found.get();
        double mouseYear = plot.yearAt(x);
        double halfStep = data.steps() > 1 ? (data.year(1) - data.year(0)) / 2 : 0.5;
        boolean recordOnly = mouseYear < data.firstYear() - halfStep;
        int step = data.stepNearest(mouseYear);
        double year = recordOnly ? nearestRecorded(data, mouseYear) : data.year(step);
        if (Double.isNaN(year)) {
            hide();
            return;
        }

        card.getChildren().clear();
        Text words = chart.text();
        Label date = new Label(recordOnly ? words.get("hover.recordedYear", Scale.yearLabel(Math.floor(year)))
                : words.decimal(date(year)));
        date.getStyleClass().add("hover-date");
        card.getChildren().add(date);
        var format = data.spec().format();
        for (int s = 0; s < data.seriesCount() && !recordOnly; s++) {
            SeriesSpec series = data.spec().series().get(s);
            double value = data.value(s, step);
            String text = words.get("hover.value", series.name(), words.decimal(format.format(value)));
            Optional<Double> base = data.baselineAt(s, year);
            if (base.isPresent()) {
                text = words.get("hover.withBaseline", text, words.decimal(format.format(base.get())),
                        words.decimal(format.difference(value - base.get())));
            }
            addLine(text, series.role());
        }

        for (HistoryPoints h : data.history()) {
            for (int i = 0; i < h.size(); i++) {
                if (Double.isFinite(h.value(i)) && Math.abs(h.year(i) - year) <= 0.5) {
                    addLine(words.get("hover.recorded", h.name(), Scale.yearLabel(Math.floor(h.year(i))),
                            words.decimal(format.format(h.value(i)))), h.role());
                }
            }
        }

        double guideX = plot.x(year);
        guide.setStartX(guideX);
        guide.setEndX(guideX);
        guide.setStartY(plot.top());
        guide.setEndY(plot.bottom());
        guide.setVisible(true);

        card.setVisible(true);
        card.applyCss();
        card.autosize();
        double gap = 12;
        double cardX = guideX + gap + card.getWidth() <= plot.right() ? guideX + gap : guideX - gap - card.getWidth();
        Point2D mouse = new Point2D(x, y);
        double cardY = Math.max(plot.top(), Math.min(mouse.getY() - card.getHeight() / 2, plot.bottom() - card.getHeight()));
        card.relocate(Math.max(plot.left(), cardX), cardY);
    }

    /** One line of the card, with a swatch in the role's colour. */
    private void addLine(String text, Role role) {
        Label line = new Label(text);
        Region swatch = new Region();
        swatch.getStyleClass().addAll("hover-swatch", "role-" + role.paletteName());
        line.setGraphic(swatch);
        card.getChildren().add(line);
    }

    /** The year of the recorded point nearest a decimal year, within half a year; NaN if none. */
    private static double nearestRecorded(ChartData data, double year) {
        double best = Double.NaN;
        for (HistoryPoints h : data.history()) {
            for (int i = 0; i < h.size(); i++) {
                double distance = Math.abs(h.year(i) - year);
                if (Double.isFinite(h.value(i)) && distance <= 0.5 && !(Math.abs(best - year) <= distance)) {
                    best = h.year(i);
                }
            }
        }
        return best;
    }

    private void hide() {
        guide.setVisible(false);
        card.setVisible(false);
    }

    /** 2035 for a whole year, "2035 Q2" for quarters, otherwise the decimal year. */
    static String date(double year) {
        double whole = Math.floor(year + 1e-9);
        double fraction = year - whole;
        if (Math.abs(fraction) < 1e-6) {
            return String.format(Locale.ROOT, "%.0f", whole);
        }
        double quarter = fraction * 4;
        if (Math.abs(quarter - Math.rint(quarter)) < 1e-6) {
            return String.format(Locale.ROOT, "%.0f Q%d", whole, (int) Math.rint(quarter) + 1);
        }
        return String.format(Locale.ROOT, "%.2f", year);
    }
}
