package org.divergence.model;

/**
 * Mining submodel (docs/MODEL.md, section 2). Each step: revenue from subsidy and fees; the hashprice
 * at which the network is in equilibrium (difficulty adjusts, so hashprice x running hashrate =
 * revenue); which capacity runs at that hashprice; then capacity grows where it is profitable and
 * shrinks where it is idle or old.
 */
final class MiningModel {

    /** kWh per day used by one TH/s at 1 J/TH: 1 W x 24 h / 1000. */
    static final double KWH_PER_TH_DAY_PER_J = 0.024;
    /** Frontier efficiency of new machines on 1 January 2025 (Antminer S21, J/TH); history before the start. */
    static final double HISTORICAL_FRONTIER_J_PER_TH = 17.5;
    /** Historical yearly fall of frontier J/TH (S19 Pro 2020 -> S21 2024). */
    static final double HISTORICAL_IMPROVEMENT = 0.12;
    /** Machines are written off, and retire, over this many years. */
    static final double HARDWARE_LIFETIME_YEARS = 4;
    /** Yearly rate at which switched-off capacity is sold or scrapped. */
    static final double IDLE_EXIT_RATE = 1.0;
    /**
     * Steepness of the switch-off curve: within a class machines differ in cost, so the running
     * fraction at cost/hashprice = x is 1 / (1 + x^8) (a log-logistic spread of about +-10 %).
     */
    static final int SWITCH_OFF_STEEPNESS = 8;
    private static final double HOURS_PER_YEAR = 8766;

    private static final OperatorClass[] CLASSES = OperatorClass.values();

    private MiningModel() {}

    static void run(Scenario s, double[] years, double[][] out) {
        int n = CLASSES.length;
        double[] capacity = new double[n];          // installed EH/s
        double[] efficiency = new double[n];        // fleet J/TH
        double[] operatingCost = new double[n];     // USD per TH/day while running
        double[] running = new double[n];           // fraction of capacity running
        double[] share = new double[n];
        double[] operators = new double[n];
        for (OperatorClass c : CLASSES) {
            capacity[c.ordinal()] = s.get(Parameter.START_HASHRATE) * c.initialShare();
        }
        double dt = 1.0 / s.stepsPerYear();
        double price = s.electricityPrice();
        double improvement = s.rate(Parameter.ASIC_IMPROVEMENT);
        double r = s.regulation();
        boolean antiConsolidation = s.regulationDesign() == RegulationDesign.ANTI_CONSOLIDATION;
        double surcharge = antiConsolidation ? r * s.get(Parameter.ANTI_CONSOLIDATION_SURCHARGE) / 100.0 : 0;
        double complianceUsdPerDay = antiConsolidation ? 0 : r * s.get(Parameter.COMPLIANCE_COST) / 365.25;

        for (int k = 0; k < years.length; k++) {
            double t = years[k];
            double elapsed = t - Halving.START_YEAR;
            double btcPrice = s.get(Parameter.BTC_PRICE) * Math.pow(1 + s.rate(Parameter.BTC_PRICE_DRIFT), elapsed);
            double subsidy = Halving.subsidyAt(t);
            double revenueUsdPerDay = Halving.BLOCKS_PER_DAY * (subsidy + s.get(Parameter.FEES_PER_BLOCK)) * btcPrice;
            double capitalCost = s.get(Parameter.HARDWARE_COST) * Math.pow(1 - improvement, elapsed)
                    / (HARDWARE_LIFETIME_YEARS * 365.25);

            for (OperatorClass c : CLASSES) {
                int i = c.ordinal();
                efficiency[i] = frontierEfficiency(s, t - c.vintageYears(s));
                double powerCost = efficiency[i] * KWH_PER_TH_DAY_PER_J * price * c.powerPremium(s)
                        * (1 + surcharge * c.surchargeWeight());
                operatingCost[i] = powerCost + complianceUsdPerDay / c.operatorSizeTh(capacity[i]);
            }

            double hashprice = equilibriumHashprice(revenueUsdPerDay, capacity, operatingCost, running);

            double network = 0;
            double energyWatts = 0;
            for (int i = 0; i < n; i++) {
                double ehs = capacity[i] * running[i];
                share[i] = ehs;
                network += ehs;
                energyWatts += ehs * 1e6 * efficiency[i];
            }
            for (OperatorClass c : CLASSES) {
                int i = c.ordinal();
                share[i] /= network;
                operators[i] = c.operators(capacity[i] * running[i]);
                out[c.shareOutput().ordinal()][k] = share[i];
                // Headline price at which this class's running cost equals the hashprice.
                double compliance = operatingCost[i] - efficiency[i] * KWH_PER_TH_DAY_PER_J * price * c.powerPremium(s)
                        * (1 + surcharge * c.surchargeWeight());
                double perPrice = efficiency[i] * KWH_PER_TH_DAY_PER_J * c.powerPremium(s) * (1 + surcharge * c.surchargeWeight());
                out[c.breakevenOutput().ordinal()][k] = Math.max(0, (hashprice - compliance) / perPrice);
            }
            double hhi = Concentration.hhi(share, operators);
            double effective = Concentration.effectiveNumber(hhi);
            out[Output.BTC_PRICE.ordinal()][k] = btcPrice;
            out[Output.BLOCK_SUBSIDY.ordinal()][k] = subsidy;
            out[Output.NETWORK_HASHRATE.ordinal()][k] = network;
            out[Output.HASHPRICE.ordinal()][k] = hashprice;
            out[Output.BREAKEVEN_EFFICIENCY.ordinal()][k] = hashprice / (KWH_PER_TH_DAY_PER_J * price);
            out[Output.MINING_HHI.ordinal()][k] = hhi;
            out[Output.MINING_EFFECTIVE_OPERATORS.ordinal()][k] = effective;
            out[Output.MINING_NAKAMOTO.ordinal()][k] = Concentration.nakamotoCoefficient(share, operators);
            out[Output.MINING_TOP3_SHARE.ordinal()][k] = Concentration.topShare(3, share, operators);
            out[Output.MINING_ENERGY.ordinal()][k] = energyWatts * HOURS_PER_YEAR / 1e12;
            out[Output.MINING_DECENTRALIZATION.ordinal()][k] = Concentration.decentralizationIndex(effective);

            // Capacity for the next step: profitable capacity grows with access to capital, every
            // fleet retires over the hardware lifetime, and switched-off capacity leaves.
            for (OperatorClass c : CLASSES) {
                int i = c.ordinal();
                double margin = 1 - (operatingCost[i] + capitalCost) / hashprice;
                double growth = c.capitalAccess() * Math.max(0, margin)
                        - 1 / HARDWARE_LIFETIME_YEARS
                        - IDLE_EXIT_RATE * (1 - running[i]);
                capacity[i] = Math.max(1e-9, capacity[i] * Math.exp(growth * dt));
            }
        }
    }

