package org.divergence.ui.charts;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.layout.Region;

/**
 * Charts side by side in equal columns, with their legends centred in a band underneath as tall as
 * the tallest legend, so every plot in the row has the same size whatever its legend's length.
 *
 * <p>A GridPane cannot do this: it sizes a row before it knows the column widths, so a legend that
 * wraps onto a second or third line was cut off.
 */
final class ChartRow extends Region {

    /** The most of the row's height the legend band may take while the plots are kept aligned. */
    private static final double MAX_LEGEND_SHARE = 0.4;

    private final List<Region> charts;
    private final List<SeriesLegend> legends;

    ChartRow(List<Region> charts, List<SeriesLegend> legends) {
        if (charts.size() != legends.size() || charts.isEmpty()) {
            throw new IllegalArgumentException("one legend per chart, at least one chart");
        }
        this.charts = List.copyOf(charts);
        this.legends = List.copyOf(legends);
        getStyleClass().add("chart-row");
        getChildren().addAll(charts);
        getChildren().addAll(legends);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        double column = width / charts.size();
        double band = legendHeight(column);
        // In a small window a long legend would squeeze every plot in the row to nothing; then each
        // chart keeps the room its own legend leaves.
        boolean aligned = band <= MAX_LEGEND_SHARE * height;
        for (int i = 0; i < charts.size(); i++) {
            double left = snapPositionX(insets.getLeft() + i * column);
            double right = snapPositionX(insets.getLeft() + (i + 1) * column);
            SeriesLegend legend = legends.get(i);
            double legendWidth = legend.balancedWidth(right - left);
            double legendHeight = aligned ? band : snapSizeY(legend.prefHeight(legendWidth));
            double chartHeight = Math.max(0, height - legendHeight);
            charts.get(i).resizeRelocate(left, insets.getTop(), right - left, chartHeight);
            legend.resizeRelocate(snapPositionX(left + (right - left - legendWidth) / 2),
                    insets.getTop() + chartHeight, legendWidth, legendHeight);
        }
    }

    private double legendHeight(double columnWidth) {
        double tallest = 0;
        for (SeriesLegend legend : legends) {
            tallest = Math.max(tallest, legend.prefHeight(columnWidth < 0 ? -1 : legend.balancedWidth(columnWidth)));
        }
        return snapSizeY(tallest);
    }

    /** As small as the legends: the charts themselves can shrink to nothing. */
    @Override
    protected double computeMinHeight(double width) {
        Insets insets = getInsets();
        double column = width < 0 ? -1 : (width - insets.getLeft() - insets.getRight()) / charts.size();
        return insets.getTop() + legendHeight(column) + insets.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = 0;
        for (int i = 0; i < charts.size(); i++) {
            widest = Math.max(widest, Math.max(charts.get(i).prefWidth(-1), legends.get(i).prefWidth(-1)));
        }
        return getInsets().getLeft() + charts.size() * widest + getInsets().getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double column = width < 0 ? -1 : (width - insets.getLeft() - insets.getRight()) / charts.size();
        double tallest = 0;
        for (Region chart : charts) {
            tallest = Math.max(tallest, chart.prefHeight(column));
        }
        return insets.getTop() + tallest + legendHeight(column) + insets.getBottom();
    }
}
