package org.divergence.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every numeric input of the model: key, unit, default, allowed range and public source.
 * The window, the scenario file, the command line and docs/MODEL.md all read this one table,
 * so a parameter is described once. Percentages are stored as percent (20 means 20 %).
 */
public enum Parameter {
    // --- the four headline levers -------------------------------------------------------
    ELECTRICITY_PRICE("electricityPrice", "Electricity price", "USD/kWh", ParameterGroup.LEVERS,
            0.05, 0.01, 0.30, 0.005,
            "Price large miners and data centers pay for power. Higher prices squeeze margins; only the cheapest, newest fleets keep running.",
            "CBECI assumes a constant 0.05 USD/kWh (Cambridge Centre for Alternative Finance, methodology 2024); US EIA 2023 industrial average 5.9-6.6 cents in the large mining states. (docs/MODEL.md [R23], [R24])"),
    ASIC_EFFICIENCY("asicEfficiency", "ASIC efficiency", "J/TH", ParameterGroup.LEVERS,
            17.5, 5, 100, 0.5,
            "Energy per terahash of the newest widely available mining machine (lower is better). A machine better than today's reaches the operators with the most capital first; a worse value describes a world that far behind.",
            "Bitmain Antminer S21 specification: 17.5 J/TH (2024). S19 Pro 29.5, S19 XP 21.5, S21 Pro 15, S21 XP 13.5. (docs/MODEL.md [R6])"),
    NPU_THROUGHPUT("npuThroughput", "NPU throughput", "TOPS", ParameterGroup.LEVERS,
            40, 1, 500, 1,
            "Neural-processor throughput of a mainstream new consumer device. More TOPS lets bigger AI tasks run on people's own devices.",
            "Microsoft Copilot+ PC requirement: more than 40 TOPS (May 2024). Apple M4 38, Snapdragon X Elite 45, Intel Lunar Lake 48, AMD Ryzen AI 300 50. (docs/MODEL.md [R15]-[R19])"),
    REGULATION_STRENGTH("regulationStrength", "Regulation strength", "%", ParameterGroup.LEVERS,
            20, 0, 100, 1,
            "How hard regulation bites, 0 (none) to 100 % (the strongest modelled). What it does depends on the regulation design (advanced).",
            "Model assumption: 20 % stands for today's patchwork (GDPR data minimisation, EU AI Act, a few mining-specific rules). (docs/MODEL.md [R31])"),

    // --- Bitcoin network --------------------------------------------------------------------
    BTC_PRICE("btcPrice", "BTC price at start", "USD", ParameterGroup.BITCOIN,
            95_000, 1_000, 10_000_000, 1_000,
            "Bitcoin price at the start of the horizon (1 January 2025).",
            "Market close around 1 January 2025 (about 93,000-95,000 USD, CoinMarketCap daily history). (docs/MODEL.md [R5])"),
    BTC_PRICE_DRIFT("btcPriceDrift", "BTC price drift", "%/yr", ParameterGroup.BITCOIN,
            0, -50, 100, 1,
            "Yearly change of the BTC price. 0 keeps today's price: the model does not forecast markets.",
            "Model assumption (neutral): no public source forecasts the price; the user chooses a view."),
    FEES_PER_BLOCK("feesPerBlock", "Fees per block", "BTC", ParameterGroup.BITCOIN,
            0.036, 0, 10, 0.001,
            "Average transaction fees per block, paid to miners on top of the subsidy.",
            "About 0.036 BTC per block on average in 2025 (mempool.space / Blockchain.com fee statistics), well under a few percent of miner revenue. (docs/MODEL.md [R2], [R4])"),
    START_HASHRATE("startHashrate", "Network hashrate at start", "EH/s", ParameterGroup.BITCOIN,
            800, 10, 100_000, 10,
            "Installed mining capacity on 1 January 2025 (a projection that starts earlier starts from the recorded hashrate instead).",
            "About 800 EH/s at the start of 2025 and 810 EH/s in March 2025 (Blockchain.com / mempool.space hashrate estimates). (docs/MODEL.md [R2], [R3])"),
    ASIC_IMPROVEMENT("asicImprovement", "ASIC efficiency gain", "%/yr", ParameterGroup.BITCOIN,
            12, 0, 50, 1,
            "Yearly fall in J/TH of new mining machines.",
            "Antminer S19 Pro 29.5 J/TH (2020) to S21 17.5 J/TH (2024): about 12 %/yr (Bitmain specifications). (docs/MODEL.md [R6])"),
    HARDWARE_COST("hardwareCost", "Mining hardware cost", "USD/TH", ParameterGroup.BITCOIN,
            15, 1, 200, 1,
            "Price of new mining hardware per TH/s. It is written off over four years, and each operator class also pays interest on it at its own cost of capital.",
            "Antminer S21 (200 TH/s) retailed near 3,000 USD in 2025 (Hashrate Index ASIC price index: about 15 USD/TH). (docs/MODEL.md [R7])"),

