package org.divergence.figure;

import java.util.ArrayList;
import java.util.List;

/** A painter that keeps what was drawn (lines and fills with their colours) and measures text like the PNG export. */
final class RecordingPainter implements Painter {

    record Drawn(String what, Rgb colour, double width, boolean dashed, int points) {}

    final List<Drawn> drawn = new ArrayList<>();
    final List<String> texts = new ArrayList<>();

    @Override
    public TextBox measure(String text, FigureFont font) {
        return Java2DPainter.measureText(text, font);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) {
        drawn.add(new Drawn("rect", colour, 0, false, 4));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgb colour) {
        drawn.add(new Drawn("swatch", colour, 0, false, 4));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        drawn.add(new Drawn("line", stroke.colour(), stroke.width(), stroke.dashed(), 2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        drawn.add(new Drawn("polyline", stroke.colour(), stroke.width(), stroke.dashed(), count));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour) {
        drawn.add(new Drawn("polygon", colour, 0, false, count));
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) {
        drawn.add(new Drawn("disc", colour, 0, false, 1));
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, Stroke stroke) {
        drawn.add(new Drawn("ring", stroke.colour(), stroke.width(), stroke.dashed(), 1));
    }

    @Override
    public void text(String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v) {
        texts.add(text);
    }

    @Override
    public void verticalText(String text, double centreX, double centreY, FigureFont font, Rgb colour) {
        texts.add(text);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
    }

    @Override
    public void unclip() {
    }

    /** The solid polylines with at least {@code points} points: the current series' lines. */
    List<Drawn> solidLines(int points) {
        return drawn.stream().filter(d -> d.what().equals("polyline") && !d.dashed() && d.points() >= points).toList();
    }

    List<Drawn> dashedLines(int points) {
        return drawn.stream().filter(d -> d.what().equals("polyline") && d.dashed() && d.points() >= points).toList();
    }
}
