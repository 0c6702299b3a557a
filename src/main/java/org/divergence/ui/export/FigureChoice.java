package org.divergence.ui.export;

import org.divergence.text.Text;
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
        PNG("png"),
        SVG("svg"),
        PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** "PNG image", in the window's words. */
        String label(Text text) { return text.get("export.format." + extension); }

        String extension() { return extension; }

        /** The format a file's name asks for by its extension (in any case), if it names one. */
        static Optional<Format> of(java.nio.file.Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return java.util.Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
        }

        @Override
        public String toString() { return name(); }
    }

    /** Widths people need: a paper's column or page, a slide, a screen, or their own. */
    enum Width {
        SINGLE_COLUMN(Figure.SINGLE_COLUMN),
        DOUBLE_COLUMN(Figure.DOUBLE_COLUMN),
        SLIDE(Figure.SLIDE),
        SCREEN(Figure.DEFAULT_WIDTH),
        CUSTOM(Double.NaN);

        private final double pixels;

        Width(double pixels) {
            this.pixels = pixels;
        }

        /** "Single column (3.5 in)", in the window's words. */
        String label(Text text) { return text.get("export.width." + name()); }
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
