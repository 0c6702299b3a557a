package org.divergence.model;

/**
 * Edge-AI submodel (docs/MODEL.md, section 4). Each step: how much of the installed device base is
 * AI-capable and how big a model it runs; which share of tasks fits (task sizes are log-normal);
 * of those, which share users keep on device, comparing all-in costs plus a privacy and latency value
 * (a logit choice); then costs, energy and concentration.
 */
final class EdgeAiModel {

    // --- devices -----------------------------------------------------------------------------
    /** NPU TOPS of a mainstream new device on 1 January 2025; history before the start year. */
    static final double HISTORICAL_NPU_TOPS = 40;
    /** Historical yearly NPU growth (Apple M1 11 TOPS in 2020 to 40 TOPS in 2025). */
    static final double HISTORICAL_NPU_GROWTH = 0.30;
    private static final double LN_HISTORICAL_NPU_GROWTH = Math.log1p(HISTORICAL_NPU_GROWTH);
    /** Billions of parameters (4-bit) a device runs per TOPS: 40 TOPS runs an 8B model (calibration). */
    static final double BILLION_PARAMS_PER_TOPS = 0.2;
    /**
     * Year at which half of new devices sold are AI-capable, and the logistic width. Fitted so the
     * yearly averages of the logistic match Gartner's AI-PC shares of shipments: 15.6 % in 2024,
     * 31 % in 2025, 55 % in 2026 (model: 14.5 %, 31.3 %, 54.9 %).
     */
    static final double ADOPTION_MIDPOINT = 2026.3;
    static final double ADOPTION_WIDTH_YEARS = 1.0;
    /** Power a 40-TOPS device draws while generating, W, and its speed on an 8B 4-bit model, tokens/s. */
    static final double DEVICE_POWER_W = 20;
    static final double DEVICE_TOKENS_PER_SECOND = 20;
    /** Energy per generated token on a 40-TOPS device, J: 20 W / 20 tokens/s. */
    static final double DEVICE_J_PER_TOKEN_AT_40_TOPS = DEVICE_POWER_W / DEVICE_TOKENS_PER_SECOND;
    /** Energy a device spends fetching one token's worth of answer from a server, J. */
    static final double FETCH_J_PER_TOKEN = 0.15;

    // --- tasks ---------------------------------------------------------------------------------
    /** Median task in 2025 needs a model of this many billion parameters. */
    static final double MEDIAN_TASK_BILLION_PARAMS = 20;
    /** Spread (log-normal shape) of task sizes. */
    static final double TASK_SIZE_SHAPE = 1.5;
    /** Inference tokens served in 2025, per year (Google alone: 480 trillion a month in May 2025). */
    static final double TOKENS_PER_YEAR_2025 = 1.5e16;

    // --- cloud --------------------------------------------------------------------------------
    /** A data-center H100: board power, W; batched throughput on a small model, tokens/s; price, USD. */
    static final double GPU_POWER_W = 700;
    static final double GPU_TOKENS_PER_SECOND = 2_800;
    static final double GPU_PRICE_USD = 30_000;
    /** GPUs are written off over this many years, busy this fraction of the time. */
    static final double GPU_LIFETIME_YEARS = 4;
    static final double GPU_UTILISATION = 0.6;
    /** Data-center GPU energy per token, J: 700 W / 2,800 tokens/s = 0.25 J (before PUE). */
    static final double GPU_J_PER_TOKEN = GPU_POWER_W / GPU_TOKENS_PER_SECOND;
    /**
     * GPU capital per million tokens in 2025, USD: the price over the tokens served in its lifetime,
     * 30,000 / (2,800 x 0.6 x 4 x 365.25 x 86,400 / 10^6) = 0.1415.
     */
    static final double GPU_CAPITAL_USD_PER_MTOK = GPU_PRICE_USD
            / (GPU_TOKENS_PER_SECOND * GPU_UTILISATION * GPU_LIFETIME_YEARS * 365.25 * 86_400 / 1e6);
    /** Provider mark-up over cost. */
    static final double PROVIDER_MARGIN = 0.5;
    /** Cloud infrastructure shares, 2025 (Synergy Research): AWS, Azure, Google; the rest split among many. */
    static final double[] BIG_PROVIDER_SHARES = {0.30, 0.20, 0.13};
    static final int OTHER_PROVIDERS = 30;

