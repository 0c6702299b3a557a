package org.divergence.figure;

import org.divergence.figure.Painter.HAlign;
import org.divergence.figure.Painter.VAlign;

/** A drawing's title and the line under it that says how to read it, each wrapped to the width and centred. */
final class Heading {

    private Heading() {}

    /** Draws both from {@code top} down; returns where the drawing under them may start. */
    static double paint(Painter painter, Look look, String title, String subtitle, double x, double top, double width) {
        double em = look.em();
        double pad = 0.6 * em;
        FigureFont titleFont = new FigureFont(1.15 * em, true);
        FigureFont subtitleFont = new FigureFont(0.87 * em, false);
        for (String line : Wrapping.lines(painter, title, titleFont, width - 2 * pad)) {
            painter.text(line, x + width / 2, top, titleFont, look.palette().text(), HAlign.CENTER, VAlign.TOP);
            top += painter.measure(line, titleFont).height();
        }
        for (String line : Wrapping.lines(painter, subtitle, subtitleFont, width - 2 * pad)) {
            painter.text(line, x + width / 2, top, subtitleFont, look.palette().muted(), HAlign.CENTER, VAlign.TOP);
            top += painter.measure(line, subtitleFont).height();
        }
        return top + 0.5 * em;
    }
}
