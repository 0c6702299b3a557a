package org.divergence.model;

/**
 * Which way regulation pushes. The same strength means opposite things under the two designs,
 * which is the point the app makes: design matters more than dose.
 */
public enum RegulationDesign {
    /** Costs or caps that bite hardest on the largest operators; privacy rules that favour on-device inference. */
    ANTI_CONSOLIDATION("antiConsolidation", "Anti-consolidation",
            "Surcharges that bite hardest on the largest operators; privacy rules that favour on-device inference."),
    /** Fixed compliance costs per operator, which small operators feel most. */
    COMPLIANCE_BURDEN("complianceBurden", "Compliance burden",
            "Fixed licensing and reporting costs per operator, felt most by small operators and small AI developers.");

    private final String key;
    private final String label;
    private final String description;

    RegulationDesign(String key, String label, String description) {
        this.key = key;
        this.label = label;
        this.description = description;
    }

    /** The spelling used in scenario files and on the command line. */
    public String key() { return key; }

    public String label() { return label; }

    public String description() { return description; }

    /** Parses a key (case-insensitive; the enum constant name is accepted too). */
    public static RegulationDesign fromKey(String text) {
        for (RegulationDesign d : values()) {
            if (d.key.equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("regulationDesign: unknown design '" + text
                + "' (allowed: antiConsolidation, complianceBurden)");
    }

    @Override
    public String toString() { return label; }
}
