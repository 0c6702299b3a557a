package org.divergence.model;

/** The percentiles the uncertainty bands report, lowest first; the CSV names them by suffix. */
public enum Quantile {
    P10(10), P25(25), P50(50), P75(75), P90(90);

    private final int percent;

    Quantile(int percent) {
        this.percent = percent;
    }

    public int percent() { return percent; }

    /** "_p10": what a CSV column of this percentile gets after the output's column name. */
    public String suffix() { return "_p" + percent; }
}