    // --- choice and regulation ------------------------------------------------------------------
    /** Spread of users' valuations in the logit choice, USD per million tokens. */
    static final double CHOICE_SPREAD_USD_PER_MTOK = 0.10;
    /** Privacy rules: under anti-consolidation the privacy value is multiplied by 1 + this x strength (3x at full strength). */
    static final double PRIVACY_RULE_BOOST = 2.0;
    /** At full anti-consolidation strength, the three largest clouds lose this fraction of their share. */
    static final double BIG_PROVIDER_CAP = 0.3;
    /** At full compliance-burden strength: the cost per Mtok small on-device developers pass on, USD. */
    static final double DEVICE_COMPLIANCE_USD_PER_MTOK = 0.10;
    /** At full compliance-burden strength, the smaller clouds lose this fraction of their share. */
    static final double SMALL_PROVIDER_LOSS = 0.5;
    /** Independent device owners: on-device inference is spread over about a billion people. */
    static final double DEVICE_OWNERS = 1e9;

    private static final double JOULES_PER_KWH = 3.6e6;
    private static final double JOULES_PER_TWH = 3.6e15;

    private EdgeAiModel() {}

    static void run(Scenario s, double[] years, double[][] out) {
        double r = s.regulation();
        boolean antiConsolidation = s.regulationDesign() == RegulationDesign.ANTI_CONSOLIDATION;
        double cycle = s.get(Parameter.DEVICE_REPLACEMENT);
        double residential = s.get(Parameter.RESIDENTIAL_PRICE);
        double pue = s.get(Parameter.DATA_CENTER_PUE);
        double privacyValue = s.get(Parameter.PRIVACY_VALUE) * (antiConsolidation ? 1 + PRIVACY_RULE_BOOST * r : 1);
        double deviceCompliance = antiConsolidation ? 0 : r * DEVICE_COMPLIANCE_USD_PER_MTOK;
        double cloudHhi = cloudHhi(r, antiConsolidation);
        // Growth paths x(t) = x0 (1 + g)^elapsed as x0 exp(elapsed ln(1 + g)), logarithms taken once:
        // an exponential costs about half a pow, and the loop needs several a step.
        double lnNpu = Math.log(s.npuThroughput());
        double lnHistoryNpu = Math.log(Math.min(s.npuThroughput(), HISTORICAL_NPU_TOPS));
        double lnNpuGrowth = Math.log1p(s.rate(Parameter.NPU_GROWTH));
        double lnTaskGrowth = Math.log1p(s.rate(Parameter.TASK_SIZE_GROWTH));
        double lnCostTrend = Math.log1p(-s.rate(Parameter.CLOUD_COST_DECLINE));
        double lnDemandGrowth = Math.log1p(s.rate(Parameter.INFERENCE_DEMAND_GROWTH));
        double lnDeviceModelPerMedianTask = Math.log(BILLION_PARAMS_PER_TOPS / MEDIAN_TASK_BILLION_PARAMS);
        double cycleDecay = Math.exp(-cycle / ADOPTION_WIDTH_YEARS);

        for (int k = 0; k < years.length; k++) {
            double t = years[k];
            double elapsed = t - Halving.START_YEAR;

            // Installed base: devices bought uniformly over the last replacement cycle.
            double capable = capableShare(t, cycle, cycleDecay);
            // The installed devices were bought evenly over the last cycle; their typical capability is
            // the mean of ln TOPS over that window (a geometric mean), so a new generation enters it
            // in proportion to its share of the base. ln TOPS is linear in the purchase date on each
            // side of 2025, so each side's mean is its value at the middle of its part of the window.
            double lnTops;
            if (elapsed >= cycle) {
                lnTops = lnNpu + (elapsed - cycle / 2) * lnNpuGrowth;
            } else if (elapsed <= 0) {
                lnTops = lnHistoryNpu + (elapsed - cycle / 2) * LN_HISTORICAL_NPU_GROWTH;
            } else {
                double after = elapsed / cycle; // share of the base bought since 2025
                lnTops = (1 - after) * (lnHistoryNpu + (elapsed - cycle) / 2 * LN_HISTORICAL_NPU_GROWTH)
                        + after * (lnNpu + elapsed / 2 * lnNpuGrowth);
            }
            double typicalTops = Math.exp(lnTops);
            // taskFit(device model / median task) with the ratio's logarithm built from the logs above:
            // device model = 0.2 x TOPS billion parameters, median task = 20 x (1 + taskSizeGrowth)^elapsed.
            double lnRelativeSize = lnTops + lnDeviceModelPerMedianTask - elapsed * lnTaskGrowth;
            double fits = StandardNormal.cdf(lnRelativeSize * (1 / TASK_SIZE_SHAPE));

            // Costs per million tokens. (Here and below, a division by a constant is written as a
            // multiplication by its reciprocal, which the compiler folds: a division costs several.)
            double trend = Math.exp(elapsed * lnCostTrend);
            double gpuJoules = GPU_J_PER_TOKEN * trend * pue;
            double cloudEnergyUsd = gpuJoules * (1e6 / JOULES_PER_KWH) * s.electricityPrice();
            double cloudCost = (cloudEnergyUsd + GPU_CAPITAL_USD_PER_MTOK * trend) * (1 + PROVIDER_MARGIN);
            double fetchUsd = 1e6 * FETCH_J_PER_TOKEN / JOULES_PER_KWH * residential;
            // Generation is bound by memory bandwidth more than by TOPS: energy per token falls with sqrt(TOPS).
            double deviceJoules = DEVICE_J_PER_TOKEN_AT_40_TOPS * Math.sqrt(HISTORICAL_NPU_TOPS / typicalTops);
            double edgeCost = deviceJoules * (1e6 / JOULES_PER_KWH) * residential + deviceCompliance;

            // Logit choice among tasks that can run on either side.
            double advantage = (cloudCost + fetchUsd) - edgeCost + privacyValue;
            double preference = 1 / (1 + Math.exp(-advantage * (1 / CHOICE_SPREAD_USD_PER_MTOK)));
            double edge = capable * fits * preference;

            double controllersHhi = (1 - edge) * (1 - edge) * cloudHhi + edge * edge * (10_000 / DEVICE_OWNERS);
            double controllers = Concentration.effectiveNumber(controllersHhi);
            double tokens = TOKENS_PER_YEAR_2025 * Math.exp(elapsed * lnDemandGrowth);
            double cloudJoules = gpuJoules + FETCH_J_PER_TOKEN;

            out[Output.EDGE_SHARE.ordinal()][k] = edge;
            out[Output.CLOUD_SHARE.ordinal()][k] = 1 - edge;
            out[Output.CAPABLE_DEVICE_SHARE.ordinal()][k] = capable;
            out[Output.TASK_FIT_SHARE.ordinal()][k] = fits;
            out[Output.DEVICE_PREFERENCE.ordinal()][k] = preference;
            out[Output.CLOUD_COST.ordinal()][k] = cloudCost;
            out[Output.EDGE_COST.ordinal()][k] = edgeCost;
            out[Output.CLOUD_ENERGY_PER_TOKEN.ordinal()][k] = cloudJoules;
            out[Output.DEVICE_ENERGY_PER_TOKEN.ordinal()][k] = deviceJoules;
            out[Output.INFERENCE_DEMAND.ordinal()][k] = tokens * 1e-12;
            out[Output.CLOUD_HHI.ordinal()][k] = cloudHhi;
            out[Output.INFERENCE_CONTROLLERS.ordinal()][k] = controllers;
            out[Output.AI_ENERGY.ordinal()][k] = tokens * (edge * deviceJoules + (1 - edge) * cloudJoules) * (1 / JOULES_PER_TWH);
            out[Output.EDGE_DECENTRALIZATION.ordinal()][k] = Concentration.decentralizationIndex(controllers);
            out[Output.TYPICAL_DEVICE_TOPS.ordinal()][k] = typicalTops;
        }
    }

