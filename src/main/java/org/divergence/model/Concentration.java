package org.divergence.model;

/**
 * Concentration measures over operator classes. Inside a class every operator is the same size,
 * so class c with share s and n operators contributes n operators of share s/n each.
 */
public final class Concentration {

    /** log10 of the effective number at which the decentralization index reaches 100 (10,000 equal operators). */
    private static final double FULL_SCALE_LOG10 = 4.0;

    private Concentration() {}

    /** Herfindahl-Hirschman index on 0..10,000: 10,000 x sum of (s/n)^2 over all operators. */
    public static double hhi(double[] shares, double[] operators) {
        double sum = 0;
        for (int c = 0; c < shares.length; c++) {
            if (shares[c] > 0) {
                sum += shares[c] * shares[c] / operators[c];
            }
        }
        return 10_000 * sum;
    }

    /** The HHI from the operator sizes {@link #sortBySize} leaves: 10,000 x sum of s x (s/n), no division. */
    static double hhiFromSizes(double[] shares, double[] size) {
        double sum = 0;
        for (int c = 0; c < shares.length; c++) {
            if (shares[c] > 0) {
                sum += shares[c] * size[c];
            }
        }
        return 10_000 * sum;
    }

    /** Number of equal-sized operators with the same HHI: 10,000 / HHI. */
    public static double effectiveNumber(double hhi) {
        return 10_000 / hhi;
    }

    /**
     * Decentralization index, defined once for both sectors: 25 x log10(effective number), clamped to 0..100.
     * 1 operator = 0, 10 = 25, 100 = 50, 1,000 = 75, 10,000 or more = 100.
     */
    public static double decentralizationIndex(double effectiveNumber) {
        // log10(x) = ln(x) x log10(e): Math.log costs about two thirds of Math.log10, and this runs twice a step.
        double index = 100 * (Math.log(effectiveNumber) * 0.4342944819032518) / FULL_SCALE_LOG10;
        return Math.max(0, Math.min(100, index));
    }

    /** Fewest operators that together hold more than half of the total. */
    public static int nakamotoCoefficient(double[] shares, double[] operators) {
        double[] size = new double[shares.length];
        int[] order = new int[shares.length];
        sortBySize(shares, operators, size, order);
        return nakamotoCoefficient(shares, operators, size, order);
    }

    /**
     * As above, given each class's operator size (share / operators) and the classes largest first,
     * as {@link #sortBySize} leaves them: the model sorts once per step for all three measures.
     */
    static int nakamotoCoefficient(double[] shares, double[] operators, double[] size, int[] order) {
        double cumulative = 0;
        int count = 0;
        for (int c : order) {
            double each = size[c];
            if (each <= 0) {
                continue;
            }
            double needed = 0.5 - cumulative;
            // Operators of this class needed to pass one half (strictly more than 50 %).
            long take = (long) Math.floor(needed / each + 1e-12) + 1;
            long available = (long) Math.ceil(operators[c] - 1e-9);
            if (take <= available) {
                return (int) Math.min(Integer.MAX_VALUE, count + take);
            }
            cumulative += shares[c];
            count += (int) Math.min(Integer.MAX_VALUE - count, available);
        }
        return count;
    }

    /** Combined share of the k largest operators. */
    public static double topShare(int k, double[] shares, double[] operators) {
        double[] size = new double[shares.length];
        int[] order = new int[shares.length];
        sortBySize(shares, operators, size, order);
        return topShare(k, operators, size, order);
    }

    /** As above, given the operator sizes and order {@link #sortBySize} leaves. */
    static double topShare(int k, double[] operators, double[] size, int[] order) {
        double total = 0;
        double left = k;
        for (int c : order) {
            if (left <= 0) {
                break;
            }
            double take = Math.min(left, operators[c]);
            total += take * size[c];
            left -= take;
        }
        return Math.min(1, total);
    }

    /**
     * Fills {@code size} with the share of one operator of each class (share / operators) and
     * {@code order} with the class indices by that size, largest first. Each size is divided out once
     * and serves the HHI, the Nakamoto coefficient and the top-k share; a caller that runs this every
     * step passes the same two small arrays each time (insertion sort: four classes).
     */
    static void sortBySize(double[] shares, double[] operators, double[] size, int[] order) {
        int n = shares.length;
        for (int i = 0; i < n; i++) {
            size[i] = shares[i] / operators[i];
        }
        for (int i = 0; i < n; i++) {
            int cur = i;
            int j = i - 1;
            while (j >= 0 && size[order[j]] < size[cur]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = cur;
        }
    }
}
