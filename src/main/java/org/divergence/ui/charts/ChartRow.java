package org.divergence.ui.charts;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

import org.divergence.figure.ChartRenderer;

/**
 * Charts side by side in equal columns. Each keeps room for the tallest legend of the row, so every
 * plot in the row has the same size whatever the length of its own legend.
 */
final class ChartRow extends Region {

    /** Only measures text; never shown. */
    private static final Canvas MEASURING = new Canvas(1, 1);

    private final List<ChartView> charts;

    ChartRow(List<ChartView> charts) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("at least one chart");
        }
        this.charts = List.copyOf(charts);
        getStyleClass().add("chart-row");
        getChildren().addAll(charts);
    }

    List<ChartView> charts() { return charts; }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        double column = width / charts.size();
        FxPainter measuring = new FxPainter(MEASURING.getGraphicsContext2D());
        double legend = 0;
        for (ChartView chart : charts) {
            if (chart.data() != null) {
                legend = Math.max(legend, ChartRenderer.legendHeight(measuring, chart.data(), chart.look(), column));
            }
        }
        for (int i = 0; i < charts.size(); i++) {
            double left = snapPositionX(insets.getLeft() + i * column);
            double right = snapPositionX(insets.getLeft() + (i + 1) * column);
            ChartView chart = charts.get(i);
            chart.setLegendSpace(legend);
            chart.resizeRelocate(left, insets.getTop(), right - left, height);
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + 400 * charts.size() + getInsets().getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        return getInsets().getTop() + 280 + getInsets().getBottom();
    }
}
