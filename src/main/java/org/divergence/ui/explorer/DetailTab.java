package org.divergence.ui.explorer;

/** The detail charts under the headline chart, one tab each. */
public enum DetailTab {
    MINING("detailTab.mining"),
    EDGE_AI("detailTab.edgeAi");

    private final String textKey;

    DetailTab(String textKey) {
        this.textKey = textKey;
    }

    /** The tab's name in the window's words. */
    public String textKey() { return textKey; }
}
