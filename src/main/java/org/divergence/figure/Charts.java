package org.divergence.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.divergence.model.History;
import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Projection;
import org.divergence.text.Language;
import org.divergence.text.Text;

/**
 * Every chart of Divergence, described once: the headline decentralization chart, five mining
 * detail charts and three edge-AI detail charts, with the recorded points each can show. The window,
 * the figure export and the command line all take their charts from here.
 */
public final class Charts {

    public static final ChartSpec HEADLINE = headline(Text.ENGLISH);
    public static final ChartSpec MINING_SHARES = miningShares(Text.ENGLISH);
    public static final ChartSpec NAKAMOTO = nakamoto(Text.ENGLISH);
    public static final ChartSpec BREAK_EVEN = breakEven(Text.ENGLISH);
    public static final ChartSpec INFERENCE_SHARES = inferenceShares(Text.ENGLISH);
    public static final ChartSpec TOKEN_COST = tokenCost(Text.ENGLISH);

    public static final ChartSpec HASHRATE = hashrate(Text.ENGLISH);
    // The legend says what each counts (docs/MODEL.md, section 3.9): the index counts owners of
    // machines; a pool coordinates blocks for many owners, who can switch pools. (No subtitle: the
    // detail row keeps its plots readable in small windows.)
    public static final ChartSpec POOLS = pools(Text.ENGLISH);
    public static final ChartSpec DEVICE_TOPS = deviceTops(Text.ENGLISH);

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

    /** Every chart in every language the window speaks, headline first; English is {@link #ALL}. */
    private static final Map<Language, List<ChartSpec>> TRANSLATED = translations();
    /** The recorded points of each chart in each language (as {@link #in} gives it); read once from the shipped files. */
    private static final Map<ChartSpec, List<HistoryPoints>> HISTORY = readHistory();

    private Charts() {}

    /**
     * The same chart with its words in {@code text}'s language (title, axis, series, unit): the window
     * and its figures show these. The command line and CSV keep the English constants.
     */
    public static ChartSpec in(Text text, ChartSpec chart) {
        return TRANSLATED.get(text.language()).stream().filter(c -> c.id().equals(chart.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a chart of Divergence: " + chart.id()));
    }

    /** Every chart in {@code text}'s language, headline first. */
    public static List<ChartSpec> all(Text text) {
        return TRANSLATED.get(text.language());
    }

    private static Map<Language, List<ChartSpec>> translations() {
        Map<Language, List<ChartSpec>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Text t = Text.of(language);
            all.put(language, language == Language.ENGLISH ? ALL
                    : List.of(headline(t), miningShares(t), nakamoto(t), breakEven(t), hashrate(t), pools(t),
                            inferenceShares(t), tokenCost(t), deviceTops(t)));
        }
        return all;
    }

    private static ChartSpec headline(Text t) {
        return new ChartSpec("headline", t.get("chart.headline.title"), t.get("chart.headline.subtitle"),
                false, AxisSpec.fixed(t.get("chart.headline.axis"), 100, 20),
                List.of(SeriesSpec.of(t.get("chart.series.mining"), Role.MINING, Output.MINING_DECENTRALIZATION),
                        SeriesSpec.of(t.get("chart.series.edgeAi"), Role.EDGE_AI, Output.EDGE_DECENTRALIZATION)),
                new ValueFormat("%.1f", ""), false, true);
    }

    private static ChartSpec miningShares(Text t) {
        return new ChartSpec("mining-shares", t.get("chart.miningShares.title"), "", true,
                AxisSpec.fixed(t.get("chart.axis.sharePercent"), 100, 20), classSeries(t, true),
                new ValueFormat("%.1f", "%"), true, false);
    }

    private static ChartSpec nakamoto(Text t) {
        return new ChartSpec("nakamoto", t.get("chart.nakamoto.title"), "", false,
                AxisSpec.fromZeroWhole(t.get("chart.nakamoto.axis")),
                List.of(SeriesSpec.of(t.get("chart.nakamoto.title"), Role.MINING, Output.MINING_NAKAMOTO)),
                new ValueFormat("%.0f", t.get("chart.nakamoto.unit")), true, false);
    }

    private static ChartSpec breakEven(Text t) {
        return new ChartSpec("breakeven", t.get("chart.breakEven.title"), "", false, AxisSpec.fromZero("USD/kWh"),
                breakEvenSeries(t), new ValueFormat("%.3f", "USD/kWh"), true, false);
    }

    private static ChartSpec inferenceShares(Text t) {
        return new ChartSpec("inference-shares", t.get("chart.inferenceShares.title"), "", true,
                AxisSpec.fixed(t.get("chart.axis.sharePercent"), 100, 20),
                List.of(SeriesSpec.percent(t.get("chart.series.onDevices"), Role.DEVICE, Output.EDGE_SHARE),
                        SeriesSpec.percent(t.get("chart.series.inTheCloud"), Role.CLOUD, Output.CLOUD_SHARE)),
                new ValueFormat("%.1f", "%"), false, false);
    }

    private static ChartSpec tokenCost(Text t) {
        return new ChartSpec("token-cost", t.get("chart.tokenCost.title"), "", false, AxisSpec.decades("USD/Mtok"),
                List.of(SeriesSpec.of(t.get("chart.series.onDevices"), Role.DEVICE, Output.EDGE_COST),
                        SeriesSpec.of(t.get("chart.series.inTheCloud"), Role.CLOUD, Output.CLOUD_COST)),
                new ValueFormat("%.3g", "USD/Mtok"), false, false);
    }

    private static ChartSpec hashrate(Text t) {
        return new ChartSpec("hashrate", t.get("chart.hashrate.title"), "", false, AxisSpec.decades("EH/s"),
                List.of(SeriesSpec.of(t.get("chart.hashrate.series"), Role.MINING, Output.NETWORK_HASHRATE)),
                new ValueFormat("%.3g", "EH/s"), true, false);
    }

    private static ChartSpec pools(Text t) {
        return new ChartSpec("pools", t.get("chart.pools.title"), "", false,
                AxisSpec.fixed(t.get("chart.axis.sharePercent"), 100, 20),
                List.of(SeriesSpec.percent(t.get("chart.pools.series"), Role.MINING, Output.MINING_TOP3_SHARE)),
                new ValueFormat("%.1f", "%"), false, false);
    }

    private static ChartSpec deviceTops(Text t) {
        return new ChartSpec("device-tops", t.get("chart.deviceTops.title"), "", false, AxisSpec.decades("TOPS"),
                List.of(SeriesSpec.of(t.get("chart.deviceTops.series"), Role.DEVICE, Output.TYPICAL_DEVICE_TOPS)),
                new ValueFormat("%.3g", "TOPS"), false, false);
    }

    public static Optional<ChartSpec> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(ChartSpec::id).toList();
    }

