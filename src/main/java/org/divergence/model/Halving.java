package org.divergence.model;

/**
 * Bitcoin's block subsidy schedule, exact to the satoshi: 50 BTC at genesis, halved (integer right
 * shift, as in Bitcoin Core's GetBlockSubsidy) every 210,000 blocks.
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

    private Halving() {}

    /** Subsidy in BTC of the block at a height. */
    public static double subsidyAtHeight(long height) {
        long halvings = height / HALVING_INTERVAL;
        if (halvings >= 64) {
            return 0;
        }
        return (INITIAL_SUBSIDY_SATS >> halvings) / 100_000_000.0;
    }

    /** Expected block height at a decimal year, at 144 blocks a day from the 2025 anchor. */
    public static long heightAt(double year) {
        return (long) Math.floor(HEIGHT_AT_2025 + BLOCKS_PER_YEAR * (year - START_YEAR));
    }

    public static double subsidyAt(double year) {
        return subsidyAtHeight(heightAt(year));
    }

    /** Decimal year at which a block height is expected (for halving markers on charts). */
    public static double yearOfHeight(long height) {
        return START_YEAR + (height - HEIGHT_AT_2025) / BLOCKS_PER_YEAR;
    }
}
