package org.divergence.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every theme's series colours, checked as people with the common colour-vision deficiencies see
 * them: within each chart, every two series stay apart, and every series and text stands out from
 * the background. The deficiencies are simulated with Machado, Oliveira and Fernandes (2009), "A
 * physiologically-based model for simulation of color vision deficiency", IEEE TVCG 15(6), severity 1.0
 * (dichromacy, the strongest case), applied in linear RGB.
 */
class PaletteAccessibilityTest {

    /** CIE76 colour difference two series keep at least, in every simulation (about 2.3 is "just noticeable"). */
    private static final double LEAST_DIFFERENCE = 10;

    private static final Map<String, double[][]> VISION = Map.of(
            "normal vision", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                    {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                    {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                    {0.004733, 0.691367, 0.303900}});

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theSeriesOfEveryChartStayApartForColourBlindReaders(Theme theme) {
        Palette palette = Palette.of(theme);
        List<String> tooClose = new ArrayList<>();
        int pairs = 0;
        for (ChartSpec chart : Charts.ALL) {
            List<SeriesSpec> series = chart.series().stream().filter(s -> !s.reference()).toList();
            for (int i = 0; i < series.size(); i++) {
                for (int j = i + 1; j < series.size(); j++) {
                    for (Map.Entry<String, double[][]> vision : VISION.entrySet()) {
                        pairs++;
                        double difference = deltaE(simulate(palette.of(series.get(i).role()), vision.getValue()),
                                simulate(palette.of(series.get(j).role()), vision.getValue()));
                        if (difference < LEAST_DIFFERENCE) {
                            tooClose.add(String.format("%s: %s and %s with %s, ΔE %.1f", chart.id(),
                                    series.get(i).name(), series.get(j).name(), vision.getKey(), difference));
                        }
                    }
                }
            }
        }
        assertThat(tooClose).isEmpty();
        assertThat(pairs).as("pairs checked").isGreaterThan(40);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void linesAndTextStandOutFromTheBackground(Theme theme) {
        Palette palette = Palette.of(theme);
        // WCAG 2.1: 4.5:1 for text (7:1 in high contrast); lines at least 2.5:1 (3:1, the graphics rule, and
        // 4.5:1 in high contrast), the lightest class in the light theme carrying a dark-edged marker.
        double lines = theme == Theme.HIGH_CONTRAST ? 4.5 : 2.5;
        double text = theme == Theme.HIGH_CONTRAST ? 7 : 4.5;
        for (Role role : Role.values()) {
            assertThat(contrast(palette.of(role), palette.background())).as(theme + " " + role).isGreaterThanOrEqualTo(lines);
        }
        assertThat(contrast(palette.text(), palette.background())).as(theme + " text").isGreaterThanOrEqualTo(text);
        assertThat(contrast(palette.muted(), palette.background())).as(theme + " muted text").isGreaterThanOrEqualTo(4.5);
    }

    @org.junit.jupiter.api.Test
    void aTooSimilarPairWouldBeCaught() {
        // The check itself: orange and a slightly redder orange are told apart with normal vision but not with deuteranopia.
        double[] orange = linear(new Rgb(0xd5, 0x5e, 0x00, 1));
        double[] redder = linear(new Rgb(0xd0, 0x40, 0x10, 1));
        assertThat(deltaE(orange, redder)).isGreaterThan(LEAST_DIFFERENCE);
        assertThat(deltaE(simulate(new Rgb(0xd5, 0x5e, 0x00, 1), VISION.get("deuteranopia")),
                simulate(new Rgb(0xd0, 0x40, 0x10, 1), VISION.get("deuteranopia")))).isLessThan(LEAST_DIFFERENCE);
    }

    // --- colour science ---------------------------------------------------------------------------

    private static double[] linear(Rgb colour) {
        return new double[] {linear(colour.red()), linear(colour.green()), linear(colour.blue())};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] simulate(Rgb colour, double[][] matrix) {
        double[] rgb = linear(colour);
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            seen[i] = Math.max(0, Math.min(1, matrix[i][0] * rgb[0] + matrix[i][1] * rgb[1] + matrix[i][2] * rgb[2]));
        }
        return seen;
    }

    /** CIE76: the distance in CIELAB (D65). */
    private static double deltaE(double[] a, double[] b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    /** WCAG 2.1 contrast ratio. */
    private static double contrast(Rgb a, Rgb b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    private static double luminance(Rgb colour) {
        double[] rgb = linear(colour);
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
