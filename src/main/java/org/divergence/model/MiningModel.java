package org.divergence.model;

/**
 * Mining submodel (docs/MODEL.md, section 3). Each step: revenue from subsidy and fees; the hashprice
 * at which the network is in equilibrium (difficulty adjusts, so hashprice x running hashrate =
 * revenue); which capacity runs at that hashprice; then capacity grows where it is profitable and
 * shrinks where it is idle or old.
 *
 * <p>Every difference between operator classes is a cost difference (power price, machine age,
 * surcharge, compliance, cost of capital) and all classes answer a margin the same way. That is the
 * Arnosti-Weinberg view of mining: the cheaper producer wins share, and dearer power widens the gaps.
 */
final class MiningModel {

    /** kWh per day used by one TH/s at 1 J/TH: 1 W x 24 h / 1000. */
    static final double KWH_PER_TH_DAY_PER_J = 0.024;
    /** Frontier efficiency of new machines on 1 January 2025 (Antminer S21, J/TH): where the recorded frontier ends. */
    static final double HISTORICAL_FRONTIER_J_PER_TH = History.FRONTIER_AT_2025;
    /** Machines are written off, and retire, over this many years. */
    static final double HARDWARE_LIFETIME_YEARS = 4;
    /** Yearly rate at which switched-off capacity is sold or scrapped. */
    static final double IDLE_EXIT_RATE = 1.0;
    /**
     * Capacity growth per year per unit of profit margin, the same for every class: at a 40 % margin
     * a fleet grows 40 %/yr before retirement. Access to capital enters as each class's cost of
     * capital ({@link OperatorClass#costOfCapital()}), so a class grows faster because its margin is
     * higher, not because it reacts more strongly to the same margin.
     */
    static final double INVESTMENT_RESPONSE = 1.0;
    /**
     * Longest time step of the capacity dynamics, years. Coarser output steps are split into
     * sub-steps of this length, so a yearly projection samples the same path as a quarterly one.
     */
    static final double MAX_DYNAMICS_STEP_YEARS = 0.25;
    /**
     * Steepness of the switch-off curve: within a class machines differ in cost, so the running
     * fraction at cost/hashprice = x is 1 / (1 + x^8) (a log-logistic spread of about +-10 %).
     */
    static final int SWITCH_OFF_STEEPNESS = 8;
    /** A class never vanishes entirely (1 GH/s), so shares stay defined and it can come back. */
    static final double MIN_CAPACITY_EHS = 1e-9;
    static final double DAYS_PER_YEAR = 365.25;
    /** A backcast never installs more than this many times the recorded hashrate to match it. */
    static final double MAX_INSTALLED_PER_RECORDED = 1000;
    private static final double HOURS_PER_YEAR = 8766;

    private static final OperatorClass[] CLASSES = OperatorClass.values();

    private MiningModel() {}

    static void run(Scenario s, double[] years, double[][] out) {
        run(s, years, out, null);
    }

    /**
     * As above, with the BTC price multiplied at each settle by {@code priceFactors[i]}, i counting
     * the settles ({@link #subSteps} per output step): a Monte Carlo path. Null for the central path.
     */
    static void run(Scenario s, double[] years, double[][] out, double[] priceFactors) {
        Fleet fleet = new Fleet(s, priceFactors);
        if (s.startYear() < Halving.START_YEAR) {
            fleet.matchRecordedHashrate(years[0], History.hashrate(years[0]));
        }
        int subSteps = subSteps(s);
        double dt = 1.0 / s.stepsPerYear() / subSteps;
        int settle = 0;
        for (int k = 0; k < years.length; k++) {
            fleet.settle(years[k], settle++);
            fleet.record(out, k);
            if (k + 1 == years.length) {
                break;
            }
            fleet.grow(dt);
            for (int j = 1; j < subSteps; j++) {
                fleet.settle(years[k] + j * dt, settle++);
                fleet.grow(dt);
            }
        }
    }

    /** Dynamics sub-steps per output step: output steps longer than {@link #MAX_DYNAMICS_STEP_YEARS} are split. */
    static int subSteps(Scenario s) {
        return (int) Math.ceil(1.0 / (s.stepsPerYear() * MAX_DYNAMICS_STEP_YEARS) - 1e-9);
    }

