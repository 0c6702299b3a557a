package org.divergence.figure;

/**
 * What a series stands for, which decides its colour and its marker. Colours follow the role, not the series'
 * position in a chart, so adding a baseline or bands never shifts a colour.
 */
public enum Role {
    MINING("mining", Marker.CIRCLE),
    EDGE_AI("edge", Marker.SQUARE),
    HOME("home", Marker.CIRCLE),
    SMALL_FARM("small-farm", Marker.SQUARE),
    INDUSTRIAL("industrial", Marker.TRIANGLE),
    HYPERSCALE("hyperscale", Marker.DIAMOND),
    DEVICE("device", Marker.SQUARE),
    CLOUD("cloud", Marker.TRIANGLE),
    /** A reference line, such as the headline electricity price on the break-even chart: dashed, no marker. */
    REFERENCE("reference", Marker.NONE),
    /** A parameter at the low end of its range (the tornado's bars, cool). */
    LOW_END("low-end", Marker.NONE),
    /** A parameter at the high end of its range (warm). */
    HIGH_END("high-end", Marker.NONE);

    private final String paletteName;
    private final Marker marker;

    Role(String paletteName, Marker marker) {
        this.paletteName = paletteName;
        this.marker = marker;
    }

    /**
     * The shape drawn along the series and in its legend, so series are told apart without colour
     * (in print, for colour-blind readers, on a washed-out projector).
     */
    public Marker marker() { return marker; }

    /** The palette variable is "-dv-" + this name. */
    public String paletteName() { return paletteName; }
}
