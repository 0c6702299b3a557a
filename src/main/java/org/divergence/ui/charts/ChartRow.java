package org.divergence.ui.charts;

import org.divergence.ui.explorer.WindowText;
import java.util.ArrayList;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

import org.controlsfx.control.SegmentedButton;

import org.divergence.figure.ChartRenderer;
import org.divergence.figure.Look;

/**
 * A tab's detail charts. Where each gets a readable plot they stand side by side in equal columns,
 * each keeping room for the tallest legend of the row so every plot has the same size. Where they
 * would not (a small window, large text, five charts), as many as fit stand side by side, down to
 * one at a time, with buttons above them naming every chart: the button of the chart last chosen is
 * pressed, those of its neighbours in view look pressed ({@code :in-view}), and pressing another
 * brings it into view beside its neighbours. The buttons are one toggle group, so the keyboard
 * reaches them in one Tab stop and moves between them with the arrow keys.
 */
final class ChartRow extends Region {

    /** A chart narrower than this (in em) is not readable side by side... */
    static final double MIN_COLUMN_EM = 20;
    /** ...nor one whose plot would be shorter than this (in em). */
    static final double MIN_PLOT_EM = 8;

    private static final PseudoClass IN_VIEW = PseudoClass.getPseudoClass("in-view");

    private final List<ChartView> charts;
    private final SegmentedButton chooser = new SegmentedButton();
    private final List<ToggleButton> choices = new ArrayList<>();
    /** The first chart shown while they do not all fit. */
    private int first;
    /** How many charts stand side by side now. */
    private int shown;
    /** The chart last asked for, kept in view when the window is resized. */
    private int chosen;
    /** False while the row's tab is hidden: then no chart of it draws. */
    private boolean active = true;

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
        shown = charts.size();
        getChildren().add(chooser);
        getChildren().addAll(charts);
    }

    List<ChartView> charts() { return charts; }

    /** Brings the {@code index}th chart into view (with its neighbours) when they do not all fit. */
    void choose(int index) {
        chosen = index;
        choices.get(index).setSelected(true);
        keepChosenInView();
        requestLayout();
        updateShown();
    }

    private void keepChosenInView() {
        if (chosen < first) {
            first = chosen;
        } else if (chosen >= first + shown) {
            first = chosen - shown + 1;
        }
        first = Math.max(0, Math.min(first, charts.size() - shown));
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
        shown = charts.size();
        if (!readableSideBySide(measuring, width, height, shown)) {
            // The chooser takes a line: the charts below it get what is left.
            double below = height - chooser.prefHeight(width) - 0.3 * em();
            shown = charts.size() - 1;
            while (shown > 1 && !readableSideBySide(measuring, width, below, shown)) {
                shown--;
            }
        }
        boolean paged = shown < charts.size();
        chooser.setVisible(paged);
        double chartsTop = top;
        if (paged) {
            keepChosenInView();
            chooser.autosize();
            double chooserHeight = chooser.prefHeight(width);
            chooser.resizeRelocate(left + Math.max(0, (width - chooser.prefWidth(-1)) / 2), top,
                    Math.min(width, chooser.prefWidth(-1)), chooserHeight);
            // On a whole pixel: a canvas placed between pixels is resampled into the window every frame
            // (in the software pipeline that cost more than half again the render thread's work per frame).
            chartsTop = snapPositionY(top + chooserHeight + 0.3 * em());
        } else {
            first = 0;
        }
        double column = width / shown;
        double legend = shown == 1 ? 0 : legendHeight(measuring, charts.subList(first, first + shown), column);
        for (int i = 0; i < charts.size(); i++) {
            ChartView chart = charts.get(i);
            int place = i - first;
            boolean inView = place >= 0 && place < shown;
            chart.setVisible(inView);
            choices.get(i).pseudoClassStateChanged(IN_VIEW, inView);
            if (inView) {
                double x0 = snapPositionX(left + place * column);
                double x1 = snapPositionX(left + (place + 1) * column);
                chart.setLegendSpace(legend);
                chart.resizeRelocate(x0, chartsTop, x1 - x0, Math.max(0, snapPositionY(top + height) - chartsTop));
            }
        }
        updateShown();
    }

    /** The tallest legend of {@code among} at this column width: each chart side by side keeps room for it. */
    private static double legendHeight(FxPainter measuring, List<ChartView> among, double column) {
        double legend = 0;
        for (ChartView chart : among) {
            if (chart.data() != null) {
                legend = Math.max(legend, ChartRenderer.legendHeight(measuring, chart.data(), chart.look(), column));
            }
        }
        return legend;
    }

    /** With {@code count} side by side, is every chart wide enough and its plot tall enough to read? */
    private boolean readableSideBySide(FxPainter measuring, double width, double height, int count) {
        double em = em();
        double column = width / count;
        if (count > 1 && column < MIN_COLUMN_EM * em) {
            return false;
        }
        double legend = legendHeight(measuring, charts, column);
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
            charts.get(i).setShown(active && i >= first && i < first + shown);
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