    /**
     * The installed capacity of every class and, after {@link #settle}, the market equilibrium at
     * one moment. Mutable and private to one run; arrays are indexed by {@link OperatorClass} ordinal.
     */
    private static final class Fleet {
        private final Scenario s;
        private final double[] priceFactors; // null on the central path
        private final double price;
        private final double improvement;
        private final double complianceUsdPerDay;
        // Per-class constants, read from the scenario once per run rather than once per step.
        private final double[] powerFactor = new double[CLASSES.length];     // x headline price, surcharge included
        private final double[] powerPerJoule = new double[CLASSES.length];   // USD per TH/day per J/TH
        // Purchase window of each class: machines aged youngest..oldest years, bought uniformly.
        private final double[] youngest = new double[CLASSES.length];
        private final double[] oldest = new double[CLASSES.length];
        private final double[] perWindow = new double[CLASSES.length];       // 1 / window width (0 if no width)
        private final double[] youngFactor = new double[CLASSES.length];     // (1 - improvement)^-youngest
        private final double[] oldFactor = new double[CLASSES.length];       // (1 - improvement)^-oldest
        private final double[] capitalRate = new double[CLASSES.length];     // write-off + cost of capital, per day
        private final double[] capacity = new double[CLASSES.length];       // installed EH/s
        private final double[] efficiency = new double[CLASSES.length];     // fleet J/TH
        private final double[] powerCost = new double[CLASSES.length];      // USD per TH/day, power only
        private final double[] operatingCost = new double[CLASSES.length];  // USD per TH/day while running
        private final double[] running = new double[CLASSES.length];        // fraction of capacity running
        private final double[] share = new double[CLASSES.length];
        private final double[] operators = new double[CLASSES.length];
        private final double[] operatorSize = new double[CLASSES.length];   // share of one operator of each class
        private final int[] bySize = new int[CLASSES.length];               // classes, largest operator first
        private final double startPrice;
        private final double logPriceGrowth;
        private final double blockReward;
        private final double hardwareCost;
        private final double asicEfficiency;
        private final double historyScale;  // x the recorded frontier, for machines bought before 2025
        private final double lnImprovement; // ln(1 - improvement), 0 when machines stop improving
        private double btcPrice;
        private double subsidy;
        private double machinePrice;
        private double hashprice = Double.NaN; // the previous step's, until settled

        Fleet(Scenario s, double[] priceFactors) {
            this.s = s;
            this.priceFactors = priceFactors;
            price = s.electricityPrice();
            improvement = s.rate(Parameter.ASIC_IMPROVEMENT);
            double r = s.regulation();
            boolean antiConsolidation = s.regulationDesign() == RegulationDesign.ANTI_CONSOLIDATION;
            double surcharge = antiConsolidation ? r * s.get(Parameter.ANTI_CONSOLIDATION_SURCHARGE) / 100.0 : 0;
            complianceUsdPerDay = antiConsolidation ? 0 : r * s.get(Parameter.COMPLIANCE_COST) / DAYS_PER_YEAR;
            startPrice = s.get(Parameter.BTC_PRICE);
            // BTC price path as exp(elapsed x ln(1 + drift)): one exponential a step instead of a pow.
            logPriceGrowth = Math.log1p(s.rate(Parameter.BTC_PRICE_DRIFT));
            blockReward = s.get(Parameter.FEES_PER_BLOCK);
            hardwareCost = s.get(Parameter.HARDWARE_COST);
            asicEfficiency = s.asicEfficiency();
            historyScale = Math.max(asicEfficiency, HISTORICAL_FRONTIER_J_PER_TH) / HISTORICAL_FRONTIER_J_PER_TH;
            lnImprovement = Math.log1p(-improvement);
            // A projection that starts before 2025 starts from the recorded hashrate of its first year.
            double startCapacity = s.startYear() < Halving.START_YEAR
                    ? History.hashrate(s.startYear()) : s.get(Parameter.START_HASHRATE);
            for (OperatorClass c : CLASSES) {
                int i = c.ordinal();
                capacity[i] = startCapacity * c.initialShare();
                powerFactor[i] = c.powerPremium(s) * (1 + surcharge * c.surchargeWeight());
                powerPerJoule[i] = KWH_PER_TH_DAY_PER_J * price * powerFactor[i];
                double age = c.vintageYears(s);
                double window = purchaseWindow(age);
                youngest[i] = age - window / 2;
                oldest[i] = age + window / 2;
                perWindow[i] = window > 0 ? 1 / window : 0;
                youngFactor[i] = Math.exp(-youngest[i] * lnImprovement);
                oldFactor[i] = Math.exp(-oldest[i] * lnImprovement);
                capitalRate[i] = (1 / HARDWARE_LIFETIME_YEARS + c.costOfCapital()) / DAYS_PER_YEAR;
            }
        }

