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

    /** Number of equal-sized operators with the same HHI: 10,000 / HHI. */
    public static double effectiveNumber(double hhi) {
        return 10_000 / hhi;
    }

    /**
     * Decentralization index, defined once for both sectors: 25 x log10(effective number), clamped to 0..100.
     * 1 operator = 0, 10 = 25, 100 = 50, 1,000 = 75, 10,000 or more = 100.
     */
    public static double decentralizationIndex(double effectiveNumber) {
        double index = 100 * Math.log10(effectiveNumber) / FULL_SCALE_LOG10;
        return Math.max(0, Math.min(100, index));
    }

    /** Fewest operators that together hold more than half of the total. */
    public static int nakamotoCoefficient(double[] shares, double[] operators) {
        return nakamotoCoefficient(shares, operators, bySizeDescending(shares, operators));
    }

    /** As above, with the classes already in {@link #sortBySize} order (the model sorts once per step for both measures). */
    static int nakamotoCoefficient(double[] shares, double[] operators, int[] order) {
        double cumulative = 0;
        int count = 0;
        for (int c : order) {
            double each = shares[c] / operators[c];
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
        return topShare(k, shares, operators, bySizeDescending(shares, operators));
    }

    /** As above, with the classes already in {@link #sortBySize} order. */
    static double topShare(int k, double[] shares, double[] operators, int[] order) {
        double total = 0;
        double left = k;
        for (int c : order) {
            if (left <= 0) {
                break;
            }
            double take = Math.min(left, operators[c]);
            total += take * shares[c] / operators[c];
            left -= take;
        }
        return Math.min(1, total);
    }

    /** Class indices ordered by the size of one operator, largest first. */
    private static int[] bySizeDescending(double[] shares, double[] operators) {
        int[] order = new int[shares.length];
        sortBySize(shares, operators, new double[shares.length], order);
        return order;
    }

    /**
     * Fills {@code order} with the class indices by the size of one operator, largest first, using
     * {@code size} as scratch space: each size is divided out once, and a caller that runs this every
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