    /**
     * Share of tasks no bigger than {@code relativeSize} times the median task: task sizes relative to
     * the median are log-normal with median 1 and shape {@link #TASK_SIZE_SHAPE}, so this is
     * Φ(ln(relativeSize) / shape).
     */
    static double taskFit(double relativeSize) {
        return StandardNormal.cdf(Math.log(relativeSize) / TASK_SIZE_SHAPE);
    }

    /**
     * TOPS of a mainstream device bought at a decimal year: the lever from the start year on, history
     * before. Same rule as mining's frontier: a lever above today's 40 TOPS is a new generation that
     * spreads as devices are replaced; a lever below it describes a world that far behind, so the
     * devices bought before 2025 are scaled down with it.
     */
    static double newDeviceTops(Scenario s, double year) {
        double elapsed = year - Halving.START_YEAR;
        if (elapsed >= 0) {
            return s.npuThroughput() * Math.pow(1 + s.rate(Parameter.NPU_GROWTH), elapsed);
        }
        double atStart = Math.min(s.npuThroughput(), HISTORICAL_NPU_TOPS);
        return atStart * Math.pow(1 + HISTORICAL_NPU_GROWTH, elapsed);
    }

    /**
     * AI-capable share of the installed base: the average, over the devices bought in the last
     * replacement cycle, of the logistic AI-capable share of sales. The integral of a logistic is
     * width x softplus, so this is exact.
     */
    static double capableShare(double year, double cycleYears) {
        return capableShare(year, cycleYears, Math.exp(-cycleYears / ADOPTION_WIDTH_YEARS));
    }