        /**
         * Average J/TH of class i's machines at decimal year t: the frontier averaged over the
         * purchase window [t - oldest, t - youngest], machines bought before 2025 at the recorded
         * frontier (scaled by historyScale), after at the lever's path E (1 - g)^(y - 2025). Both
         * parts are closed forms: the recorded frontier's integral is tabulated, the lever's is an
         * exponential's, and its end points are newMachines times a constant of the class.
         */
        private double fleetEfficiency(int i, double t, double elapsed, double newMachines) {
            double lo = t - oldest[i];
            double hi = t - youngest[i];
            if (perWindow[i] == 0) {
                return elapsed >= 0 ? asicEfficiency * newMachines : historyScale * History.frontier(t);
            }
            double integral = 0;
            if (lo < Halving.START_YEAR) {
                integral += historyScale * (History.frontierIntegral(Math.min(hi, Halving.START_YEAR))
                        - History.frontierIntegral(lo));
            }
            if (hi > Halving.START_YEAR) {
                double top = newMachines * youngFactor[i];
                double bottom = lo >= Halving.START_YEAR ? newMachines * oldFactor[i] : 1;
                integral += asicEfficiency * (lnImprovement == 0
                        ? hi - Math.max(lo, Halving.START_YEAR)
                        : (top - bottom) / lnImprovement);
            }
            return integral * perWindow[i];
        }

        /** Revenue, costs and the equilibrium hashprice at a decimal year, for the current capacity. */
        void settle(double t, int settleIndex) {
            double elapsed = t - Halving.START_YEAR;
            double fees = blockReward;
            if (elapsed >= 0) {
                btcPrice = logPriceGrowth == 0 ? startPrice : startPrice * Math.exp(elapsed * logPriceGrowth); // 0: no forecast
            } else {
                // Before 2025 the record drives price and fees (a backcast).
                btcPrice = History.btcPrice(t, startPrice);
                fees = History.feesPerBlock(t, blockReward);
            }
            if (priceFactors != null) {
                // 1 before 2025: the record is not uncertain (MonteCarlo.priceFactors).
                btcPrice *= priceFactors[settleIndex];
            }
            subsidy = Halving.subsidyAt(t);
            double revenueUsdPerDay = Halving.BLOCKS_PER_DAY * (subsidy + fees) * btcPrice;
            // Machine prices and the frontier J/TH fall at the same rate: one exponential serves both
            // and every class's fleet.
            double newMachines = Math.exp(elapsed * lnImprovement);
            machinePrice = elapsed >= 0 ? hardwareCost * newMachines
                    : hardwareCost * History.frontier(t) / HISTORICAL_FRONTIER_J_PER_TH;
            for (int i = 0; i < CLASSES.length; i++) {
                efficiency[i] = fleetEfficiency(i, t, elapsed, newMachines);
                powerCost[i] = efficiency[i] * powerPerJoule[i];
                double compliance = complianceUsdPerDay == 0 ? 0 // the default design has no compliance cost
                        : complianceUsdPerDay / CLASSES[i].operatorSizeTh(capacity[i]);
                operatingCost[i] = powerCost[i] + compliance;
            }
            // First guess: the hashprice if every class ran the same fraction as at the last settle.
            double guess = Double.NaN;
            if (hashprice > 0) {
                double runningEhs = 0;
                for (int i = 0; i < CLASSES.length; i++) {
                    runningEhs += capacity[i] * running[i];
                }
                guess = revenueUsdPerDay / (runningEhs * 1e6);
            }
            hashprice = equilibriumHashprice(revenueUsdPerDay, capacity, operatingCost, running, guess);
        }

        /**
         * Scales the installed capacity (keeping the class shares) until the hashrate that runs at
         * decimal year t equals the recorded one: the record counts running machines, and some of
         * the installed ones are switched off. Running hashrate rises with capacity, so the ratio
         * converges in a few rounds. Where the assumptions make every machine so dear that the
         * revenue cannot pay for the recorded hashrate at any capacity, it stops at 1,000 times the
         * record installed.
         */
        void matchRecordedHashrate(double t, double recordedEhs) {
            for (int round = 0; round < 100; round++) {
                settle(t, 0);
                double runningEhs = 0;
                double installedEhs = 0;
                for (int i = 0; i < CLASSES.length; i++) {
                    runningEhs += capacity[i] * running[i];
                    installedEhs += capacity[i];
                }
                double ratio = Math.min(recordedEhs / runningEhs, MAX_INSTALLED_PER_RECORDED * recordedEhs / installedEhs);
                if (!(Math.abs(ratio - 1) >= 1e-12)) { // converged, at the cap, or nothing runs at all
                    break;
                }
                for (int i = 0; i < CLASSES.length; i++) {
                    capacity[i] *= ratio;
                }
            }
            settle(t, 0);
        }

