package org.divergence.explain;

/**
 * Shapley values: how much of a change each of n players causes, fair to the order in which they
 * could be applied. Player i gets the average, over every order of the players, of what adding i
 * changes; the parts always add up to the whole change, v(all) − v(none). With n ≤ 5 the 2^n
 * coalition values are computed in full (no sampling).
 */
public final class Shapley {

    /** More players than this would need more than 2^10 model runs: not a live explanation any more. */
    public static final int MAX_PLAYERS = 10;

    private Shapley() {}

    /**
     * @param players number of players n
     * @param value   v(S) for every coalition S, indexed by the bit mask of its players (length 2^n);
     *                value[0] is the start (no player applied), value[2^n − 1] the end (all applied)
     * @return each player's Shapley value; they sum to value[2^n − 1] − value[0]
     */
    public static double[] values(int players, double[] value) {
        if (players < 0 || players > MAX_PLAYERS) {
            throw new IllegalArgumentException("players must be between 0 and " + MAX_PLAYERS + ", got " + players);
        }
        int coalitions = 1 << players;
        if (value.length != coalitions) {
            throw new IllegalArgumentException("expected " + coalitions + " coalition values, got " + value.length);
        }
        // weight[s] = s! (n − s − 1)! / n!: the share of orders in which a given coalition of size s
        // comes just before the player.
        double[] weight = new double[Math.max(players, 1)];
        for (int s = 0; s < players; s++) {
            weight[s] = factorial(s) * factorial(players - s - 1) / factorial(players);
        }
        double[] phi = new double[players];
        for (int i = 0; i < players; i++) {
            int bit = 1 << i;
            double sum = 0;
            for (int coalition = 0; coalition < coalitions; coalition++) {
                if ((coalition & bit) == 0) {
                    sum += weight[Integer.bitCount(coalition)] * (value[coalition | bit] - value[coalition]);
                }
            }
            phi[i] = sum;
        }
        return phi;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }
}
