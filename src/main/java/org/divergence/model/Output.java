package org.divergence.model;

/**
 * Every series a {@link Projection} holds, with its CSV column name, label and unit.
 * Charts, the summary sentence and the CSV export all read series through this table.
 */
public enum Output {
    // --- Bitcoin network ------------------------------------------------------------------
    BTC_PRICE("btc_price_usd", "BTC price", "USD"),
    BLOCK_SUBSIDY("block_subsidy_btc", "Block subsidy", "BTC"),
    NETWORK_HASHRATE("network_hashrate_ehs", "Network hashrate", "EH/s"),
    HASHPRICE("hashprice_usd_per_th_day", "Hashprice", "USD/TH/day"),
    BREAKEVEN_EFFICIENCY("breakeven_efficiency_j_per_th", "Break-even efficiency at the headline price", "J/TH"),
    BREAKEVEN_PRICE_HOME("breakeven_price_home_usd_per_kwh", "Break-even power price, home miners", "USD/kWh"),
    BREAKEVEN_PRICE_SMALL_FARM("breakeven_price_small_farm_usd_per_kwh", "Break-even power price, small farms", "USD/kWh"),
    BREAKEVEN_PRICE_INDUSTRIAL("breakeven_price_industrial_usd_per_kwh", "Break-even power price, industrial", "USD/kWh"),
    BREAKEVEN_PRICE_HYPERSCALE("breakeven_price_hyperscale_usd_per_kwh", "Break-even power price, hyperscale", "USD/kWh"),
    SHARE_HOME("hashrate_share_home", "Hashrate share, home miners", "0-1"),
    SHARE_SMALL_FARM("hashrate_share_small_farm", "Hashrate share, small farms", "0-1"),
    SHARE_INDUSTRIAL("hashrate_share_industrial", "Hashrate share, industrial", "0-1"),
    SHARE_HYPERSCALE("hashrate_share_hyperscale", "Hashrate share, hyperscale", "0-1"),
    MINING_HHI("mining_hhi", "Mining HHI", "0-10,000"),
    MINING_EFFECTIVE_OPERATORS("mining_effective_operators", "Effective number of mining operators", "operators"),
    MINING_NAKAMOTO("mining_nakamoto_coefficient", "Nakamoto coefficient", "operators"),
    MINING_TOP3_SHARE("mining_top3_share", "Hashrate share of the three largest operators", "0-1"),
    MINING_ENERGY("mining_energy_twh", "Mining energy use", "TWh/yr"),
    MINING_DECENTRALIZATION("mining_decentralization_index", "Mining decentralization index", "0-100"),

    // --- Edge AI ------------------------------------------------------------------------------
    EDGE_SHARE("edge_inference_share", "Share of inference on devices", "0-1"),
    CLOUD_SHARE("cloud_inference_share", "Share of inference in the cloud", "0-1"),
    CAPABLE_DEVICE_SHARE("capable_device_share", "AI-capable share of installed devices", "0-1"),
    TASK_FIT_SHARE("task_fit_share", "Share of tasks a capable device can run", "0-1"),
    DEVICE_PREFERENCE("device_preference_share", "Share of runnable tasks users keep on device", "0-1"),
    CLOUD_COST("cloud_cost_usd_per_mtok", "Cloud cost per million tokens", "USD/Mtok"),
    EDGE_COST("edge_cost_usd_per_mtok", "On-device cost per million tokens", "USD/Mtok"),
    CLOUD_ENERGY_PER_TOKEN("cloud_energy_j_per_token", "Energy per token, cloud (incl. fetch)", "J/token"),
    DEVICE_ENERGY_PER_TOKEN("device_energy_j_per_token", "Energy per token, on device", "J/token"),
    INFERENCE_DEMAND("inference_demand_trillion_tokens", "Inference demand", "trillion tokens/yr"),
    CLOUD_HHI("cloud_hhi", "Cloud provider HHI", "0-10,000"),
    INFERENCE_CONTROLLERS("inference_effective_controllers", "Effective number of controllers of inference", "controllers"),
    AI_ENERGY("ai_inference_energy_twh", "AI inference energy use", "TWh/yr"),
    EDGE_DECENTRALIZATION("edge_decentralization_index", "Edge-AI decentralization index", "0-100"),

    // --- added in model 1.2 (appended, so earlier columns keep their place) ------------------------
    MINING_FLEET_EFFICIENCY("mining_fleet_efficiency_j_per_th", "Average efficiency of the running fleet", "J/TH"),
    TYPICAL_DEVICE_TOPS("typical_device_tops", "NPU throughput of the typical installed device", "TOPS");

    private final String column;
    private final String label;
    private final String unit;

    Output(String column, String label, String unit) {
        this.column = column;
        this.label = label;
        this.unit = unit;
    }

    /** Column name in CSV exports (snake_case with the unit). */
    public String column() { return column; }
    public String label() { return label; }
    public String unit() { return unit; }
}
