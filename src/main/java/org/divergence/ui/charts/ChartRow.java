package org.divergence.ui.charts;

import org.divergence.ui.explorer.WindowText;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

import org.controlsfx.control.SegmentedButton;

import org.divergence.figure.ChartRenderer;
import org.divergence.figure.Look;

/**
 * A tab's detail charts. Where each gets a readable plot they stand side by side in equal columns,
 * each keeping room for the tallest legend of the row so every plot has the same size. Where they
 * would not (a small window, large text), one chart is shown at a time, full size, with buttons above
 * it to choose which.
 */
final class ChartRow extends Region {

    /** A chart narrower than this (in em) is not readable side by side... */
    static final double MIN_COLUMN_EM = 20;
    /** ...nor one whose plot would be shorter than this (in em). */
    static final double MIN_PLOT_EM = 8;

    private final List<ChartView> charts;
    private final SegmentedButton chooser = new SegmentedButton();
    private final List<ToggleButton> choices = new ArrayList<>();
    private int chosen;
    /** False while the row's tab is hidden: then no chart of it draws. */
    private boolean active = true;
    private boolean oneAtATime;

    /**
     * @param text the words; the chooser names each chart by its short name ("chart.short." + its id),
     *             short enough for three buttons in a row
     */
    ChartRow(List<ChartView> charts, WindowText text) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("at least one chart");
        }
        this.charts = List.copyOf(charts);
        getStyleClass().add("chart-row");
        for (int i = 0; i < charts.size(); i++) {
            ChartView chart = charts.get(i);
            ToggleButton choice = new ToggleButton();
            choice.textProperty().bind(text.get("chart.short." + chart.spec().id()));
            choice.setId("show-" + chart.spec().id());
            choice.accessibleHelpProperty().bind(text.of(() -> text.now().get("chart.showHelp", chart.spec().title())));
            int index = i;
            choice.setOnAction(e -> choose(index));
            choices.add(choice);
        }
        chooser.getButtons().setAll(choices);
        chooser.getStyleClass().add("chart-chooser");
        chooser.setManaged(false);
        choices.get(0).setSelected(true);
        getChildren().add(chooser);
        getChildren().addAll(charts);
    }

    List<ChartView> charts() { return charts; }

    /** True while the charts are shown one at a time (there is no room for them side by side). */
    boolean isOneAtATime() { return oneAtATime; }

    /** Shows the {@code index}th chart when they are shown one at a time. */
    void choose(int index) {
        chosen = index;
        choices.get(index).setSelected(true);
        requestLayout();
        updateShown();
    }

    /** The row's tab was shown or hidden. */
    void setActive(boolean now) {
        active = now;
        updateShown();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double width = getWidth() - left - insets.getRight();
        double height = getHeight() - top - insets.getBottom();
        FxPainter measuring = new FxPainter();
        double column = width / charts.size();
        double legend = 0;
        for (ChartView chart : charts) {
            if (chart.data() != null) {
                legend = Math.max(legend, ChartRenderer.legendHeight(measuring, chart.data(), chart.look(), column));
            }
        }
        oneAtATime = charts.size() > 1 && !readableSideBySide(measuring, column, height, legend);
        chooser.setVisible(oneAtATime);
        if (oneAtATime) {
            chooser.autosize();
            double chooserHeight = chooser.prefHeight(width);
            chooser.resizeRelocate(left + Math.max(0, (width - chooser.prefWidth(-1)) / 2), top,
                    Math.min(width, chooser.prefWidth(-1)), chooserHeight);
            double below = top + chooserHeight + 0.3 * em();
            for (int i = 0; i < charts.size(); i++) {
                ChartView chart = charts.get(i);
                chart.setVisible(i == chosen);
                chart.setLegendSpace(0);
                chart.resizeRelocate(left, below, width, Math.max(0, top + height - below));
            }
        } else {
            for (int i = 0; i < charts.size(); i++) {
                double x0 = snapPositionX(left + i * column);
                double x1 = snapPositionX(left + (i + 1) * column);
                ChartView chart = charts.get(i);
                chart.setVisible(true);
                chart.setLegendSpace(legend);
                chart.resizeRelocate(x0, top, x1 - x0, height);
            }
        }
        updateShown();
    }

    /** Side by side, is every chart wide enough and its plot tall enough to read? */
    private boolean readableSideBySide(FxPainter measuring, double column, double height, double legend) {
        double em = em();
        if (column < MIN_COLUMN_EM * em) {
            return false;
        }
        for (ChartView chart : charts) {
            if (chart.data() != null) {
                Look look = chart.look().legendSpace(legend);
                if (ChartRenderer.layout(measuring, chart.data(), look, column, height).plot().height() < MIN_PLOT_EM * em) {
                    return false;
                }
            }
        }
        return true;
    }

    private double em() {
        return charts.get(0).look().em();
    }

    private void updateShown() {
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).setShown(active && (!oneAtATime || i == chosen));
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
