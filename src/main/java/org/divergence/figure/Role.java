package org.divergence.figure;

/**
 * What a series stands for, which decides its colour. Colours follow the role, not the series'
 * position in a chart, so adding a baseline or bands never shifts a colour.
 */
public enum Role {
    MINING("mining"),
    EDGE_AI("edge"),
    HOME("home"),
    SMALL_FARM("small-farm"),
    INDUSTRIAL("industrial"),
    HYPERSCALE("hyperscale"),
    DEVICE("device"),
    CLOUD("cloud"),
    /** A reference line, such as the headline electricity price on the break-even chart. */
    REFERENCE("reference");

    private final String paletteName;

    Role(String paletteName) {
        this.paletteName = paletteName;
    }

    /** The palette variable is "-dv-" + this name. */
    public String paletteName() { return paletteName; }
}
