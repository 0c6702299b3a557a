package org.divergence.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import org.divergence.figure.Rendering.DrawnText;
import org.divergence.figure.Rendering.Kind;
import org.divergence.model.Bands;
import org.divergence.model.DivergenceModel;
import org.divergence.model.MonteCarlo;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Quantile;
import org.divergence.model.Scenario;

/** The chart renderer on its own, without a toolkit: colours by role, the baseline, axes, crossing, legends. */
class ChartRendererTest {

    private static final Projection DEFAULTS = DivergenceModel.run(Scenario.defaults());
    private static final Projection NPU_LEAP = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 150)
            .with(Parameter.ELECTRICITY_PRICE, 0.08));
    private static final Look LOOK = Look.of(Theme.LIGHT, 15);

    private static RecordingPainter draw(ChartData data, Look look) {
        RecordingPainter painter = new RecordingPainter();
        ChartRenderer.paint(painter, data, look, 0, 0, 900, 500);
        return painter;
    }

    @Test
    void everySeriesIsDrawnInItsRolesColourWithOrWithoutABaseline() {
        for (ChartSpec spec : Charts.ALL) {
            List<Rgb> alone = draw(ChartData.of(spec, NPU_LEAP), LOOK).solidLines(DEFAULTS.steps()).stream()
                    .map(RecordingPainter.Drawn::colour).toList();
            List<Rgb> withBaseline = draw(ChartData.of(spec, NPU_LEAP, "Baseline", DEFAULTS), LOOK)
                    .solidLines(DEFAULTS.steps()).stream().map(RecordingPainter.Drawn::colour).toList();

            List<Rgb> roles = spec.series().stream().filter(s -> !s.reference())
                    .map(s -> Palette.of(Theme.LIGHT).of(s.role())).toList();
            assertThat(alone).as(spec.id()).containsExactlyElementsOf(roles);
            assertThat(withBaseline).as(spec.id() + " with a baseline: no colour shifts").isEqualTo(alone);
        }
    }

    @Test
    void bandsAreTwoFansPerLineInItsRolesColourBehindTheLineAndNamedUnderTheTitle() {
        Scenario scenario = Scenario.defaults().with(Parameter.END_YEAR, 2032);
        Projection projection = DivergenceModel.run(scenario);
        Bands bands = MonteCarlo.run(scenario, 40, () -> false, f -> { });
        RecordingPainter painter = draw(ChartData.of(Charts.HEADLINE, projection).withBands(bands, true), LOOK);

        Palette palette = Palette.of(Theme.LIGHT);
        List<RecordingPainter.Drawn> fans = painter.drawn.stream()
                .filter(d -> d.what().equals("polygon") && d.points() == 2 * projection.steps()).toList();
        assertThat(fans).extracting(d -> d.colour().withAlpha(1)).containsExactly(
                palette.of(Role.MINING), palette.of(Role.MINING), palette.of(Role.EDGE_AI), palette.of(Role.EDGE_AI));
        assertThat(fans).extracting(d -> d.colour().alpha()).allMatch(a -> a < 0.5);
        int lastFan = painter.drawn.lastIndexOf(fans.get(3));
        int firstLine = painter.drawn.indexOf(painter.solidLines(projection.steps()).get(0));
        assertThat(lastFan).as("fans behind the lines").isLessThan(firstLine);
        assertThat(painter.texts).anyMatch(t -> t.contains("Shaded: where the middle 50 % (darker) and 80 % of 40 random paths run"));
        // The window's charts draw the fans without the line, so turning the bands on moves nothing.
        RecordingPainter window = draw(ChartData.of(Charts.HEADLINE, projection).withBands(bands, false), LOOK);
        assertThat(window.texts).noneMatch(t -> t.contains("random paths"));
        assertThat(window.drawn).filteredOn(d -> d.what().equals("polygon") && d.points() == 2 * projection.steps())
                .hasSize(4);
    }

    @Test
    void ofStackedAreasOnlyTheBottomOneGetsABandAndReferenceLinesNone() {
        Scenario scenario = Scenario.defaults().with(Parameter.END_YEAR, 2032);
        Bands bands = MonteCarlo.run(scenario, 40, () -> false, f -> { });
        ChartData shares = ChartData.of(Charts.INFERENCE_SHARES, DivergenceModel.run(scenario)).withBands(bands, true);
        ChartData breakEven = ChartData.of(Charts.BREAK_EVEN, DivergenceModel.run(scenario)).withBands(bands, true);

        assertThat(shares.band(0)).isPresent();
        assertThat(shares.band(1)).isEmpty();
        assertThat(shares.band(0).get().p90()[shares.steps() - 1])
                .isEqualTo(100 * bands.value(Quantile.P90, Output.EDGE_SHARE, shares.steps() - 1));
        assertThat(breakEven.band(0)).isPresent();
        assertThat(breakEven.band(breakEven.seriesCount() - 1)).as("the headline price line").isEmpty();
    }

    @Test
    void everySeriesCarriesItsRolesMarkerAlongTheLineAndInTheLegendSoColourIsNotNeeded() {
        Palette light = Palette.of(Theme.LIGHT);
        RecordingPainter headline = draw(ChartData.of(Charts.HEADLINE, NPU_LEAP), LOOK);
        // Mining: discs in its colour; edge AI: squares (four-point polygons) in its colour.
        long discs = headline.drawn.stream().filter(d -> d.what().equals("disc") && d.colour().equals(light.of(Role.MINING))).count();
        long squares = headline.drawn.stream().filter(d -> d.what().equals("polygon") && d.points() == 4
                && d.colour().equals(light.of(Role.EDGE_AI))).count();
        assertThat(discs).as("mining markers, plot and legend").isGreaterThanOrEqualTo(5);
        assertThat(squares).as("edge-AI markers, plot and legend").isGreaterThanOrEqualTo(5);

        RecordingPainter breakEven = draw(ChartData.of(Charts.BREAK_EVEN, NPU_LEAP), LOOK);
        assertThat(breakEven.drawn).as("industrial: triangles")
                .anyMatch(d -> d.what().equals("polygon") && d.points() == 3 && d.colour().equals(light.of(Role.INDUSTRIAL)));
        assertThat(breakEven.drawn).as("the reference line has no marker")
                .noneMatch(d -> (d.what().equals("polygon") || d.what().equals("disc")) && d.colour().equals(light.of(Role.REFERENCE)));
        java.util.Set<Marker> shapes = new java.util.HashSet<>();
        for (ChartSpec spec : Charts.ALL) {
            List<Marker> markers = spec.series().stream().filter(x -> !x.reference()).map(x -> x.role().marker()).toList();
            assertThat(markers).as(spec.id() + ": each series its own shape").doesNotHaveDuplicates().doesNotContain(Marker.NONE);
            shapes.addAll(markers);
        }
        assertThat(shapes).hasSize(4);
    }

    @Test
    void recordedPointsAreHollowRingsInTheRolesColourShownOnlyWhenAskedExceptThePools() {
        Palette light = Palette.of(Theme.LIGHT);
        // Hashrate: ten recorded years (2016-2025), drawn only with history on, and the year axis then starts in 2016.
        ChartData plain = ChartData.of(Charts.HASHRATE, DEFAULTS).withHistory(false);
        ChartData recorded = ChartData.of(Charts.HASHRATE, DEFAULTS).withHistory(true);
        assertThat(plain.history()).isEmpty();
        assertThat(plain.axisFirstYear()).isEqualTo(2025.0);
        assertThat(recorded.history()).singleElement().satisfies(h -> assertThat(h.size()).isEqualTo(10));
        assertThat(recorded.axisFirstYear()).isEqualTo(2016.0);
        assertThat(recorded.firstYear()).as("the projection still starts in 2025").isEqualTo(2025.0);
        long rings = draw(recorded, LOOK).drawn.stream()
                .filter(d -> d.what().equals("ring") && d.colour().equals(light.of(Role.MINING))).count();
        assertThat(rings).as("ten points and the legend's ring").isEqualTo(11);
        assertThat(draw(plain, LOOK).drawn).noneMatch(d -> d.what().equals("ring") && d.colour().equals(light.of(Role.MINING)));
        assertThat(draw(recorded, LOOK).texts).contains("Recorded (Blockchain.com)");

        // Pools: the chart is about the record, so the pools' points are there with history off too.
        ChartData pools = ChartData.of(Charts.POOLS, DEFAULTS).withHistory(false);
        assertThat(pools.history()).singleElement().satisfies(h -> {
            assertThat(h.always()).isTrue();
            assertThat(h.value(h.size() - 1)).isEqualTo(65.0);
            assertThat(h.source()).startsWith("https://");
        });
        assertThat(draw(pools, LOOK).texts).contains("Three largest pools, each many owners (recorded)", "Three largest owners of machines (model)");
        // The value axis takes the record in: the pools' 65 % fits under a model line near 16-50 %.
        assertThat(ChartRenderer.valueRange(pools, false)[1]).isGreaterThanOrEqualTo(65.0);
        // Charts without a record get none either way.
        assertThat(ChartData.of(Charts.HEADLINE, DEFAULTS).withHistory(true).history()).isEmpty();
    }

    @Test
    void theBaselineIsDashedBesideEachLineInItsColourAndOverStackedAreasAsClassBoundaries() {
        RecordingPainter lines = draw(ChartData.of(Charts.HEADLINE, NPU_LEAP, "Baseline", DEFAULTS), LOOK);
        assertThat(lines.dashedLines(DEFAULTS.steps())).extracting(d -> d.colour().withAlpha(1)).containsExactly(
                Palette.of(Theme.LIGHT).of(Role.MINING), Palette.of(Theme.LIGHT).of(Role.EDGE_AI));

        RecordingPainter areas = draw(ChartData.of(Charts.MINING_SHARES, NPU_LEAP, "Baseline", DEFAULTS), LOOK);
        // Four classes: three boundaries between them (the top one is always 100 %).
        assertThat(areas.dashedLines(DEFAULTS.steps())).hasSize(3);
        assertThat(draw(ChartData.of(Charts.MINING_SHARES, NPU_LEAP), LOOK).dashedLines(DEFAULTS.steps())).isEmpty();
    }

    @Test
    void theLegendNamesTheBaselineAndGivesTheDifferenceInTheReadingYear() {
        ChartData data = ChartData.of(Charts.HEADLINE, NPU_LEAP, "Cheap power boom", DEFAULTS);
        Rendering drawn = ChartRenderer.paint(new RecordingPainter(), data, LOOK.readingYear(OptionalDouble.of(2035)), 0, 0, 900, 500);

        int step = NPU_LEAP.stepAt(2035);
        double difference = NPU_LEAP.value(org.divergence.model.Output.EDGE_DECENTRALIZATION, step)
                - DEFAULTS.value(org.divergence.model.Output.EDGE_DECENTRALIZATION, DEFAULTS.stepAt(2035));
        assertThat(drawn.of(Kind.LEGEND)).extracting(DrawnText::text).contains(
                "Edge AI " + Charts.HEADLINE.format().signed(difference),
                "Cheap power boom (baseline), ± in 2035");
        assertThat(difference).isGreaterThan(1);
    }

    @Test
    void theHeadlineMarksTheYearItsLinesCross() {
        ChartData data = ChartData.of(Charts.HEADLINE, NPU_LEAP);
        double crossing = data.firstCrossing().orElseThrow();
        int k = data.stepNearest(crossing);
        // Mining above edge AI before, below after.
        assertThat(data.value(0, 0)).isGreaterThan(data.value(1, 0));
        assertThat(data.value(0, data.steps() - 1)).isLessThan(data.value(1, data.steps() - 1));
        assertThat(crossing).isBetween(data.year(Math.max(0, k - 1)), data.year(Math.min(data.steps() - 1, k + 1)));

        Rendering drawn = ChartRenderer.paint(new RecordingPainter(), data, LOOK, 0, 0, 900, 500);
        assertThat(drawn.of(Kind.MARKER)).extracting(DrawnText::text)
                .contains("lines cross in " + Scale.yearLabel(Math.floor(crossing)));
    }

    @Test
    void anAxisFitsItsDataAndTheBaselinesSoTwoScenariosShareIt() {
        ChartData alone = ChartData.of(Charts.BREAK_EVEN, DEFAULTS);
        Projection dear = DivergenceModel.run(Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.25));
        ChartData compared = ChartData.of(Charts.BREAK_EVEN, DEFAULTS, "Dear power", dear);

        Scale own = ChartRenderer.fittedScale(alone, LOOK);
        Scale shared = ChartRenderer.fittedScale(compared, LOOK);
        assertThat(shared.upper()).isGreaterThan(own.upper()).isEqualTo(ChartRenderer.fittedScale(
                ChartData.of(Charts.BREAK_EVEN, dear, "Defaults", DEFAULTS), LOOK).upper());
    }

    @Test
    void aZoomedIndexAxisFitsTheDataAndSaysSo() {
        ChartData data = ChartData.of(Charts.HEADLINE, DEFAULTS);
        Scale zoomed = ChartRenderer.fittedScale(data, LOOK.zoomValues(true));
        assertThat(zoomed.lower()).isGreaterThan(0);
        assertThat(zoomed.upper()).isLessThan(100);
        Rendering drawn = ChartRenderer.paint(new RecordingPainter(), data, LOOK.zoomValues(true), 0, 0, 900, 500);
        assertThat(drawn.of(Kind.AXIS_LABEL)).extracting(DrawnText::text).contains("Index (0-100), zoomed");
        for (int k = 0; k < data.steps(); k++) {
            assertThat(data.value(0, k)).isBetween(zoomed.lower(), zoomed.upper());
            assertThat(data.value(1, k)).isBetween(zoomed.lower(), zoomed.upper());
        }
    }

    @Test
    void aScaleKeptWhileDraggingOnlyGrows() {
        Scale small = new Scale(0, 0.2, 0.05, false);
        Scale big = new Scale(0, 0.5, 0.1, false);
        assertThat(small.grownToInclude(big).upper()).isEqualTo(0.5);
        assertThat(big.grownToInclude(small)).isSameAs(big);
        Scale decades = new Scale(1e-3, 1, 1, true);
        assertThat(decades.grownToInclude(new Scale(1e-4, 0.1, 1, true))).isEqualTo(new Scale(1e-4, 1, 1, true));
        assertThat(Look.of(Theme.LIGHT, 15).valueScale(Optional.of(big)).valueScale()).contains(big);
    }

    @Test
    void niceNumbersAndTicks() {
        assertThat(Scale.niceCeiling(0.47)).isEqualTo(0.5);
        assertThat(Scale.niceCeiling(23)).isEqualTo(25);
        assertThat(Scale.niceCeiling(101)).isEqualTo(200);
        assertThat(Scale.niceCeiling(0)).isEqualTo(1);
        assertThat(Scale.tickUnit(0.2)).isEqualTo(0.05);
        assertThat(new Scale(0, 0.2, 0.05, false).label(0.1)).isEqualTo("0.10");
        assertThat(new Scale(1e-3, 1, 1, true).gridValues()).containsExactly(0.001, 0.01, 0.1, 1.0);
        assertThat(new Scale(1e-3, 1, 1, true).label(0.001)).isEqualTo("0.001");
        assertThat(Scale.years(2025, 2040).tick()).isEqualTo(5);
        assertThat(Scale.years(2025, 2030).tick()).isEqualTo(1);
    }

    @Test
    void theHalvingsInsideTheHorizonAreMarked() {
        assertThat(ChartRenderer.halvingYears(Scale.years(2025, 2040))).hasSize(3)
                .allSatisfy(y -> assertThat(y).isBetween(2028.0, 2037.0));
        assertThat(ChartRenderer.halvingYears(Scale.years(2025, 2050))).hasSize(6);
    }
}
