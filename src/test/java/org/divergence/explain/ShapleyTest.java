package org.divergence.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ShapleyTest {

    @Test
    void thePartsAddUpToTheWholeChangeForAnyGame() {
        Random random = new Random(7);
        for (int players = 0; players <= 6; players++) {
            for (int game = 0; game < 50; game++) {
                double[] v = random.doubles(1 << players, -100, 100).toArray();
                double[] phi = Shapley.values(players, v);
                assertThat(Arrays.stream(phi).sum()).as(players + " players").isCloseTo(v[v.length - 1] - v[0], within(1e-9));
            }
        }
    }

    @Test
    void anAdditiveGameGivesEachPlayerItsOwnEffect() {
        // v(S) = 10 + sum of the effects of the players in S
        double[] effect = {3, -5, 0.5};
        double[] v = new double[8];
        for (int s = 0; s < 8; s++) {
            v[s] = 10;
            for (int i = 0; i < 3; i++) {
                if ((s & 1 << i) != 0) {
                    v[s] += effect[i];
                }
            }
        }
        assertThat(Shapley.values(3, v)).containsExactly(new double[] {3, -5, 0.5}, within(1e-12));
    }

    @Test
    void anInteractionIsSplitEvenlyNotGivenToWhoeverComesLast() {
        // Only both together change anything: neither order is privileged.
        assertThat(Shapley.values(2, new double[] {0, 0, 0, 1})).containsExactly(new double[] {0.5, 0.5}, within(1e-12));
        // A player that never changes anything gets nothing, however the others interact.
        assertThat(Shapley.values(3, new double[] {0, 2, 0, 5, 0, 2, 0, 5})[2]).isZero();
    }

    @Test
    void refusesAMismatchedTable() {
        assertThatThrownBy(() -> Shapley.values(2, new double[3])).hasMessageContaining("expected 4 coalition values");
        assertThatThrownBy(() -> Shapley.values(11, new double[1 << 11])).hasMessageContaining("between 0 and 10");
    }
}
