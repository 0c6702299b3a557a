package org.divergence.bench;

import java.util.concurrent.TimeUnit;

import org.divergence.explain.Explainer;
import org.divergence.explain.Explanation;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
import org.divergence.text.Text;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the "Why?" explanation takes: the view-model computes it in a frame after every change
 * while the panel is shown, so it must stay well under a frame (16 ms). Worst case: all four levers
 * and an assumption differ from the baseline (5 players, 32 model runs). Run it with the command in
 * docs/BENCHMARKS.md; it is not part of the test phase.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ExplainBenchmark {

    private final Scenario baseline = Scenario.defaults();
    /** Every lever and one assumption moved: 32 runs to 2035, quarterly. */
    private final Projection everything = DivergenceModel.run(Scenario.defaults()
            .with(Parameter.ELECTRICITY_PRICE, 0.08).with(Parameter.ASIC_EFFICIENCY, 12)
            .with(Parameter.NPU_THROUGHPUT, 120).with(Parameter.REGULATION_STRENGTH, 50)
            .with(Parameter.PRIVACY_VALUE, 0.2));
    /** The same, monthly to 2050, explained in 2050: the longest runs the window allows. */
    private final Projection longest = DivergenceModel.run(everything.scenario()
            .with(Parameter.END_YEAR, 2050).with(Parameter.STEPS_PER_YEAR, 12));
    /** One lever moved: 2 runs, the usual case while a slider is dragged. */
    private final Projection oneLever = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 120));

    @Benchmark
    public Explanation fivePlayers2035() {
        return Explainer.explain(everything, baseline, "Baseline", 2035, Text.ENGLISH);
    }

    @Benchmark
    public Explanation fivePlayersMonthly2050() {
        return Explainer.explain(longest, baseline, "Baseline", 2050, Text.ENGLISH);
    }

    @Benchmark
    public Explanation oneLever2035() {
        return Explainer.explain(oneLever, baseline, "Baseline", 2035, Text.ENGLISH);
    }
}
