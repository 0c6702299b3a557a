package org.divergence.ui.explorer;

/** The detail charts under the headline chart, one tab each. */
public enum DetailTab {
    MINING("Mining detail"),
    EDGE_AI("Edge-AI detail");

    private final String label;

    DetailTab(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
