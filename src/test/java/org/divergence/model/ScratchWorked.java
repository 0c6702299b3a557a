package org.divergence.model;
import org.junit.jupiter.api.Test;
class ScratchWorked {
    @Test void print() {
        Projection d = DivergenceModel.run(Scenario.defaults());
        for (Output o : Output.values()) System.out.printf("%s %.8g | step1 %.8g%n", o, d.value(o, 0), d.value(o, 1));
        for (int y = 2036; y <= 2040; y++) System.out.printf("%d mining %.3f edge %.3f%n", y, d.valueAt(Output.MINING_DECENTRALIZATION, y), d.valueAt(Output.EDGE_DECENTRALIZATION, y));
    }
}
