package org.divergence.model;

/** How parameters are grouped in the window, the scenario file and docs/MODEL.md. */
public enum ParameterGroup {
    LEVERS("Levers"),
    BITCOIN("Bitcoin network"),
    MINING_OPERATORS("Mining operators"),
    EDGE_AI("Edge AI and devices"),
    CLOUD("Cloud inference"),
    REGULATION("Regulation"),
    HORIZON("Horizon"),
    UNCERTAINTY("Uncertainty bands");

    private final String label;

    ParameterGroup(String label) { this.label = label; }

    public String label() { return label; }

    /** Levers are the four headline sliders; everything else is an advanced assumption. */
    public boolean isLever() { return this == LEVERS; }
}
