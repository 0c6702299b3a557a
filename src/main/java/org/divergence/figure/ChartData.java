package org.divergence.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.divergence.model.Bands;
import org.divergence.model.Projection;
import org.divergence.model.Quantile;

/**
 * A chart's numbers, taken once from a projection (and from the baseline's, when one is shown): the
 * years and one array per series, in the spec's order. Immutable: the arrays are the projection's
 * copies and are never handed out.
 */
public final class ChartData {

    /** The baseline's numbers: its name, its own years (its horizon may differ) and its series. */
    public record Baseline(String name, double[] years, List<double[]> series) {}

    /**
     * A series' uncertainty band: its 10th, 25th, 75th and 90th percentiles at each step, drawn as a
     * fan around the line (docs/MODEL.md, section 17).
     */
    public record Band(double[] p10, double[] p25, double[] p75, double[] p90) {}

    private final ChartSpec spec;
    private final double[] years;
    private final List<double[]> series;
    private final Optional<Baseline> baseline;
    private final List<HistoryPoints> history;
    /** One entry per series when bands are drawn (empty for a series without one); an empty list otherwise. */
    private final List<Optional<Band>> bands;
    /** The number of paths, while bands are shown or being computed: the legend says so from the start. */
    private final OptionalInt bandPaths;

    private ChartData(ChartSpec spec, double[] years, List<double[]> series, Optional<Baseline> baseline) {
        this(spec, years, series, baseline, List.of(), List.of(), OptionalInt.empty());
    }

    private ChartData(ChartSpec spec, double[] years, List<double[]> series, Optional<Baseline> baseline,
                      List<HistoryPoints> history, List<Optional<Band>> bands, OptionalInt bandPaths) {
        this.spec = spec;
        this.years = years;
        this.series = series;
        this.baseline = baseline;
        this.history = history;
        this.bands = bands;
        this.bandPaths = bandPaths;
    }

    /**
     * These numbers with the uncertainty bands of the same scenario. Lines get a band, reference lines
     * none. Of stacked areas only the bottom one gets a band, around its top edge: the edges above it
     * are sums of shares, and percentiles of shares do not add up to percentiles of their sum.
     *
     * @param explained whether the chart says under its title what the shading is (an exported figure,
     *                  which stands alone); the window leaves it out, so its layout does not change
     *                  when bands are turned on or arrive
     */
    public ChartData withBands(Bands uncertainty, boolean explained) {
        if (uncertainty.steps() != years.length) {
            throw new IllegalArgumentException("bands of " + uncertainty.steps() + " steps for a chart of " + years.length);
        }
        Projection p10 = uncertainty.at(Quantile.P10);
        Projection p25 = uncertainty.at(Quantile.P25);
        Projection p75 = uncertainty.at(Quantile.P75);
        Projection p90 = uncertainty.at(Quantile.P90);
        List<Optional<Band>> drawn = new ArrayList<>(spec.series().size());
        for (SeriesSpec s : spec.series()) {
            boolean banded = spec.stacked() ? drawn.isEmpty() : !s.reference();
            drawn.add(!banded ? Optional.empty() : Optional.of(new Band(
                    s.values().apply(p10), s.values().apply(p25), s.values().apply(p75), s.values().apply(p90))));
        }
        return new ChartData(spec, years, series, baseline, history, List.copyOf(drawn),
                explained ? OptionalInt.of(uncertainty.paths()) : OptionalInt.empty());
    }

    /** The band of series {@code s}, if it has one and bands are shown. */
    public Optional<Band> band(int s) {
        return bands.isEmpty() ? Optional.empty() : bands.get(s);
    }

    /** The number of paths of the bands, when the chart explains them under its title; empty otherwise. */
    public OptionalInt bandPaths() {
        return bandPaths;
    }

    /**
     * The same numbers with the chart's recorded points ({@link Charts#history}): all of them when
     * {@code showHistory}, else only those the chart always shows (the pools beside the operators).
     */
    public ChartData withHistory(boolean showHistory) {
        List<HistoryPoints> shown = Charts.history(spec).stream().filter(h -> showHistory || h.always()).toList();
        return new ChartData(spec, years, series, baseline, shown, bands, bandPaths);
    }

    /** Recorded points drawn beside the lines; empty unless {@link #withHistory} added them. */
    public List<HistoryPoints> history() { return history; }

    /** The chart's numbers for {@code current}, without a baseline. */
    public static ChartData of(ChartSpec spec, Projection current) {
        return new ChartData(spec, current.years(), valuesOf(spec, current), Optional.empty());
    }

    /** The chart's numbers for {@code current}, with {@code baseline}'s drawn beside them. */
    public static ChartData of(ChartSpec spec, Projection current, String baselineName, Projection baseline) {
        Objects.requireNonNull(baselineName, "baselineName");
        return new ChartData(spec, current.years(), valuesOf(spec, current),
                Optional.of(new Baseline(baselineName, baseline.years(), valuesOf(spec, baseline))));
    }

    private static List<double[]> valuesOf(ChartSpec spec, Projection projection) {
        List<double[]> values = new ArrayList<>(spec.series().size());
        for (SeriesSpec s : spec.series()) {
            values.add(s.values().apply(projection));
        }
        return List.copyOf(values);
    }

    public ChartSpec spec() { return spec; }

    public int steps() { return years.length; }

    public double year(int step) { return years[step]; }

    public double firstYear() { return years[0]; }

    /** The first year on the year axis: the projection's start, or the year of the first recorded point shown before it. */
    public double axisFirstYear() {
        double first = years[0];
        for (HistoryPoints h : history) {
            for (int i = 0; i < h.size(); i++) {
                if (Double.isFinite(h.value(i))) {
                    first = Math.min(first, Math.floor(h.year(i)));
                }
            }
        }
        return first;
    }

    public double lastYear() { return years[years.length - 1]; }

    public int seriesCount() { return series.size(); }

    /** Series {@code s} at step {@code k}. */
    public double value(int s, int k) { return series.get(s)[k]; }

    public Optional<Baseline> baseline() { return baseline; }

    /** The step nearest a decimal year, inside the horizon. */
    public int stepNearest(double year) {
        int lo = 0;
        int hi = years.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (years[mid] < year) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && year - years[lo - 1] < years[lo] - year) {
            lo--;
        }
        return lo;
    }

    /**
     * The baseline's value of series {@code s} in {@code year}, if the baseline has a step at that very
     * time (its horizon or its steps per year may differ from the scenario's).
     */
    public Optional<Double> baselineAt(int s, double year) {
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        double[] by = baseline.get().years();
        int k = (int) Math.round((year - by[0]) / (by.length > 1 ? by[1] - by[0] : 1));
        if (k < 0 || k >= by.length || Math.abs(by[k] - year) > 1e-6) {
            return Optional.empty();
        }
        return Optional.of(baseline.get().series().get(s)[k]);
    }

    /** The year where the first two series cross first (linearly between steps), if they do. */
    public Optional<Double> firstCrossing() {
        if (series.size() < 2) {
            return Optional.empty();
        }
        double[] a = series.get(0);
        double[] b = series.get(1);
        for (int k = 1; k < years.length; k++) {
            double before = a[k - 1] - b[k - 1];
            double after = a[k] - b[k];
            // Equal at the start is not a crossing; a touch at a step is caught from the step before.
            if (before != 0 && (after == 0 || Math.signum(after) != Math.signum(before))) {
                double t = before / (before - after);
                return Optional.of(years[k - 1] + t * (years[k] - years[k - 1]));
            }
        }
        return Optional.empty();
    }
}
