package org.divergence.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.Sweep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sweep throughput in process (no JVM start): a 100 x 200 grid of default scenarios (electricity
 * price x regulation strength, years 2035 and 2040) written as CSV to a stream that counts and drops
 * the bytes, on all cores. One operation is one scenario, so the score is scenarios per second.
 * Goal: above 50,000 a second on two cores. Command in docs/BENCHMARKS.md; not part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SweepBenchmark {

    static final int PRICES = 100;
    static final int STRENGTHS = 200;

    private final Sweep sweep = new Sweep(Scenario.defaults(), List.of(
            new Sweep.Axis(Parameter.ELECTRICITY_PRICE, Sweep.Axis.linear(new BigDecimal("0.02"), new BigDecimal("0.10"), PRICES)),
            new Sweep.Axis(Parameter.REGULATION_STRENGTH, Sweep.Axis.linear(BigDecimal.ZERO, new BigDecimal(100), STRENGTHS))),
            new int[] {2035, 2040}, Optional.empty());

    /** Counts the bytes so the CSV cannot be optimised away, and drops them. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) { bytes++; }

        @Override
        public void write(byte[] b, int off, int len) { bytes += len; }
    }

    @Benchmark
    @OperationsPerInvocation(PRICES * STRENGTHS)
    public void sweepToCsv(Blackhole blackhole) throws IOException {
        CountingSink sink = new CountingSink();
        sweep.writeCsv(sink, (rows, total) -> {});
        blackhole.consume(sink.bytes);
    }
}
