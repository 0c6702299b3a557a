package org.divergence.figure;

/**
 * A painter that measures text like the one it wraps and draws nothing: for working out where a
 * chart's parts would go (how tall its plot would be at some size) without painting it.
 */
final class MeasuringPainter implements Painter {

    private final Painter measuring;

    MeasuringPainter(Painter measuring) {
        this.measuring = measuring;
    }

    @Override
    public TextBox measure(String text, FigureFont font) {
        return measuring.measure(text, font);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgb colour) { }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgb colour) { }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) { }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) { }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgb colour) { }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgb colour) { }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, Stroke stroke) { }

    @Override
    public void text(String text, double x, double y, FigureFont font, Rgb colour, HAlign h, VAlign v) { }

    @Override
    public void verticalText(String text, double centreX, double centreY, FigureFont font, Rgb colour) { }

    @Override
    public void clip(double x, double y, double width, double height) { }

    @Override
    public void unclip() { }
}
