package org.divergence.bench;

import java.util.concurrent.TimeUnit;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.Scenario;
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
 * How long one model run takes: the window recomputes on every slider move, so a default run
 * (2025-2040, quarterly: 61 steps) should take well under a frame. Goal: median under 50 us.
 * Sample-time mode reports the median (p0.50) as well as the mean. Run it with the command in
 * docs/BENCHMARKS.md; it is not part of the test phase.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ModelBenchmark {

    private final Scenario defaults = Scenario.defaults();
    /** The longest projection the window allows: 2025-2050, monthly (301 steps). */
    private final Scenario longest = Scenario.defaults()
            .with(Parameter.END_YEAR, 2050)
            .with(Parameter.STEPS_PER_YEAR, 12);

    /** The figure the goal is about: one default run. */
    @Benchmark
    public Projection defaultRun() {
        return DivergenceModel.run(defaults);
    }

    /** For scale: the largest run a user can ask for. */
    @Benchmark
    public Projection longestRun() {
        return DivergenceModel.run(longest);
    }
}
