package org.divergence.ui.export;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.divergence.figure.ChartSpec;
import org.divergence.figure.Figure;
import org.divergence.figure.Theme;

/**
 * What the user chose in the export dialog: which chart (or the dashboard), the file format, the
 * width, the theme and whether the caption goes under the figure.
 */
record FigureChoice(Optional<ChartSpec> chart, Format format, int scale, Width width, double customWidth, Theme theme,
                    boolean caption) {

    /** The file formats; PNG has a resolution, the others are vectors. */
    enum Format {
        PNG("PNG image", "png"),
        SVG("SVG vector drawing", "svg"),
        PDF("PDF document", "pdf");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        String label() { return label; }

        String extension() { return extension; }

        @Override
        public String toString() { return name(); }
    }

    /** Widths people need: a paper's column or page, a slide, a screen, or their own. */
    enum Width {
        SINGLE_COLUMN("Single column (3.5 in)", Figure.SINGLE_COLUMN),
        DOUBLE_COLUMN("Double column (7 in)", Figure.DOUBLE_COLUMN),
        SLIDE("Slide (16:9, 1280 × 720)", Figure.SLIDE),
        SCREEN("Screen (1200 px)", Figure.DEFAULT_WIDTH),
        CUSTOM("Custom width", Double.NaN);

        private final String label;
        private final double pixels;

        Width(String label, double pixels) {
            this.label = label;
            this.pixels = pixels;
        }

        @Override
        public String toString() { return label; }
    }

    /** The figure's width in pixels at scale 1. */
    double pixels() {
        return width == Width.CUSTOM ? customWidth : width.pixels;
    }

    /** A slide fills 16:9; every other width lets the height follow the content. */
    OptionalDouble fixedHeight() {
        return width == Width.SLIDE ? OptionalDouble.of(Figure.SLIDE_HEIGHT) : OptionalDouble.empty();
    }

    /** "npu-leap-headline.png": the scenario's name and what is shown. */
    String fileName(String scenarioName) {
        String base = scenarioName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip().replace(' ', '-')
                .toLowerCase(Locale.ROOT);
        if (base.isEmpty()) {
            base = "divergence";
        }
        return base + "-" + chart.map(ChartSpec::id).orElse("dashboard") + "." + format.extension();
    }
}
