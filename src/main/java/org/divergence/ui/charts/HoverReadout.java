package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * Exact values under the mouse: a vertical guide at the nearest time step and a card with the date
 * and every series' value, in the series' colour. Also draws fixed vertical markers (Bitcoin
 * halvings) behind the data. Lives in a transparent layer over the chart, so the chart itself stays
 * a stock JavaFX chart.
 */
final class HoverReadout {

    /** Space between a marker line and its label, and between neighbouring labels (px). */
    private static final double MARKER_LABEL_GAP = 3;

    private final XYChart<Number, Number> chart;
    private final DoubleFunction<String> format;
    private final Node plotBackground;
    private final Line guide = new Line();
    private final VBox card = new VBox();
    private final List<Marker> markers = new ArrayList<>();
    private final Pane layer = new Pane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            placeMarkers();
        }
    };
    private final StackPane view;
    /** Where the mouse last was over the plot, so the card can follow data that change under it. */
    private double lastSceneX;
    private double lastSceneY;

    private record Marker(double x, Line line, Label label) {}

    /**
     * @param format how one value is written, with its unit ("23.4", "58 %", "0.061 USD/kWh")
     */
    HoverReadout(XYChart<Number, Number> chart, DoubleFunction<String> format) {
        this.chart = chart;
        this.format = format;
        this.plotBackground = chart.lookup(".chart-plot-background");

        guide.getStyleClass().add("hover-guide");
        card.getStyleClass().add("hover-card");
        card.setManaged(false);
        layer.setMouseTransparent(true);
        layer.getChildren().addAll(guide, card);
        hide();

        view = new StackPane(chart, layer);
        view.getStyleClass().add("chart-card");
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> show(e.getSceneX(), e.getSceneY()));
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> show(e.getSceneX(), e.getSceneY()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());

        ValueAxis<Number> x = (ValueAxis<Number>) chart.getXAxis();
        x.lowerBoundProperty().addListener(o -> layer.requestLayout());
        x.upperBoundProperty().addListener(o -> layer.requestLayout());
        plotBackground.boundsInParentProperty().addListener(o -> layer.requestLayout());
    }

    /** The chart with its hover layer, to put in a layout. */
    StackPane view() { return view; }

    /** A faint labelled vertical line at {@code x} (e.g. a halving year), drawn when inside the x range; add them in increasing x. */
    void addMarker(double x, String text) {
        Line line = new Line();
        line.getStyleClass().add("chart-marker");
        Label label = new Label(text);
        label.getStyleClass().add("chart-marker-label");
        label.setManaged(false);
        markers.add(new Marker(x, line, label));
        layer.getChildren().addAll(0, List.of(line, label));
        layer.requestLayout();
    }

    /** Rereads the values under a still mouse after the data changed (a lever moved by keyboard). */
    void refresh() {
        if (card.isVisible()) {
            show(lastSceneX, lastSceneY);
        }
    }

    private void show(double sceneX, double sceneY) {
        lastSceneX = sceneX;
        lastSceneY = sceneY;
        Bounds plot = plotBackground.localToScene(plotBackground.getLayoutBounds());
        List<XYChart.Series<Number, Number>> series = chart.getData();
        if (!plot.contains(sceneX, sceneY) || series.isEmpty() || series.get(0).getData().isEmpty()) {
            hide();
            return;
        }
        ValueAxis<Number> xAxis = (ValueAxis<Number>) chart.getXAxis();
        double year = xAxis.getValueForDisplay(xAxis.sceneToLocal(sceneX, sceneY).getX()).doubleValue();
        int step = nearestStep(series.get(0).getData(), year);
        double stepYear = series.get(0).getData().get(step).getXValue().doubleValue();

        card.getChildren().clear();
        Label date = new Label(date(stepYear));
        date.getStyleClass().add("hover-date");
        card.getChildren().add(date);
        for (int i = 0; i < series.size(); i++) {
            XYChart.Series<Number, Number> s = series.get(i);
            if (step < s.getData().size()) {
                Label line = new Label(s.getName() + ": " + format.apply(s.getData().get(step).getYValue().doubleValue()));
                Region swatch = new Region();
                swatch.getStyleClass().addAll("hover-swatch", "default-color" + i);
                line.setGraphic(swatch);
                card.getChildren().add(line);
            }
        }

        Bounds plotInLayer = layer.sceneToLocal(plot);
        double guideX = layer.sceneToLocal(xAxis.localToScene(xAxis.getDisplayPosition(stepYear), 0)).getX();
        guide.setStartX(guideX);
        guide.setEndX(guideX);
        guide.setStartY(plotInLayer.getMinY());
        guide.setEndY(plotInLayer.getMaxY());
        guide.setVisible(true);

        card.setVisible(true);
        card.applyCss();
        card.autosize();
        double gap = 12;
        double cardX = guideX + gap + card.getWidth() <= plotInLayer.getMaxX() ? guideX + gap : guideX - gap - card.getWidth();
        Point2D mouse = layer.sceneToLocal(sceneX, sceneY);
        double cardY = Math.max(plotInLayer.getMinY(), Math.min(mouse.getY() - card.getHeight() / 2,
                plotInLayer.getMaxY() - card.getHeight()));
        card.relocate(Math.max(plotInLayer.getMinX(), cardX), cardY);
    }

    private void hide() {
        guide.setVisible(false);
        card.setVisible(false);
    }

    private void placeMarkers() {
        if (markers.isEmpty() || layer.getScene() == null) {
            return;
        }
        ValueAxis<Number> xAxis = (ValueAxis<Number>) chart.getXAxis();
        Bounds plot = layer.sceneToLocal(plotBackground.localToScene(plotBackground.getLayoutBounds()));
        // Markers are in increasing x. In a narrow chart a label that would run into the previous one
        // or out of the plot is left out; its line still shows, and the first label names the kind.
        double freeFrom = Double.NEGATIVE_INFINITY;
        for (Marker m : markers) {
            boolean inside = m.x() >= xAxis.getLowerBound() && m.x() <= xAxis.getUpperBound();
            m.line().setVisible(inside);
            m.label().setVisible(false);
            if (inside) {
                double x = layer.sceneToLocal(xAxis.localToScene(xAxis.getDisplayPosition(m.x()), 0)).getX();
                m.line().setStartX(x);
                m.line().setEndX(x);
                m.line().setStartY(plot.getMinY());
                m.line().setEndY(plot.getMaxY());
                m.label().autosize();
                double left = x + MARKER_LABEL_GAP;
                double right = left + m.label().getWidth();
                if (left >= freeFrom && right <= plot.getMaxX()) {
                    m.label().relocate(left, plot.getMinY() + 2);
                    m.label().setVisible(true);
                    freeFrom = right + 2 * MARKER_LABEL_GAP;
                }
            }
        }
    }

    private static int nearestStep(List<XYChart.Data<Number, Number>> data, double x) {
        int lo = 0;
        int hi = data.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (data.get(mid).getXValue().doubleValue() < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && x - data.get(lo - 1).getXValue().doubleValue() < data.get(lo).getXValue().doubleValue() - x) {
            lo--;
        }
        return lo;
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