        /** Writes the outputs of the settled market into step k. */
        void record(double[][] out, int k) {
            double network = 0;
            double energyWatts = 0;
            for (int i = 0; i < CLASSES.length; i++) {
                double ehs = capacity[i] * running[i];
                share[i] = ehs;
                network += ehs;
                energyWatts += ehs * 1e6 * efficiency[i];
            }
            double perNetwork = 1 / network;
            for (OperatorClass c : CLASSES) {
                int i = c.ordinal();
                share[i] *= perNetwork;
                operators[i] = c.operators(capacity[i] * running[i]);
                out[c.shareOutput().ordinal()][k] = share[i];
                // Headline price at which this class's running cost (power plus compliance) equals the hashprice.
                double compliance = operatingCost[i] - powerCost[i];
                double costPerUsdPerKwh = efficiency[i] * KWH_PER_TH_DAY_PER_J * powerFactor[i];
                out[c.breakevenOutput().ordinal()][k] = Math.max(0, (hashprice - compliance) / costPerUsdPerKwh);
            }
            // One pass divides out the operator sizes and orders them, for all three concentration measures.
            Concentration.sortBySize(share, operators, operatorSize, bySize);
            double hhi = Concentration.hhiFromSizes(share, operatorSize);
            double effective = Concentration.effectiveNumber(hhi);
            out[Output.BTC_PRICE.ordinal()][k] = btcPrice;
            out[Output.BLOCK_SUBSIDY.ordinal()][k] = subsidy;
            out[Output.NETWORK_HASHRATE.ordinal()][k] = network;
            out[Output.HASHPRICE.ordinal()][k] = hashprice;
            out[Output.BREAKEVEN_EFFICIENCY.ordinal()][k] = hashprice / (KWH_PER_TH_DAY_PER_J * price);
            out[Output.MINING_HHI.ordinal()][k] = hhi;
            out[Output.MINING_EFFECTIVE_OPERATORS.ordinal()][k] = effective;
            out[Output.MINING_NAKAMOTO.ordinal()][k] = Concentration.nakamotoCoefficient(share, operators, operatorSize, bySize);
            out[Output.MINING_TOP3_SHARE.ordinal()][k] = Concentration.topShare(3, operators, operatorSize, bySize);
            out[Output.MINING_ENERGY.ordinal()][k] = energyWatts * HOURS_PER_YEAR / 1e12;
            out[Output.MINING_FLEET_EFFICIENCY.ordinal()][k] = energyWatts * perNetwork * 1e-6;
            out[Output.MINING_DECENTRALIZATION.ordinal()][k] = Concentration.decentralizationIndex(effective);
        }

        /**
         * Capacity after dt years: profitable capacity grows with its margin after capital costs,
         * every fleet retires over the hardware lifetime, and switched-off capacity leaves.
         */
        void grow(double dt) {
            double perHashprice = 1 / hashprice;
            for (int i = 0; i < CLASSES.length; i++) {
                double capitalCost = machinePrice * capitalRate[i];
                double margin = 1 - (operatingCost[i] + capitalCost) * perHashprice;
                double growth = INVESTMENT_RESPONSE * Math.max(0, margin)
                        - 1 / HARDWARE_LIFETIME_YEARS
                        - IDLE_EXIT_RATE * (1 - running[i]);
                capacity[i] = Math.max(MIN_CAPACITY_EHS, capacity[i] * Math.exp(growth * dt));
            }
        }
    }

    /**
     * J/TH of the newest machine bought at a decimal year. From the start year on it follows the
     * lever. A lever better than today's machine is a new machine arriving on 1 January 2025: it
     * reaches each class only as its fleet turns over (hyperscale first, home miners years later).
     * A lever worse than today's machine describes a world whose technology is that far behind, so
     * the machines bought before 2025 are scaled with it; otherwise the operators who renew fastest
     * would be the ones handed worse machines than those already on sale.
     */
    static double frontierEfficiency(Scenario s, double year) {
        double elapsed = year - Halving.START_YEAR;
        if (elapsed >= 0) {
            return s.asicEfficiency() * Math.pow(1 - s.rate(Parameter.ASIC_IMPROVEMENT), elapsed);
        }
        double scale = Math.max(s.asicEfficiency(), HISTORICAL_FRONTIER_J_PER_TH) / HISTORICAL_FRONTIER_J_PER_TH;
        return scale * History.frontier(year);
    }

