package org.divergence.bench;

import java.util.concurrent.TimeUnit;
import org.divergence.model.Bands;
import org.divergence.model.DivergenceModel;
import org.divergence.model.MonteCarlo;
import org.divergence.model.Outcome;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.RegimeMap;
import org.divergence.model.Scenario;
import org.divergence.model.Sensitivity;
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
 * The computations behind the uncertainty bands, the tornado and the regime map, on both cores, for
 * the default scenario (2025-2040, quarterly). Goals (issue 10): 1,000 Monte Carlo paths with their
 * percentiles under 100 ms; a 64 x 64 regime map under 100 ms. Command in docs/BENCHMARKS.md; not
 * part of the tests. {@link #thousandRunsOnOneCore} is the reference measured beside them: what the
 * same number of model runs costs without percentiles, random draws or the second core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UnderstandingBenchmark {

    private final Scenario scenario = Scenario.defaults();

    @Benchmark
    public Bands monteCarlo1000Paths() {
        return MonteCarlo.run(scenario, 1000, () -> false, fraction -> { });
    }

    /** The reference in the same session: 1,000 central runs one after another on one core. */
    @Benchmark
    public double thousandRunsOnOneCore() {
        double sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += DivergenceModel.run(scenario).last(Output.EDGE_DECENTRALIZATION);
        }
        return sum;
    }

    @Benchmark
    public RegimeMap regimeMap64x64() {
        return RegimeMap.compute(scenario, Outcome.DEFAULT_GAP, Parameter.ELECTRICITY_PRICE, Parameter.NPU_THROUGHPUT,
                64, 64, () -> false);
    }

    @Benchmark
    public Sensitivity.Result tornado() {
        return Sensitivity.run(scenario, Outcome.DEFAULT_GAP);
    }
}
