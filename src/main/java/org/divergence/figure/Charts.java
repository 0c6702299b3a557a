package org.divergence.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Projection;

/**
 * Every chart of Divergence, described once: the headline decentralization chart, three mining
 * detail charts and two edge-AI detail charts. The window, the figure export and the command line
 * all take their charts from here.
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

    /** The mining detail charts, left to right. */
    public static final List<ChartSpec> MINING_DETAIL = List.of(MINING_SHARES, NAKAMOTO, BREAK_EVEN);
    /** The edge-AI detail charts, left to right. */
    public static final List<ChartSpec> EDGE_DETAIL = List.of(INFERENCE_SHARES, TOKEN_COST);
    /** Every chart, headline first. */
    public static final List<ChartSpec> ALL = List.of(HEADLINE, MINING_SHARES, NAKAMOTO, BREAK_EVEN,
            INFERENCE_SHARES, TOKEN_COST);

    private Charts() {}

    public static Optional<ChartSpec> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(ChartSpec::id).toList();
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