    /**
     * Width of a class's purchase window, years: a fleet renewed evenly with average age v was
     * bought over the last 2v years, but no wider than the hardware life (older machines are
     * retired), so machines of age v - w/2 to v + w/2 (home miners at 4 years: 2 to 6).
     */
    static double purchaseWindow(double averageAge) {
        return Math.min(2 * averageAge, HARDWARE_LIFETIME_YEARS);
    }

    /** Fraction of a class's capacity that runs when its running cost is {@code cost} and the hashprice is hp. */
    static double runningFraction(double cost, double hashprice) {
        double x = cost / hashprice;
        double x2 = x * x;
        double x4 = x2 * x2;
        return 1 / (1 + x4 * x4);
    }

    /**
     * Solves hp x (running hashrate in TH/s) = revenue for hp. The left side rises with hp, so the
     * root is unique. Halley's method, kept inside a shrinking bracket: a step that leaves the
     * bracket, or does not at least halve the step before last, is replaced by bisection (the
     * "rtsafe" safeguard), so steep switch-off curves cannot trap it in a cycle. Fills
     * {@code running} with the running fractions at the solution.
     */
    static double equilibriumHashprice(double revenueUsdPerDay, double[] capacity, double[] cost, double[] running) {
        return equilibriumHashprice(revenueUsdPerDay, capacity, cost, running, Double.NaN);
    }

    /**
     * As above, starting from a guess of the hashprice (NaN for none). Two choices make it cheap, as
     * it runs at every settle (it was a fifth of a model run): the iteration works on hp itself, not
     * on its logarithm, so an iteration costs divisions only, no exp or log; and it takes Halley's
     * step (Newton's with the curvature term, which the running fractions give almost for free), whose
     * cubic convergence usually needs two evaluations from the previous step's guess where Newton's
     * needed three. The bracket spans up to 26 orders of magnitude, so bisection halves it geometrically.
     */
    static double equilibriumHashprice(double revenueUsdPerDay, double[] capacity, double[] cost, double[] running,
                                       double guess) {
        double installedTh = 0;
        for (double c : capacity) {
            installedTh += c * 1e6;
        }
        double lo = revenueUsdPerDay / installedTh; // all capacity running: the lowest possible hashprice
        double hi = lo * 1e26; // far above any equilibrium a model run reaches
        double hp = guess > 0 ? Math.max(lo, Math.min(hi, guess)) : lo;
        double step = hi - lo;
        double stepBefore;
        for (int iter = 0; iter < 200; iter++) {
            double inverse = 1 / hp;
            double runningTh = 0;  // sum of K f, TH/s
            double spreadTh = 0;   // sum of K f (1 - f)
            double skewTh = 0;     // sum of K f (1 - f) (1 - 2f)
            for (int i = 0; i < capacity.length; i++) {
                double x = cost[i] * inverse;
                double x2 = x * x;
                double x4 = x2 * x2;
                double f = 1 / (1 + x4 * x4);
                double th = capacity[i] * 1e6;
                double spread = th * f * (1 - f);
                runningTh += th * f;
                spreadTh += spread;
                skewTh += spread * (1 - 2 * f);
            }
            double excess = hp * runningTh - revenueUsdPerDay; // USD per day the miners would earn too much
            if (Math.abs(excess) < 1e-12 * revenueUsdPerDay) {
                break;
            }
            if (excess > 0) {
                hi = hp;
            } else {
                lo = hp;
            }
            if (hi - lo < 1e-13 * hi) {
                break;
            }
            // With f = 1 / (1 + (cost / hp)^8), df/dhp = 8 f (1 - f) / hp, so for g(hp) = hp x running - revenue:
            // g' = running + 8 spread and g'' = 8 (spread + 8 skew) / hp.
            double slope = runningTh + SWITCH_OFF_STEEPNESS * spreadTh;
            double curvature = SWITCH_OFF_STEEPNESS * (spreadTh + SWITCH_OFF_STEEPNESS * skewTh) * inverse;
            double denominator = 2 * slope * slope - excess * curvature;
            double halleyStep = denominator > 0 ? 2 * excess * slope / denominator : Double.NaN;
            double next = hp - halleyStep;
            stepBefore = step;
            if (next > lo && next < hi && Math.abs(2 * halleyStep) <= Math.abs(stepBefore)) {
                step = halleyStep;
                hp = next;
                if (Math.abs(halleyStep) < 1e-6 * hp) {
                    break; // cubic convergence: the relative error after this step is of order 1e-18
                }
            } else {
                double mid = Math.sqrt(lo * hi);
                step = hp - mid;
                hp = mid;
            }
        }
        for (int i = 0; i < capacity.length; i++) {
            running[i] = runningFraction(cost[i], hp);
        }
        return hp;
    }
}