    // --- Mining operators --------------------------------------------------------------------
    HOME_POWER_PREMIUM("homePowerPremium", "Home miner power premium", "x", ParameterGroup.MINING_OPERATORS,
            1.6, 1, 10, 0.05,
            "How many times the headline price home miners pay for power.",
            "Home miners who mine at all use off-peak, solar or heat-reuse power near 8 cents/kWh, against a 14.5-29.5 cent residential average (US EIA 2023): 1.6 x 5 cents. (docs/MODEL.md [R24])"),
    SMALL_FARM_POWER_PREMIUM("smallFarmPowerPremium", "Small farm power premium", "x", ParameterGroup.MINING_OPERATORS,
            1.25, 1, 5, 0.05,
            "How many times the headline price small farms pay for power.",
            "Commercial tariffs without long-term power purchase agreements (US EIA 2023 commercial vs industrial averages). (docs/MODEL.md [R24])"),
    HOME_VINTAGE("homeVintage", "Home miner hardware age", "years", ParameterGroup.MINING_OPERATORS,
            4, 0, 10, 0.5,
            "Average age of the machines home miners run (they buy used or keep machines longer).",
            "Model assumption: second-hand S19-class machines (2020-21) dominate hobby mining (Hashrate Index resale market reports). (docs/MODEL.md [R7])"),
    SMALL_FARM_VINTAGE("smallFarmVintage", "Small farm hardware age", "years", ParameterGroup.MINING_OPERATORS,
            2.5, 0, 10, 0.5,
            "Average age of small farms' machines.",
            "Model assumption between home and industrial fleets."),
    INDUSTRIAL_VINTAGE("industrialVintage", "Industrial hardware age", "years", ParameterGroup.MINING_OPERATORS,
            1.5, 0, 10, 0.5,
            "Average age of industrial miners' machines.",
            "Listed miners report fleet efficiencies of 19-24 J/TH in 2025 (company 10-K filings), about 1.5 years behind the newest machine."),
    HYPERSCALE_VINTAGE("hyperscaleVintage", "Hyperscale hardware age", "years", ParameterGroup.MINING_OPERATORS,
            0.5, 0, 10, 0.5,
            "Average age of the largest operators' machines (they buy each new generation first).",
            "Largest listed miners report fleets near 17-19 J/TH in 2025 (company filings)."),

    // --- Edge AI and devices -------------------------------------------------------------------
    INFERENCE_DEMAND_GROWTH("inferenceDemandGrowth", "Inference demand growth", "%/yr", ParameterGroup.EDGE_AI,
            40, 0, 300, 5,
            "Yearly growth of AI inference tokens served.",
            "Google reported 480 trillion tokens a month in May 2025, 50 times a year earlier; 40 %/yr assumes growth settles far below that. (docs/MODEL.md [R12])"),
    TASK_SIZE_GROWTH("taskSizeGrowth", "Task size growth", "%/yr", ParameterGroup.EDGE_AI,
            15, 0, 100, 1,
            "Yearly growth of the model size a typical task needs (people ask more of AI over time).",
            "Model assumption; the median task is calibrated to need a 20-billion-parameter model in 2025."),
    NPU_GROWTH("npuGrowth", "NPU growth", "%/yr", ParameterGroup.EDGE_AI,
            25, 0, 100, 1,
            "Yearly growth of NPU throughput in new mainstream devices.",
            "Apple M1 11 TOPS (2020) to M4 38 TOPS (2024) is 36 %/yr; 25 %/yr assumes some slowing. (docs/MODEL.md [R15])"),
    DEVICE_REPLACEMENT("deviceReplacement", "Device replacement cycle", "years", ParameterGroup.EDGE_AI,
            4, 1, 10, 0.5,
            "How long people keep a phone or PC; new NPU capability spreads through the installed base at this pace.",
            "Average replacement cycles: smartphones about 3 years, PCs about 5 years (Counterpoint, IDC 2024)."),
    RESIDENTIAL_PRICE("residentialPrice", "Residential power price", "USD/kWh", ParameterGroup.EDGE_AI,
            0.16, 0.02, 0.60, 0.01,
            "Price people pay for the power their devices use for on-device inference.",
            "US EIA average residential price 2024: 16.5 cents/kWh (14.5 Texas to 29.5 California in 2023). (docs/MODEL.md [R24])"),
    PRIVACY_VALUE("privacyValue", "Privacy and latency value", "USD/Mtok", ParameterGroup.EDGE_AI,
            0.10, 0, 5, 0.01,
            "What users value keeping a million tokens of inference on their own device (privacy, latency, offline use).",
            "Model assumption of the same order as small-model cloud prices (0.15-0.60 USD per million tokens, 2024-25). (docs/MODEL.md [R27])"),

