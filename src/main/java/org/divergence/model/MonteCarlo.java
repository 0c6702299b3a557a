package org.divergence.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well512a;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The uncertainty bands (docs/MODEL.md, section 17): the model run along many random paths, each
 * drawing the {@link UncertainInput uncertain yearly rates} once and the BTC price as a geometric
 * random walk around the drift, then the {@link Quantile percentiles} of every output at every step.
 *
 * <p>Each path draws from its own generator, seeded from the scenario's seed and the path's number
 * alone, so the bands are the same for a seed however many threads share the paths (both cores, in
 * any order) and path n is the same path in a run of 100 or of 1,000.
 */
public final class MonteCarlo {

    private MonteCarlo() {}

    /** The bands of {@code scenario} over its own number of paths ({@link Parameter#MONTE_CARLO_PATHS}). */
    public static Bands run(Scenario scenario) {
        return run(scenario, (int) scenario.get(Parameter.MONTE_CARLO_PATHS), () -> false, fraction -> { });
    }

    /**
     * The bands over {@code paths} paths.
     *
     * @param cancelled asked between paths; once true the run stops with a {@link CancellationException}
     * @param progress  told the fraction of paths done, now and then, from any thread
     */
    public static Bands run(Scenario scenario, int paths, BooleanSupplier cancelled, DoubleConsumer progress) {
        if (paths < 2) {
            throw new IllegalArgumentException("a Monte Carlo run needs at least 2 paths, got " + paths);
        }
        Output[] outputs = Output.values();
        double[] years = DivergenceModel.timeSteps(scenario);
        int steps = years.length;
        // Path-major while the paths run (each writes one contiguous row), then turned round one output
        // at a time: an output's steps x paths block fits the cache, the whole run's 16 MB would not.
        double[][] byPath = new double[paths][];
        AtomicInteger done = new AtomicInteger();
        int report = Math.max(1, paths / 20);
        IntStream.range(0, paths).parallel().forEach(n -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Monte Carlo run cancelled");
            }
            Projection p = path(scenario, n);
            double[] row = new double[outputs.length * steps];
            for (Output o : outputs) {
                for (int k = 0; k < steps; k++) {
                    row[o.ordinal() * steps + k] = p.value(o, k);
                }
            }
            byPath[n] = row;
            int finished = done.incrementAndGet();
            if (finished % report == 0) {
                progress.accept(0.9 * finished / paths);
            }
        });
        Quantile[] quantiles = Quantile.values();
        double[][][] values = new double[quantiles.length][outputs.length][steps];
        IntStream.range(0, outputs.length).parallel().forEach(o -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Monte Carlo run cancelled");
            }
            double[][] samples = new double[steps][paths];
            for (int n = 0; n < paths; n++) {
                double[] row = byPath[n];
                for (int k = 0; k < steps; k++) {
                    samples[k][n] = row[o * steps + k];
                }
            }
            Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            for (int k = 0; k < steps; k++) {
                percentile.setData(samples[k]);
                for (Quantile q : quantiles) {
                    values[q.ordinal()][o][k] = percentile.evaluate(q.percent());
                }
            }
        });
        progress.accept(1);
        return new Bands(scenario, paths, years, values);
    }

    /** Path {@code n} of the scenario's Monte Carlo run: the same for the same seed and number, always. */
    static Projection path(Scenario scenario, int n) {
        RandomGenerator random = generator(scenario.seed(), n);
        Scenario drawn = scenario;
        for (UncertainInput input : UncertainInput.values()) {
            drawn = drawn.with(input.parameter(), input.draw(scenario, random));
        }
        return DivergenceModel.run(drawn, priceFactors(scenario, random));
    }

    /**
     * The BTC price of the path over the central price, at each settle of the mining dynamics:
     * exp(sigma W(t)) with W a standard Brownian motion, so the log price is the central one plus
     * normal steps of variance sigma^2 dt. The median path is the central price path.
     */
    static double[] priceFactors(Scenario scenario, RandomGenerator random) {
        int settles = (DivergenceModel.timeSteps(scenario).length - 1) * MiningModel.subSteps(scenario) + 1;
        double dt = 1.0 / scenario.stepsPerYear() / MiningModel.subSteps(scenario);
        double sigma = scenario.rate(Parameter.BTC_PRICE_VOLATILITY);
        double[] factors = new double[settles];
        factors[0] = 1;
        if (sigma == 0) {
            java.util.Arrays.fill(factors, 1);
            return factors;
        }
        NormalDistribution step = new NormalDistribution(random, 0, sigma * Math.sqrt(dt));
        // A backcast's price before 2025 is the record, not a draw: the walk starts in 2025.
        double first = DivergenceModel.timeSteps(scenario)[0];
        double logFactor = 0;
        for (int i = 1; i < settles; i++) {
            if (first + i * dt > Halving.START_YEAR + 1e-9) {
                logFactor += step.sample();
            }
            factors[i] = Math.exp(logFactor);
        }
        return factors;
    }

    /** A generator whose whole state comes from the seed and the path number (SplitMix64 spreads them). */
    private static RandomGenerator generator(long seed, int path) {
        long state = seed ^ (0x9E3779B97F4A7C15L * (path + 1L));
        int[] words = new int[16];
        for (int i = 0; i < words.length; i += 2) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            words[i] = (int) z;
            words[i + 1] = (int) (z >>> 32);
        }
        return new Well512a(words);
    }
}
