package org.divergence.figure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.divergence.text.Text;

/**
 * How a chart is drawn, apart from its data: colours, text size, and the choices a viewer makes.
 *
 * @param palette     the theme's colours
 * @param em          the base text size in pixels; every text and gap is a multiple of it, so a larger
 *                    text setting or a printed figure scales everything together
 * @param compact     a detail chart beside others: a smaller title and legend
 * @param legend      draw the legend under the plot
 * @param zoomValues  fit a fixed value axis (the 0-100 index) to the data; the axis label says so
 * @param valueScale  the value axis to use instead of fitting one (while a lever is dragged, or to
 *                    show two scenarios on the same axes); empty to fit the data
 * @param readingYear the year legends give the baseline difference for; empty for none
 * @param legendSpace at least this much height for the legend, so charts side by side keep one plot size
 * @param fitBaseline a fitted axis covers the baseline's numbers too ("same axes as the baseline"), so
 *                    two scenarios are not made to look more different than they are
 * @param text        the language of the chart's own words ("Year", "halving") and numbers (a decimal
 *                    comma in German); the chart's title and series come translated in its ChartSpec
 */
public record Look(Palette palette, double em, boolean compact, boolean legend, boolean zoomValues,
                   Optional<Scale> valueScale, OptionalDouble readingYear, double legendSpace, boolean fitBaseline,
                   Text text) {

    public Look {
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(valueScale, "valueScale");
        Objects.requireNonNull(readingYear, "readingYear");
        Objects.requireNonNull(text, "text");
        if (!(em > 0)) {
            throw new IllegalArgumentException("em must be positive, got " + em);
        }
    }

    /** The plain look of a theme at a text size: legend on, axes fitted to the data, no zoom. */
    public static Look of(Theme theme, double em) {
        return new Look(Palette.of(theme), em, false, true, false, Optional.empty(), OptionalDouble.empty(), 0, true, Text.ENGLISH);
    }

    public Look compact(boolean value) {
        return new Look(palette, em, value, legend, zoomValues, valueScale, readingYear, legendSpace, fitBaseline, text);
    }

    public Look legend(boolean value) {
        return new Look(palette, em, compact, value, zoomValues, valueScale, readingYear, legendSpace, fitBaseline, text);
    }

    public Look zoomValues(boolean value) {
        return new Look(palette, em, compact, legend, value, valueScale, readingYear, legendSpace, fitBaseline, text);
    }

    public Look valueScale(Optional<Scale> value) {
        return new Look(palette, em, compact, legend, zoomValues, value, readingYear, legendSpace, fitBaseline, text);
    }

    public Look legendSpace(double value) {
        return new Look(palette, em, compact, legend, zoomValues, valueScale, readingYear, value, fitBaseline, text);
    }

    public Look fitBaseline(boolean value) {
        return new Look(palette, em, compact, legend, zoomValues, valueScale, readingYear, legendSpace, value, text);
    }

    public Look readingYear(OptionalDouble value) {
        return new Look(palette, em, compact, legend, zoomValues, valueScale, value, legendSpace, fitBaseline, text);
    }

    public Look text(Text value) {
        return new Look(palette, em, compact, legend, zoomValues, valueScale, readingYear, legendSpace, fitBaseline, value);
    }
}