    // --- Cloud inference ------------------------------------------------------------------------
    CLOUD_COST_DECLINE("cloudCostDecline", "Cloud cost decline", "%/yr", ParameterGroup.CLOUD,
            30, 0, 90, 1,
            "Yearly fall in cloud cost per token at equal capability (better chips, better serving).",
            "Price for equal capability fell about tenfold a year in 2021-24 (Epoch AI; a16z 'LLMflation'); 30 %/yr assumes it slows. (docs/MODEL.md [R27])"),
    DATA_CENTER_PUE("dataCenterPue", "Data-center PUE", "x", ParameterGroup.CLOUD,
            1.2, 1.0, 3.0, 0.05,
            "Power usage effectiveness: total facility power over IT power.",
            "Hyperscale AI data centers report 1.1-1.2 (Google 2024 fleet 1.10); industry average 1.56 (Uptime Institute 2024). (docs/MODEL.md [R29])"),

    // --- Regulation ---------------------------------------------------------------------------
    COMPLIANCE_COST("complianceCost", "Compliance cost per operator", "USD/yr", ParameterGroup.REGULATION,
            25_000, 0, 10_000_000, 1_000,
            "Yearly fixed cost of licensing and reporting per operator at full regulation strength (compliance-burden design).",
            "Model assumption; NYDFS BitLicense application fee 5,000 USD plus compliance staff and audits. (docs/MODEL.md [R32])"),
    ANTI_CONSOLIDATION_SURCHARGE("antiConsolidationSurcharge", "Anti-consolidation surcharge", "%", ParameterGroup.REGULATION,
            50, 0, 200, 5,
            "Extra operating cost on the largest operators at full regulation strength (anti-consolidation design); half of it on industrial operators.",
            "Model assumption, of the order of progressive large-load tariffs proposed for data centers and mining (e.g. Texas SB 6, 2025). (docs/MODEL.md [R30])"),

    // --- Horizon -----------------------------------------------------------------------------
    END_YEAR("endYear", "Horizon end", "year", ParameterGroup.HORIZON,
            2040, 2026, 2050, 1,
            "Last year of the projection, on 1 January.",
            "Model choice: 2025-2040 spans the 2028, 2032 and 2036 halvings and almost four 4-year lives of mining machines (written off over four years) and consumer devices (replaced every four years by default). Ends up to 2050 reach the 2040, 2044 and 2048 halvings."),
    STEPS_PER_YEAR("stepsPerYear", "Steps per year", "steps", ParameterGroup.HORIZON,
            4, 1, 12, 1,
            "Time steps per year (4 = quarterly).",
            "Model choice: quarterly steps show each halving within a quarter year of its date. Mining capacity never moves more than a quarter year per step, so 1, 2 and 4 steps agree at the dates they share; monthly steps change the presets' yearly values by under 2 % (mining HHI) and 6 % (hashrate), edge AI not at all."),
    START_YEAR("startYear", "Projection start", "year", ParameterGroup.HORIZON,
            2025, History.FIRST_YEAR, 2025, 1,
            "First year of the projection, on 1 January. Before 2025 the recorded BTC price, fees and machine releases drive the model, which starts from the recorded hashrate: a backcast to compare with history.",
            "Model choice: 2025 starts from today's assumptions. Earlier starts use the series in assets/history (Blockchain.com hashrate, CoinMarketCap price, fee averages, Bitmain release dates); docs/MODEL.md, section 13, reports how well 2016-2025 is reproduced. (docs/MODEL.md [R3]-[R6])"),

