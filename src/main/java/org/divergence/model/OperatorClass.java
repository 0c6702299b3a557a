package org.divergence.model;

/**
 * The four kinds of mining operator. They differ in what they pay for power, how old their machines
 * are, what their capital costs them, and how their number of operators behaves: home miners and
 * small farms grow by more of them joining (fixed size each); industrial and hyperscale operators
 * grow by getting bigger (fixed number of firms).
 */
public enum OperatorClass {
    HOME("Home miners", 0.05, 0.0005, true, 0.22, Parameter.HOME_POWER_PREMIUM, Parameter.HOME_VINTAGE, 0.0,
            Output.SHARE_HOME, Output.BREAKEVEN_PRICE_HOME),
    SMALL_FARM("Small farms", 0.20, 0.05, true, 0.18, Parameter.SMALL_FARM_POWER_PREMIUM, Parameter.SMALL_FARM_VINTAGE, 0.0,
            Output.SHARE_SMALL_FARM, Output.BREAKEVEN_PRICE_SMALL_FARM),
    INDUSTRIAL("Industrial", 0.45, 40, false, 0.12, null, Parameter.INDUSTRIAL_VINTAGE, 0.5,
            Output.SHARE_INDUSTRIAL, Output.BREAKEVEN_PRICE_INDUSTRIAL),
    HYPERSCALE("Hyperscale", 0.30, 6, false, 0.08, null, Parameter.HYPERSCALE_VINTAGE, 1.0,
            Output.SHARE_HYPERSCALE, Output.BREAKEVEN_PRICE_HYPERSCALE);

    private final String label;
    private final double initialShare;
    private final double sizeOrCount;
    private final boolean growsByEntry;
    private final double costOfCapital;
    private final Parameter powerPremium;
    private final Parameter vintage;
    private final double surchargeWeight;
    private final Output shareOutput;
    private final Output breakevenOutput;

    OperatorClass(String label, double initialShare, double sizeOrCount, boolean growsByEntry, double costOfCapital,
                  Parameter powerPremium, Parameter vintage, double surchargeWeight,
                  Output shareOutput, Output breakevenOutput) {
        this.label = label;
        this.initialShare = initialShare;
        this.sizeOrCount = sizeOrCount;
        this.growsByEntry = growsByEntry;
        this.costOfCapital = costOfCapital;
        this.powerPremium = powerPremium;
        this.vintage = vintage;
        this.surchargeWeight = surchargeWeight;
        this.shareOutput = shareOutput;
        this.breakevenOutput = breakevenOutput;
    }

    public String label() { return label; }

    /** Share of installed hashrate on 1 January 2025. */
    public double initialShare() { return initialShare; }

    /** Number of operators running a class hashrate (EH/s). */
    public double operators(double hashrateEhs) {
        return growsByEntry ? Math.max(1, hashrateEhs / sizeOrCount) : sizeOrCount;
    }

    /** Hashrate of one operator, TH/s. */
    public double operatorSizeTh(double hashrateEhs) {
        double ehs = growsByEntry ? sizeOrCount : hashrateEhs / sizeOrCount;
        return Math.max(ehs, 1e-12) * 1e6;
    }

    /**
     * Yearly cost of the money tied up in machines, as a fraction of their price: access to capital.
     * Listed hyperscale miners borrow cheaply (convertible notes, equity); home miners pay consumer rates.
     */
    public double costOfCapital() { return costOfCapital; }

    /** Multiple of the headline electricity price this class pays. */
    public double powerPremium(Scenario s) { return powerPremium == null ? 1.0 : s.get(powerPremium); }

    /** Average age of the class's machines, years. */
    public double vintageYears(Scenario s) { return s.get(vintage); }

    /** Fraction of the anti-consolidation surcharge this class pays (largest operators pay it all). */
    public double surchargeWeight() { return surchargeWeight; }

    public Output shareOutput() { return shareOutput; }

    public Output breakevenOutput() { return breakevenOutput; }

    @Override
    public String toString() { return label; }
}
