package org.divergence.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.divergence.model.History;
import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Projection;

/**
 * Every chart of Divergence, described once: the headline decentralization chart, five mining
 * detail charts and three edge-AI detail charts, with the recorded points each can show. The window,
 * the figure export and the command line all take their charts from here.
 */
public final class Charts {

    public static final ChartSpec HEADLINE = new ChartSpec("headline",
            "Decentralization: Bitcoin mining vs edge AI",
            "Index = 25 × log10(effective number of independent operators): "
                    + "0 = one operator, 25 = 10, 50 = 100, 75 = 1,000 equal operators",
            false, AxisSpec.fixed("Index (0-100)", 100, 20),
            List.of(SeriesSpec.of("Bitcoin mining", Role.MINING, Output.MINING_DECENTRALIZATION),
                    SeriesSpec.of("Edge AI", Role.EDGE_AI, Output.EDGE_DECENTRALIZATION)),
            new ValueFormat("%.1f", ""), false, true);

    public static final ChartSpec MINING_SHARES = new ChartSpec("mining-shares", "Hashrate share by class", "",
            true, AxisSpec.fixed("Share (%)", 100, 20), classSeries(true), new ValueFormat("%.1f", "%"), true, false);

    public static final ChartSpec NAKAMOTO = new ChartSpec("nakamoto", "Nakamoto coefficient", "",
            false, AxisSpec.fromZeroWhole("Operators"),
            List.of(SeriesSpec.of("Nakamoto coefficient", Role.MINING, Output.MINING_NAKAMOTO)),
            new ValueFormat("%.0f", "operators"), true, false);

    public static final ChartSpec BREAK_EVEN = new ChartSpec("breakeven", "Break-even power price", "",
            false, AxisSpec.fromZero("USD/kWh"), breakEvenSeries(), new ValueFormat("%.3f", "USD/kWh"), true, false);

    public static final ChartSpec INFERENCE_SHARES = new ChartSpec("inference-shares", "Where AI inference runs", "",
            true, AxisSpec.fixed("Share (%)", 100, 20),
            List.of(SeriesSpec.percent("On devices", Role.DEVICE, Output.EDGE_SHARE),
                    SeriesSpec.percent("In the cloud", Role.CLOUD, Output.CLOUD_SHARE)),
            new ValueFormat("%.1f", "%"), false, false);

    public static final ChartSpec TOKEN_COST = new ChartSpec("token-cost", "Cost per million tokens (log scale)", "",
            false, AxisSpec.decades("USD/Mtok"),
            List.of(SeriesSpec.of("On devices", Role.DEVICE, Output.EDGE_COST),
                    SeriesSpec.of("In the cloud", Role.CLOUD, Output.CLOUD_COST)),
            new ValueFormat("%.3g", "USD/Mtok"), false, false);

    public static final ChartSpec HASHRATE = new ChartSpec("hashrate", "Network hashrate (log scale)", "",
            false, AxisSpec.decades("EH/s"),
            List.of(SeriesSpec.of("Network hashrate", Role.MINING, Output.NETWORK_HASHRATE)),
            new ValueFormat("%.3g", "EH/s"), true, false);

    // The legend says what each counts (docs/MODEL.md, section 3.9): the index counts owners of
    // machines; a pool coordinates blocks for many owners, who can switch pools. (No subtitle: the
    // detail row keeps its plots readable in small windows.)
    public static final ChartSpec POOLS = new ChartSpec("pools", "Three largest: operators and pools", "",
            false, AxisSpec.fixed("Share (%)", 100, 20),
            List.of(SeriesSpec.percent("Three largest owners of machines (model)", Role.MINING, Output.MINING_TOP3_SHARE)),
            new ValueFormat("%.1f", "%"), false, false);

    public static final ChartSpec DEVICE_TOPS = new ChartSpec("device-tops", "Device NPU throughput (log scale)", "",
            false, AxisSpec.decades("TOPS"),
            List.of(SeriesSpec.of("Typical installed device", Role.DEVICE, Output.TYPICAL_DEVICE_TOPS)),
            new ValueFormat("%.3g", "TOPS"), false, false);

    /** The mining detail charts, left to right. */
    public static final List<ChartSpec> MINING_DETAIL = List.of(MINING_SHARES, NAKAMOTO, BREAK_EVEN, HASHRATE, POOLS);
    /** The edge-AI detail charts, left to right. */
    public static final List<ChartSpec> EDGE_DETAIL = List.of(INFERENCE_SHARES, TOKEN_COST, DEVICE_TOPS);
    /**
     * The rows of the exported dashboard (all charts in one figure): the charts the story needs, three
     * and two to a row so each stays legible in print; the others export one by one.
     */
    public static final List<ChartSpec> DASHBOARD_MINING = List.of(MINING_SHARES, NAKAMOTO, BREAK_EVEN);
    public static final List<ChartSpec> DASHBOARD_EDGE = List.of(INFERENCE_SHARES, TOKEN_COST);
    /** Every chart, headline first. */
    public static final List<ChartSpec> ALL = List.of(HEADLINE, MINING_SHARES, NAKAMOTO, BREAK_EVEN, HASHRATE, POOLS,
            INFERENCE_SHARES, TOKEN_COST, DEVICE_TOPS);

