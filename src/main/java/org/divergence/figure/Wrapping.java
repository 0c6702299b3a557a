package org.divergence.figure;

import java.util.ArrayList;
import java.util.List;

/** Text broken into lines at spaces, as measured by the surface that will draw it. */
final class Wrapping {

    private Wrapping() {}

    /** Words into lines no wider than {@code width}; a single word wider than that gets a line of its own. */
    static List<String> lines(Painter painter, String text, FigureFont font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && painter.measure(tried, font).width() > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
