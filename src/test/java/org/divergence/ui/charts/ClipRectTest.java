package org.divergence.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Cutting lines, polylines and polygons to the plot by geometry, as the canvas clip did. */
class ClipRectTest {

    private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-9);

    private final ClipRect plot = new ClipRect(10, 20, 100, 50); // x 10..110, y 20..70

    @Test
    void aSegmentKeepsOnlyItsPartInside() {
        assertThat(plot.segment(20, 30, 40, 50)).containsExactly(new double[] {20, 30, 40, 50}, EXACT);
        assertThat(plot.segment(0, 45, 200, 45)).containsExactly(new double[] {10, 45, 110, 45}, EXACT);
        assertThat(plot.segment(60, 0, 60, 100)).containsExactly(new double[] {60, 20, 60, 70}, EXACT);
        assertThat(plot.segment(0, 0, 5, 100)).isNull();
        assertThat(plot.segment(10, 20, 10, 70)).as("on the edge counts as inside").containsExactly(new double[] {10, 20, 10, 70}, EXACT);
    }

    @Test
    void aPolylineThatLeavesAndComesBackBecomesTwoParts() {
        // Up through the top edge at x = 40 and back down through it at x = 80.
        double[] xs = {20, 30, 50, 70, 90, 100};
        double[] ys = {60, 40, 0, 0, 40, 60};
        List<double[][]> parts = plot.polyline(xs, ys, xs.length);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)[0]).containsExactly(new double[] {20, 30, 40}, EXACT);
        assertThat(parts.get(0)[1]).containsExactly(new double[] {60, 40, 20}, EXACT);
        assertThat(parts.get(1)[0]).containsExactly(new double[] {80, 90, 100}, EXACT);
        assertThat(parts.get(1)[1]).containsExactly(new double[] {20, 40, 60}, EXACT);
    }

    @Test
    void aPolylineWhollyInsideIsUnchangedAndOneWhollyOutsideIsGone() {
        double[] xs = {10, 50, 110};
        double[] ys = {70, 20, 45};
        assertThat(plot.polyline(xs, ys, 3)).singleElement().satisfies(part -> {
            assertThat(part[0]).containsExactly(xs);
            assertThat(part[1]).containsExactly(ys);
        });
        assertThat(plot.polyline(new double[] {0, 5, 8}, new double[] {0, 90, 10}, 3)).isEmpty();
    }

    @Test
    void aPolygonIsCutToTheRectangleAndKeepsItsArea() {
        // A band from y = 0 to y = 45 across the whole width: inside, 100 wide and 25 tall.
        double[][] cut = plot.polygon(new double[] {0, 200, 200, 0}, new double[] {0, 0, 45, 45}, 4);
        assertThat(area(cut)).isCloseTo(100 * 25, within(1e-9));
        for (int i = 0; i < cut[0].length; i++) {
            assertThat(plot.contains(cut[0][i], cut[1][i])).isTrue();
        }
        assertThat(plot.polygon(new double[] {200, 300, 250}, new double[] {0, 0, 10}, 3)[0]).isEmpty();
    }

    @Test
    void cutAreasAgreeWithCountingPointsForRandomTriangles() {
        Random random = new Random(7);
        for (int t = 0; t < 200; t++) {
            double[] xs = {random.nextDouble() * 160 - 30, random.nextDouble() * 160 - 30, random.nextDouble() * 160 - 30};
            double[] ys = {random.nextDouble() * 110 - 20, random.nextDouble() * 110 - 20, random.nextDouble() * 110 - 20};
            double counted = 0;
            for (double x = 10.25; x < 110; x += 0.5) {
                for (double y = 20.25; y < 70; y += 0.5) {
                    counted += inside(xs, ys, x, y) ? 0.25 : 0;
                }
            }
            assertThat(area(plot.polygon(xs, ys, 3))).as("triangle %d", t).isCloseTo(counted, within(0.02 * 5000 + 40));
        }
    }

    private static double area(double[][] p) {
        double sum = 0;
        int n = p[0].length;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += p[0][i] * p[1][j] - p[0][j] * p[1][i];
        }
        return Math.abs(sum) / 2;
    }

    private static boolean inside(double[] xs, double[] ys, double x, double y) {
        boolean in = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                in = !in;
            }
        }
        return in;
    }

    @Test
    void aLineAlongTheEdgeIsKeptWholeWhereItsRoundingWandersAHairEitherSide() {
        // A stacked chart's 100 % boundary: computed y values a few ulps above and below the top edge.
        double[] xs = {10, 30, 50, 70, 90, 110};
        double[] ys = {20, Math.nextDown(20.0), Math.nextUp(20.0), Math.nextDown(Math.nextDown(20.0)), 20, Math.nextDown(20.0)};
        List<double[][]> parts = plot.polyline(xs, ys, xs.length);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0)[0]).containsExactly(xs);
    }
}
