package org.divergence.model;

/**
 * Bitcoin's block subsidy schedule, exact to the satoshi: 50 BTC at genesis, halved (integer right
 * shift, as in Bitcoin Core's GetBlockSubsidy) every 210,000 blocks. From 2025 on the block height
 * is projected at 144 blocks a day; before 2025 it runs through the recorded times of the halving
 * blocks, so every subsidy change since 2016 falls on its real date.
 */
public final class Halving {

    public static final int HALVING_INTERVAL = 210_000;
    /** Blocks per day on average: difficulty targets one block every ten minutes. */
    public static final double BLOCKS_PER_DAY = 144;
    /** Block height on 1 January 2025, 00:00 UTC (block 877,260, mempool.space). */
    public static final double HEIGHT_AT_2025 = 877_260;
    public static final double START_YEAR = 2025.0;

    private static final long INITIAL_SUBSIDY_SATS = 50L * 100_000_000L;
    private static final double BLOCKS_PER_YEAR = BLOCKS_PER_DAY * 365.25;
    /**
     * Recorded (decimal year, height) of the halving blocks 420,000 (9 July 2016, 16:46:13 UTC),
     * 630,000 (11 May 2020, 19:23:43 UTC) and 840,000 (20 April 2024, 00:09:27 UTC), block
     * timestamps as shown by mempool.space, then the 2025 anchor; linear between them, and 144
     * blocks a day before the first.
     */
    private static final double[] RECORDED_YEARS = {
        decimalYear("2016-07-09T16:46:13"), decimalYear("2020-05-11T19:23:43"),
        decimalYear("2024-04-20T00:09:27"), START_YEAR};
    private static final double[] RECORDED_HEIGHTS = {420_000, 630_000, 840_000, HEIGHT_AT_2025};

    private Halving() {}

    /** Subsidy in BTC of the block at a height. */
    public static double subsidyAtHeight(long height) {
        long halvings = height / HALVING_INTERVAL;
        if (halvings >= 64) {
            return 0;
        }
        return (INITIAL_SUBSIDY_SATS >> halvings) / 100_000_000.0;
    }

    /** Block height at a decimal year: recorded before 2025, at 144 blocks a day from the 2025 anchor after. */
    public static long heightAt(double year) {
        if (year >= START_YEAR) {
            return (long) Math.floor(HEIGHT_AT_2025 + BLOCKS_PER_YEAR * (year - START_YEAR));
        }
        if (year < RECORDED_YEARS[0]) {
            return (long) Math.floor(RECORDED_HEIGHTS[0] + BLOCKS_PER_YEAR * (year - RECORDED_YEARS[0]));
        }
        return (long) Math.floor(History.interpolate(RECORDED_YEARS, RECORDED_HEIGHTS, year));
    }

    public static double subsidyAt(double year) {
        return subsidyAtHeight(heightAt(year));
    }

    /** Decimal year at which a block height is (or is expected to be) reached, for halving markers on charts. */
    public static double yearOfHeight(long height) {
        if (height >= HEIGHT_AT_2025) {
            return START_YEAR + (height - HEIGHT_AT_2025) / BLOCKS_PER_YEAR;
        }
        if (height < RECORDED_HEIGHTS[0]) {
            return RECORDED_YEARS[0] + (height - RECORDED_HEIGHTS[0]) / BLOCKS_PER_YEAR;
        }
        return History.interpolate(RECORDED_HEIGHTS, RECORDED_YEARS, height);
    }

    /** "2016-07-09T16:46:13" (UTC) as a decimal year: 2016 + the elapsed fraction of 2016. */
    static double decimalYear(String utc) {
        java.time.LocalDateTime t = java.time.LocalDateTime.parse(utc);
        java.time.LocalDateTime start = java.time.LocalDateTime.of(t.getYear(), 1, 1, 0, 0);
        double seconds = java.time.Duration.between(start, t).getSeconds();
        return t.getYear() + seconds / (t.toLocalDate().lengthOfYear() * 86_400.0);
    }
}
