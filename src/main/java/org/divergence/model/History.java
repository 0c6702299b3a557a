package org.divergence.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Recorded public series, 2016-2025, shipped as CSV under /assets/history (each file names its
 * source and says how its figures were retrieved and how far to trust them). The model reads four
 * of them: before 2025 the BTC price and the fees follow the record instead of the price and fee
 * assumptions, a projection that starts before 2025 starts from the recorded hashrate, and the
 * mining frontier before 2025 follows the machines' release dates. Loaded once; immutable.
 */
public final class History {

    /** Folder of the history files inside the jar (assets/history in the source tree). */
    public static final String FOLDER = "/assets/history/";
    /** First year of the recorded series and earliest allowed start of a projection. */
    public static final int FIRST_YEAR = 2016;
    /**
     * Years from a mining machine's release to its being the frontier the model's operators buy:
     * the Antminer S21 was released in early 2024 (2024.1) and is the model's frontier on
     * 1 January 2025 (the asicEfficiency default), so every release reaches the frontier 0.9
     * years later (model assumption: first batches go to lead customers).
     */
    static final double FRONTIER_LAG_YEARS = 0.9;
    /** Frontier on 1 January 2025, J/TH (Antminer S21): the history is scaled from this anchor. */
    static final double FRONTIER_AT_2025 = 17.5;
    /** Earliest purchase date the frontier table serves: 2016 minus the oldest machine age (10 + 2 years). */
    private static final double GRID_START = 2003;
    /** Grid of the frontier's running integral, years (a 128th of a year, under three days). */
    private static final double GRID_STEP = 1.0 / 128;
    private static final double[] FRONTIER_GRID;
    private static final double[] FRONTIER_INTEGRAL_GRID;

    private static final Table HASHRATE = Table.load("network-hashrate.csv");
    private static final Table PRICE = Table.load("btc-price.csv");
    private static final Table FEES = Table.load("fees-per-block.csv");
    private static final Table FRONTIER = Table.load("asic-frontier.csv");
    // Columns parsed once: the model reads them at every step before 2025.
    private static final double[] HASHRATE_YEARS = HASHRATE.column("year");
    private static final double[] HASHRATE_EHS = HASHRATE.column("hashrate_ehs");
    private static final double[] PRICE_YEARS = PRICE.column("year");
    private static final double[] PRICE_LOG_USD = logs(PRICE.column("usd"));
    private static final int PRICE_LAST = lastBefore(PRICE_YEARS, Halving.START_YEAR);
    private static final double[] FEE_YEARS = FEES.column("year");
    private static final int FEE_LAST = lastBefore(FEE_YEARS, Halving.START_YEAR);
    /** Each yearly average placed at mid-year, up to the last year before 2025. */
    private static final double[] FEE_MID_YEARS = midYears(FEE_YEARS, FEE_LAST);
    private static final double[] FEE_BTC = java.util.Arrays.copyOf(FEES.column("btc"), FEE_LAST + 1);

    static {
        // Frontier J/TH at each grid point, log-linear between releases (reached FRONTIER_LAG_YEARS
        // after release), and its running integral, so a fleet's average over any purchase window
        // is a difference of two look-ups (MiningModel, section 3.3).
        double[] release = FRONTIER.column("release");
        double[] joules = FRONTIER.column("j_per_th");
        List<double[]> knots = new ArrayList<>();
        for (int i = 0; i < release.length; i++) {
            // Snapped to the grid (under 1.5 days; release dates are known to a month), so the grid
            // holds the releases exactly and is exponential within each cell.
            double reached = GRID_START + Math.round((release[i] + FRONTIER_LAG_YEARS - GRID_START) / GRID_STEP) * GRID_STEP;
            if (reached <= Halving.START_YEAR + 1e-9) {
                knots.add(new double[] {reached, Math.log(joules[i])});
            }
        }
        int n = (int) Math.round((Halving.START_YEAR - GRID_START) / GRID_STEP) + 1;
        FRONTIER_GRID = new double[n];
        FRONTIER_INTEGRAL_GRID = new double[n];
        for (int i = 0; i < n; i++) {
            FRONTIER_GRID[i] = Math.exp(logLinear(knots, GRID_START + i * GRID_STEP));
        }
        for (int i = 1; i < n; i++) {
            // Exact integral of an exponential over one cell (trapezoid where it is flat).
            double a = FRONTIER_GRID[i - 1];
            double b = FRONTIER_GRID[i];
            double cell = Math.abs(a - b) < 1e-12 * a ? GRID_STEP * a : GRID_STEP * (a - b) / Math.log(a / b);
            FRONTIER_INTEGRAL_GRID[i] = FRONTIER_INTEGRAL_GRID[i - 1] + cell;
        }
    }

    private History() {}

    /** Recorded network hashrate, EH/s, at a decimal year (linear between the yearly records). */
    public static double hashrate(double year) {
        return interpolate(HASHRATE_YEARS, HASHRATE_EHS, year);
    }

    /**
     * BTC price, USD, at a decimal year before 2025: log-linear between the half-yearly records,
     * ending at {@code priceAt2025} (the btcPrice assumption) on 1 January 2025.
     */
    static double btcPrice(double year, double priceAt2025) {
        double lastYear = PRICE_YEARS[PRICE_LAST];
        if (year >= lastYear) {
            double f = (year - lastYear) / (Halving.START_YEAR - lastYear);
            return Math.exp((1 - f) * PRICE_LOG_USD[PRICE_LAST] + f * Math.log(priceAt2025));
        }
        return Math.exp(interpolate(PRICE_YEARS, PRICE_LOG_USD, year));
    }