    /** As above, given cycleDecay = exp(-cycleYears / width), which a run computes once. */
    static double capableShare(double year, double cycleYears, double cycleDecay) {
        double w = ADOPTION_WIDTH_YEARS;
        double upper = (year - ADOPTION_MIDPOINT) / w;
        double lower = (year - cycleYears - ADOPTION_MIDPOINT) / w;
        double integral;
        if (upper > 30) {
            integral = softplus(upper) - softplus(lower);
        } else {
            // softplus(u) - softplus(l) = ln((1 + e^u) / (1 + e^l)): one logarithm instead of two, and
            // e^l = e^u x cycleDecay, one exponential instead of two (speed).
            double eUpper = Math.exp(upper);
            integral = Math.log((1 + eUpper) / (1 + eUpper * cycleDecay));
        }
        return Math.max(0, Math.min(1, w * integral / cycleYears));
    }

    private static double softplus(double x) {
        return x > 30 ? x : Math.log1p(Math.exp(x));
    }

    /** HHI of cloud inference providers after regulation moves share away from big or small providers. */
    static double cloudHhi(double r, boolean antiConsolidation) {
        double bigScale = antiConsolidation ? 1 - BIG_PROVIDER_CAP * r : 1;
        double otherScale = antiConsolidation ? 1 : 1 - SMALL_PROVIDER_LOSS * r;
        double bigTotal = 0;
        double[] big = new double[BIG_PROVIDER_SHARES.length];
        for (int i = 0; i < big.length; i++) {
            big[i] = BIG_PROVIDER_SHARES[i] * bigScale;
            bigTotal += big[i];
        }
        double others = (1 - sum(BIG_PROVIDER_SHARES)) * otherScale;
        double total = bigTotal + others;
        double sumSquares = 0;
        for (double b : big) {
            sumSquares += (b / total) * (b / total);
        }
        double each = others / total / OTHER_PROVIDERS;
        sumSquares += OTHER_PROVIDERS * each * each;
        return 10_000 * sumSquares;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