    // --- Uncertainty (the Monte Carlo bands; the central projection does not read these) -----
    BTC_PRICE_VOLATILITY("btcPriceVolatility", "BTC price volatility", "%/yr", ParameterGroup.UNCERTAINTY,
            50, 0, 200, 5,
            "Yearly volatility of the BTC price in the uncertainty bands: the price follows a geometric random walk around the drift. It does not move the central line.",
            "Realised volatility (annualised standard deviation of daily log returns) compressed to 40-55 % in 2023-24, against 120-150 % at the 2017 peak and near 46 % over 2024 (Glassnode realised-volatility analysis, 2024)."),
    MONTE_CARLO_PATHS("monteCarloPaths", "Monte Carlo paths", "paths", ParameterGroup.UNCERTAINTY,
            500, 20, 10_000, 10,
            "How many random futures the uncertainty bands are drawn from. More paths give smoother bands and take longer.",
            "Model choice: with 500 paths the 10th and 90th percentiles of the 2040 decentralization indices move by 2-5 % of the band's width on average from one seed to another (at most 14 % in 20 seeds).");

    /** Enough for any value a person types; beyond this a double's binary noise would show. */
    private static final int MAX_SHOWN_DECIMALS = 10;
    /** The four headline levers, in the order the window shows them; the one list every part reads. */
    private static final List<Parameter> LEVERS = Arrays.stream(values()).filter(Parameter::isLever).toList();

    private final String key;
    private final String label;
    private final String unit;
    private final ParameterGroup group;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final double step;
    private final String description;
    private final String source;

    Parameter(String key, String label, String unit, ParameterGroup group,
              double defaultValue, double min, double max, double step,
              String description, String source) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.group = group;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.step = step;
        this.description = description;
        this.source = source;
    }

    public String key() { return key; }
    public String label() { return label; }

    /** The label inside a sentence: "electricity price", but "ASIC efficiency" and "NPU throughput" keep their capitals. */
    public String labelInSentence() {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
    public String unit() { return unit; }
    public ParameterGroup group() { return group; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    /** The precision the value is shown and snapped to. */
    public double step() { return step; }
    public String description() { return description; }
    public String source() { return source; }
    public boolean isLever() { return group.isLever(); }
    /** Whole numbers only (years, steps). */
    public boolean isInteger() {
        return this == END_YEAR || this == STEPS_PER_YEAR || this == START_YEAR || this == MONTE_CARLO_PATHS;
    }

    /** "electricityPrice must be between 0.01 and 0.3 USD/kWh". */
    public String rangeText() {
        return plain(min) + " and " + plain(max) + " " + unit;
    }

    /** A number with no exponent and no trailing zeros: 0.01, 10000000, 2.5. */
    public static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** The headline levers (electricity price, ASIC efficiency, NPU throughput, regulation strength), in order. */
    public static List<Parameter> levers() {
        return LEVERS;
    }

    /**
     * The one range rule: why {@code value} is not allowed for this parameter ("must be between 0.01
     * and 0.3 USD/kWh"), or empty when it is. Callers add what they got in their own terms ("got 5",
     * "got the text …"); the model, the file reader and the window all ask here.
     */
    public Optional<String> problem(double value) {
        if (!Double.isFinite(value)) {
            return Optional.of("must be a finite number between " + rangeText());
        }
        if (value < min || value > max) {
            return Optional.of("must be between " + rangeText());
        }
        if (isInteger() && value != Math.rint(value)) {
            return Optional.of("must be a whole number between " + rangeText());
        }
        return Optional.empty();
    }

    /** Throws with a message naming this parameter and its range unless the value is allowed. */
    public double check(double value) {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(key + " " + problem.get() + ", got "
                    + (Double.isFinite(value) ? plain(value) : String.valueOf(value)));
        }
        return value;
    }

    /** Rounds to the shown precision and clamps into range, so sliders never show 1.5874999999999877. */
    public double snap(double value) {
        double snapped = Math.round(value / step) * step;
        // Re-round through decimal digits to strip binary noise such as 0.15000000000000002.
        snapped = Double.parseDouble(String.format(Locale.ROOT, "%." + decimals() + "f", snapped));
        return Math.max(min, Math.min(max, snapped));
    }

    /** Number of decimals implied by the step (0.005 -> 3, 0.5 -> 1, 1000 -> 0). */
    public int decimals() {
        int d = 0;
        double s = step;
        while (d < 6 && Math.abs(s - Math.rint(s)) > 1e-9) {
            s *= 10;
            d++;
        }
        return d;
    }

    /**
     * The value as it is shown: at least the step's precision, more when the value has more (a typed
     * 0.123 stays 0.123 on a 0.005 step), never an exponent or grouping.
     */
    public String format(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        int own = new BigDecimal(Double.toString(value)).stripTrailingZeros().scale();
        int shown = Math.max(decimals(), Math.min(MAX_SHOWN_DECIMALS, own));
        return String.format(Locale.ROOT, "%." + shown + "f", value);
    }

    public static Optional<Parameter> byKey(String key) {
        for (Parameter p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
