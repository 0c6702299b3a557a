package org.divergence.figure;

import org.divergence.scenario.ScenarioDocument;

/**
 * Anything {@link FigureExport} writes as PNG, SVG or PDF: a width, a height it measures with the
 * surface that will draw it, a way to draw itself, a title for the file's metadata and the scenario
 * the file carries.
 */
public interface Drawing {

    /** In pixels at scale 1. */
    double width();

    /** The height for this width, measured with the surface that will draw it. */
    double height(Painter measuring);

    /** Draws at (0, 0); returns the height. */
    double paint(Painter painter);

    /** The title a PDF's metadata gives. */
    String title();

    /** The scenario the exported file carries, so opening it reopens the scenario. */
    ScenarioDocument document();
}