    /**
     * Fees per block, BTC, at a decimal year before 2025: each yearly average sits at mid-year,
     * linear between them, ending at {@code feesAt2025} (the feesPerBlock assumption) on 1 January 2025.
     */
    static double feesPerBlock(double year, double feesAt2025) {
        double lastMid = FEE_MID_YEARS[FEE_LAST];
        if (year >= lastMid) {
            double f = (year - lastMid) / (Halving.START_YEAR - lastMid);
            return (1 - f) * FEE_BTC[FEE_LAST] + f * feesAt2025;
        }
        return interpolate(FEE_MID_YEARS, FEE_BTC, year);
    }

    /** Recorded frontier J/TH of machines bought at a decimal year before 2025 (17.5 on 1 January 2025). */
    static double frontier(double year) {
        double x = (Math.max(GRID_START, Math.min(Halving.START_YEAR, year)) - GRID_START) / GRID_STEP;
        int i = Math.min((int) x, FRONTIER_GRID.length - 2);
        double f = x - i;
        return FRONTIER_GRID[i] + f * (FRONTIER_GRID[i + 1] - FRONTIER_GRID[i]);
    }

    /**
     * The integral of {@link #frontier} from the grid's start to a decimal year (J/TH x years),
     * linear between grid points; clamped to [2003, 2025].
     */
    static double frontierIntegral(double year) {
        double x = (Math.max(GRID_START, Math.min(Halving.START_YEAR, year)) - GRID_START) / GRID_STEP;
        int i = Math.min((int) x, FRONTIER_INTEGRAL_GRID.length - 2);
        double f = x - i;
        return FRONTIER_INTEGRAL_GRID[i] + f * (FRONTIER_INTEGRAL_GRID[i + 1] - FRONTIER_INTEGRAL_GRID[i]);
    }

    /** One history file: its comment lines (source, retrieval note) and its columns. */
    public static Table table(String file) {
        return Table.load(file);
    }

    private static double logLinear(List<double[]> knots, double year) {
        int n = knots.size();
        int i = 0;
        while (i < n - 2 && year > knots.get(i + 1)[0]) {
            i++;
        }
        double[] a = knots.get(i);
        double[] b = knots.get(i + 1);
        double slope = (b[1] - a[1]) / (b[0] - a[0]);
        // Past the last release the frontier stays put until the lever takes over on 1 January 2025;
        // before the first ASIC (Antminer S1) it stays at the S1's value: such machines never run
        // in a projection from 2016, and a bounded frontier keeps its running integral exact.
        if (year >= b[0]) {
            return b[1];
        }
        return year <= a[0] ? a[1] : a[1] + slope * (year - a[0]);
    }

    private static int lastBefore(double[] years, double year) {
        int last = 0;
        while (last + 1 < years.length && years[last + 1] < year) {
            last++;
        }
        return last;
    }

    private static double[] midYears(double[] years, int last) {
        double[] mid = new double[last + 1];
        for (int i = 0; i <= last; i++) {
            mid[i] = years[i] + 0.5;
        }
        return mid;
    }

    private static double[] logs(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.log(values[i]);
        }
        return out;
    }

    /** Linear interpolation, constant beyond the ends. */
    static double interpolate(double[] xs, double[] ys, double x) {
        if (x <= xs[0]) {
            return ys[0];
        }
        for (int i = 1; i < xs.length; i++) {
            if (x <= xs[i]) {
                double f = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
                return ys[i - 1] + f * (ys[i] - ys[i - 1]);
            }
        }
        return ys[ys.length - 1];
    }

    /**
     * A history CSV: '#' lines first (source and retrieval note), then a header row and rows of
     * values; text cells (a pool's or chip's name) are kept as text, numbers as numbers.
     */
    public record Table(String file, List<String> notes, List<String> header, List<List<String>> rows) {

        static Table load(String file) {
            try (InputStream in = History.class.getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("history file missing from the build: " + FOLDER + file);
                }
                List<String> notes = new ArrayList<>();
                List<String> header = null;
                List<List<String>> rows = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("#")) {
                        notes.add(line.substring(1).strip());
                    } else if (!line.isBlank()) {
                        String[] cells = line.strip().split(",", -1);
                        if (header == null) {
                            header = List.of(cells);
                        } else {
                            rows.add(List.of(cells));
                        }
                    }
                }
                return new Table(file, List.copyOf(notes), header, List.copyOf(rows));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read history file " + file, e);
            }
        }

        /** A numeric column; throws naming the file and column if it is missing or not a number. */
        public double[] column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException(file + " has no column " + name);
            }
            double[] values = new double[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Double.parseDouble(rows.get(i).get(index));
            }
            return values;
        }

        /** A text column. */
        public List<String> text(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException(file + " has no column " + name);
            }
            return rows.stream().map(r -> r.get(index)).toList();
        }

        /** The URL the file names first as its source. */
        public String sourceUrl() {
            for (String note : notes) {
                int at = note.indexOf("https://");
                if (at >= 0) {
                    int end = note.indexOf(' ', at);
                    return end < 0 ? note.substring(at) : note.substring(at, end);
                }
            }
            throw new IllegalStateException(file + " names no source URL");
        }
    }
}