    /**
     * J/TH of the newest machine bought at a decimal year. From the start year on it follows the
     * lever; before it, history. So a better machine reaches each operator class only as its fleet
     * turns over: immediately for hyperscale, years later for home miners.
     */
    static double frontierEfficiency(Scenario s, double year) {
        double elapsed = year - Halving.START_YEAR;
        if (elapsed >= 0) {
            return s.asicEfficiency() * Math.pow(1 - s.rate(Parameter.ASIC_IMPROVEMENT), elapsed);
        }
        return HISTORICAL_FRONTIER_J_PER_TH * Math.pow(1 - HISTORICAL_IMPROVEMENT, elapsed);
    }

    /** Fraction of a class's capacity that runs when its running cost is {@code cost} and the hashprice is hp. */
    static double runningFraction(double cost, double hashprice) {
        double x = cost / hashprice;
        double x2 = x * x;
        double x4 = x2 * x2;
        return 1 / (1 + x4 * x4);
    }

    /**
     * Solves hp x (running hashrate in TH/s) = revenue for hp, by Newton's method on log hp with a
     * bisection guard. The left side rises with hp, so the root is unique. Fills {@code running}.
     */
    static double equilibriumHashprice(double revenueUsdPerDay, double[] capacity, double[] cost, double[] running) {
        double target = Math.log(revenueUsdPerDay / 1e6);
        double installed = 0;
        for (double c : capacity) {
            installed += c;
        }
        double lo = target - Math.log(installed); // all capacity running: the lowest possible hashprice
        double hi = lo + 60;
        double x = lo;
        for (int iter = 0; iter < 100; iter++) {
            double hp = Math.exp(x);
            double runningEhs = 0;
            double slope = 0;
            for (int i = 0; i < capacity.length; i++) {
                double f = runningFraction(cost[i], hp);
                running[i] = f;
                runningEhs += capacity[i] * f;
                slope += capacity[i] * f * (1 - f);
            }
            double residual = x + Math.log(runningEhs) - target;
            if (Math.abs(residual) < 1e-12) {
                break;
            }
            if (residual > 0) {
                hi = x;
            } else {
                lo = x;
            }
            double derivative = 1 + SWITCH_OFF_STEEPNESS * slope / runningEhs;
            double next = x - residual / derivative;
            x = (next > lo && next < hi) ? next : 0.5 * (lo + hi);
            if (hi - lo < 1e-13) {
                break;
            }
        }
        double hp = Math.exp(x);
        for (int i = 0; i < capacity.length; i++) {
            running[i] = runningFraction(cost[i], hp);
        }
        return hp;
    }
}