    /**
     * The recorded points a chart can show beside the model's lines (assets/history), named in the
     * chart's language; empty for a chart with none.
     */
    public static List<HistoryPoints> history(ChartSpec spec) {
        return HISTORY.getOrDefault(spec, List.of());
    }

    private static Map<ChartSpec, List<HistoryPoints>> readHistory() {
        History.Table hashrate = History.table("network-hashrate.csv");
        History.Table pools = History.table("pool-shares.csv");
        History.Table tops = History.table("npu-tops.csv");
        Map<ChartSpec, List<HistoryPoints>> all = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            Text t = Text.of(language);
            all.put(in(t, HASHRATE), List.of(new HistoryPoints(t.get("history.hashrate"), Role.MINING,
                    hashrate.column("year"), hashrate.column("hashrate_ehs"), hashrate.sourceUrl(), false)));
            all.put(in(t, POOLS), List.of(new HistoryPoints(t.get("history.poolsTop3"), Role.REFERENCE,
                    midYears(pools.column("year")), percent(pools.column("top3")), pools.sourceUrl(), true)));
            all.put(in(t, NAKAMOTO), List.of(new HistoryPoints(t.get("history.poolsNakamoto"), Role.REFERENCE,
                    midYears(pools.column("year")), poolNakamoto(pools.column("largest_share"),
                            pools.column("top2"), pools.column("top3")), pools.sourceUrl(), false)));
            all.put(in(t, DEVICE_TOPS), List.of(new HistoryPoints(t.get("history.npuTops"), Role.DEVICE,
                    midYears(tops.column("year")), tops.column("tops"), tops.sourceUrl(), false)));
        }
        return Map.copyOf(all);
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

    private static List<SeriesSpec> classSeries(Text t, boolean shares) {
        List<SeriesSpec> series = new ArrayList<>();
        for (OperatorClass c : OperatorClass.values()) {
            series.add(shares ? SeriesSpec.percent(t.operatorClass(c), role(c), c.shareOutput())
                    : SeriesSpec.of(t.operatorClass(c), role(c), c.breakevenOutput()));
        }
        return series;
    }

    private static List<SeriesSpec> breakEvenSeries(Text t) {
        List<SeriesSpec> series = new ArrayList<>(classSeries(t, false));
        series.add(SeriesSpec.reference(t.get("chart.breakEven.headlinePrice"), Role.REFERENCE, Charts::headlinePrice));
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