    private Charts() {}

    public static Optional<ChartSpec> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(ChartSpec::id).toList();
    }

    /** The recorded points a chart can show beside the model's lines (assets/history), empty for a chart with none. */
    public static List<HistoryPoints> history(ChartSpec spec) {
        return HISTORY.getOrDefault(spec.id(), List.of());
    }

    /** Read once from the shipped files. */
    private static final java.util.Map<String, List<HistoryPoints>> HISTORY = readHistory();

    private static java.util.Map<String, List<HistoryPoints>> readHistory() {
        java.util.Map<String, List<HistoryPoints>> byId = new java.util.HashMap<>();
        for (ChartSpec spec : ALL) {
            List<HistoryPoints> points = recorded(spec);
            if (!points.isEmpty()) {
                byId.put(spec.id(), points);
            }
        }
        return java.util.Map.copyOf(byId);
    }

    private static List<HistoryPoints> recorded(ChartSpec spec) {
        if (spec == HASHRATE) {
            History.Table t = History.table("network-hashrate.csv");
            return List.of(new HistoryPoints("Recorded (Blockchain.com)", Role.MINING, t.column("year"),
                    t.column("hashrate_ehs"), t.sourceUrl(), false));
        }
        if (spec == POOLS) {
            History.Table t = History.table("pool-shares.csv");
            return List.of(new HistoryPoints("Three largest pools, each many owners (recorded)", Role.REFERENCE,
                    midYears(t.column("year")),
                    percent(t.column("top3")), t.sourceUrl(), true));
        }
        if (spec == NAKAMOTO) {
            History.Table t = History.table("pool-shares.csv");
            return List.of(new HistoryPoints("Pools (recorded)", Role.REFERENCE, midYears(t.column("year")),
                    poolNakamoto(t.column("largest_share"), t.column("top2"), t.column("top3")), t.sourceUrl(), false));
        }
        if (spec == DEVICE_TOPS) {
            History.Table t = History.table("npu-tops.csv");
            return List.of(new HistoryPoints("Flagship chips (recorded)", Role.DEVICE, midYears(t.column("year")),
                    t.column("tops"), t.sourceUrl(), false));
        }
        return List.of();
    }

    /** A yearly figure describes the whole year: drawn at its middle. */
    private static double[] midYears(double[] years) {
        double[] mid = years.clone();
        for (int i = 0; i < mid.length; i++) {
            mid[i] += 0.5;
        }
        return mid;
    }

    private static double[] percent(double[] shares) {
        double[] v = shares.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= 100;
        }
        return v;
    }

    /** Fewest pools holding more than half, from the shares of the largest one, two and three. */
    private static double[] poolNakamoto(double[] largest, double[] top2, double[] top3) {
        double[] v = new double[largest.length];
        for (int i = 0; i < v.length; i++) {
            // Where even the three largest hold no majority the file cannot say how many do: no point.
            v[i] = largest[i] > 0.5 ? 1 : top2[i] > 0.5 ? 2 : top3[i] > 0.5 ? 3 : Double.NaN;
        }
        return v;
    }

    private static List<SeriesSpec> classSeries(boolean shares) {
        List<SeriesSpec> series = new ArrayList<>();
        for (OperatorClass c : OperatorClass.values()) {
            series.add(shares ? SeriesSpec.percent(c.label(), role(c), c.shareOutput())
                    : SeriesSpec.of(c.label(), role(c), c.breakevenOutput()));
        }
        return series;
    }

    private static List<SeriesSpec> breakEvenSeries() {
        List<SeriesSpec> series = new ArrayList<>(classSeries(false));
        series.add(SeriesSpec.reference("Headline price", Role.REFERENCE, Charts::headlinePrice));
        return series;
    }

    /** The electricity price lever, flat over the horizon: what the classes' break-evens are compared with. */
    private static double[] headlinePrice(Projection p) {
        double[] v = new double[p.steps()];
        java.util.Arrays.fill(v, p.scenario().electricityPrice());
        return v;
    }

    private static Role role(OperatorClass c) {
        return switch (c) {
            case HOME -> Role.HOME;
            case SMALL_FARM -> Role.SMALL_FARM;
            case INDUSTRIAL -> Role.INDUSTRIAL;
            case HYPERSCALE -> Role.HYPERSCALE;
        };
    }
}
