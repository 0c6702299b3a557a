package org.divergence.ui.charts;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.divergence.figure.Look;
import org.divergence.text.Text;
import org.divergence.figure.Painter;
import org.divergence.figure.Theme;

/**
 * A canvas that draws one figure-package drawing (the tornado, the regime map) at its size, in the
 * theme and at the window's text size, and draws it again when any of them changes. The drawing code
 * is the exports', so the window shows what a file would get.
 */
final class DrawingCanvas extends Region {

    /** What to draw into a width x height rectangle. */
    @FunctionalInterface
    interface Drawing {
        void paint(Painter painter, Look look, double width, double height);
    }

    private final Canvas canvas = new Canvas();
    /** The window's text size, which the drawing's text follows (em). */
    private final Label textSize = TextSizeProbe.following(this::repaint);
    private Drawing drawing;
    private Theme theme = Theme.LIGHT;
    private Text text = Text.ENGLISH;

    DrawingCanvas() {
        getStyleClass().add("drawing-canvas");
        setMinSize(0, 0);
        getChildren().addAll(canvas, textSize);
    }

    /** Draws this from now on; null for nothing. */
    void setDrawing(Drawing next) {
        drawing = next;
        repaint();
    }

    void setTheme(Theme next) {
        if (next != theme) {
            theme = next;
            repaint();
        }
    }

    Theme theme() { return theme; }

    /** Draws again in {@code next}'s language. */
    void speak(Text next) {
        if (next != text) {
            text = next;
            repaint();
        }
    }

    Text text() { return text; }

    Look look() {
        return Look.of(theme, textSize.getFont().getSize()).text(text);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    private void repaint() {
        var g = canvas.getGraphicsContext2D();
        if (drawing == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        // One canvas: the painter's layers go on it back to front (draw clears it first).
        FxPainter painter = new FxPainter();
        drawing.paint(painter, look(), canvas.getWidth(), canvas.getHeight());
        FxPainter.draw(painter.ops(), g);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 500;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }
}
