package org.divergence.ui.charts;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;

/**
 * A chart's legend as a node of its own, which {@link ChartRow} places under the chart. Inside the
 * chart a legend takes its height from the plot, so charts side by side with legends of one, two and
 * three lines had plots of three sizes. Items look like the stock legend's (same style classes): a
 * swatch in the series' colour and its name, in columns of equal width.
 */
final class SeriesLegend extends TilePane {

    /** @param palette the style class that sets the chart's colours (charts.css), so the swatches match */
    SeriesLegend(XYChart<?, ?> chart, String palette) {
        getStyleClass().addAll("series-legend", palette);
        setAlignment(Pos.TOP_LEFT);
        setTileAlignment(Pos.CENTER_LEFT);
        setPrefColumns(chart.getData().size());
        chart.setLegendVisible(false);
        for (int i = 0; i < chart.getData().size(); i++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("chart-legend-item-symbol", "default-color" + i);
            Label item = new Label(chart.getData().get(i).getName(), swatch);
            item.getStyleClass().add("chart-legend-item");
            getChildren().add(item);
        }
    }

    /**
     * The width to give this legend within {@code available}: as many columns as fit, then as few as
     * keep that number of lines, so four items sit two and two rather than three and one.
     */
    double balancedWidth(double available) {
        // Measured as TilePane measures (snapped), with a pixel to spare: a hair too narrow and it
        // would lay the items out in one column fewer.
        double tile = 0;
        for (Node item : getChildren()) {
            tile = Math.max(tile, item.prefWidth(-1));
        }
        tile = snapSizeX(tile);
        double gap = snapSpaceX(getHgap());
        double insets = snappedLeftInset() + snappedRightInset();
        int items = getChildren().size();
        int fit = (int) Math.max(1, Math.floor((available - insets - 1 + gap) / (tile + gap)));
        int lines = (items + fit - 1) / fit;
        int columns = (items + lines - 1) / lines;
        return Math.min(available, Math.ceil(insets + columns * tile + (columns - 1) * gap) + 1);
    }
}
