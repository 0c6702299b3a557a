package org.divergence.bench;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.divergence.figure.Figure;
import org.divergence.figure.FigureExport;
import org.divergence.figure.Theme;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ViewSettings;

/**
 * How long a figure export takes, warm: the dashboard with a baseline and its caption, 1200 px wide,
 * as a 3x PNG (3600 px), an SVG and a PDF, each with its scenario embedded. Goal: each under 1 s.
 * Run it with the command in docs/BENCHMARKS.md; it is not part of the test phase.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
public class FigureBenchmark {

    private final Scenario leap = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 150);
    private final Figure dashboard = new Figure(Optional.empty(), Figure.DEFAULT_WIDTH, OptionalDouble.empty(), Theme.LIGHT,
            true, ScenarioDocument.untitled(leap).withName("Benchmark").withView(ViewSettings.NONE.withBaseline(
                    Optional.of(new ViewSettings.Baseline("Baseline", Scenario.defaults())))),
            DivergenceModel.run(leap), Optional.of(DivergenceModel.run(Scenario.defaults())), OptionalDouble.of(2035),
            LocalDate.of(2026, 11, 29), false);

    @Benchmark
    public byte[] png3x() {
        return FigureExport.png(dashboard, 3);
    }

    @Benchmark
    public byte[] svg() {
        return FigureExport.svg(dashboard);
    }

    @Benchmark
    public byte[] pdf() {
        return FigureExport.pdf(dashboard);
    }
}
