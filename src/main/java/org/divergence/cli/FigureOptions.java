package org.divergence.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.divergence.figure.ChartSpec;
import org.divergence.figure.Charts;
import org.divergence.figure.Figure;
import org.divergence.figure.Theme;

/**
 * What a figure made on the command line looks like: the chart (or the dashboard), its width, the
 * PNG's scale, the theme and whether it has its caption. The defaults are the dashboard, 1200 px
 * wide at scale 2 (a 2400-px PNG), light, with the caption.
 *
 * @param chart       the chart, or empty for the dashboard
 * @param width       in pixels at scale 1 (96 per inch, so a 336-px PDF is 3.5 inches wide)
 * @param fixedHeight a slide's height, or empty to follow from the width
 */
record FigureOptions(Optional<ChartSpec> chart, double width, OptionalDouble fixedHeight, double scale, Theme theme,
                     boolean caption) {

    static final String DASHBOARD = "dashboard";
    static final double DEFAULT_SCALE = 2;
    /** A PNG wider than this would take gigabytes to draw; the width and scale are refused instead. */
    static final double MAX_PNG_PIXELS = 20_000;
    static final double MIN_SCALE = 0.5;
    static final double MAX_SCALE = 8;

    /** Checks the values; the first problem is a usage error that names the option. */
    static FigureOptions of(CliOptions.FigureArgs args) throws UsageException {
        if (!args.anyOutput() && !args.shapingGiven().isEmpty()) {
            List<String> given = args.shapingGiven();
            throw new UsageException(String.join(", ", given) + (given.size() == 1 ? " shapes" : " shape")
                    + " a figure; give --png, --svg or --pdf OUT too");
        }
        if (args.scale().isPresent() && args.png().isEmpty()) {
            throw new UsageException("--scale sets the size of a PNG; SVG and PDF are vectors: give --png OUT too");
        }
        Optional<ChartSpec> chart = chart(args.chart().orElse(DASHBOARD));
        double width = Figure.DEFAULT_WIDTH;
        OptionalDouble fixedHeight = OptionalDouble.empty();
        if (args.width().isPresent()) {
            String given = args.width().get().trim().toLowerCase(Locale.ROOT);
            switch (given) {
                case "single" -> width = Figure.SINGLE_COLUMN;
                case "double" -> width = Figure.DOUBLE_COLUMN;
                case "slide" -> {
                    width = Figure.SLIDE;
                    fixedHeight = OptionalDouble.of(Figure.SLIDE_HEIGHT);
                }
                default -> width = number("--width", given, Figure.MIN_WIDTH, Figure.MAX_WIDTH,
                        "pixels (or single, double, slide)");
            }
        }
        double scale = args.scale().isPresent()
                ? number("--scale", args.scale().get().trim(), MIN_SCALE, MAX_SCALE, "times the width") : DEFAULT_SCALE;
        if (args.png().isPresent() && width * scale > MAX_PNG_PIXELS) {
            throw new UsageException(String.format(Locale.ROOT, "--width %s at --scale %s makes a PNG %,d px wide;"
                    + " at most %,d: lower one of them", plain(width), plain(scale), Math.round(width * scale),
                    (long) MAX_PNG_PIXELS));
        }
        return new FigureOptions(chart, width, fixedHeight, scale, theme(args.theme().orElse("light")),
                caption(args.caption().orElse("on")));
    }

    private static Optional<ChartSpec> chart(String given) throws UsageException {
        if (given.equals(DASHBOARD)) {
            return Optional.empty();
        }
        return Optional.of(Charts.byId(given).orElseThrow(() -> new UsageException("--chart " + given
                + ": no such chart (charts: " + DASHBOARD + ", " + String.join(", ", Charts.ids()) + ")")));
    }

    private static double number(String option, String given, double min, double max, String unit) throws UsageException {
        double value;
        try {
            value = Double.parseDouble(given);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " " + given + ": not a number (" + unit + ")");
        }
        if (!(value >= min && value <= max)) {
            throw new UsageException(String.format(Locale.ROOT, "%s %s: must be between %s and %s (%s)", option, given,
                    plain(min), plain(max), unit));
        }
        return value;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value) : Double.toString(value);
    }

    private static Theme theme(String given) throws UsageException {
        return switch (given.trim().toLowerCase(Locale.ROOT)) {
            case "light" -> Theme.LIGHT;
            case "dark" -> Theme.DARK;
            case "high-contrast" -> Theme.HIGH_CONTRAST;
            default -> throw new UsageException("--theme " + given + ": choose light, dark or high-contrast");
        };
    }

    private static boolean caption(String given) throws UsageException {
        return switch (given.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new UsageException("--caption " + given + ": choose on or off");
        };
    }
}
