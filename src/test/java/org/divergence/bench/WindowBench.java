package org.divergence.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.RecentFiles;
import org.divergence.scenario.SettingsFile;
import org.divergence.ui.app.ExplorerWindow;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.Delays;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.files.DocumentFeature;
import org.divergence.ui.explorer.FilePicker;

/**
 * Window benchmark (not a test): cold start to first drawn chart, slider change to charts updated
 * (p50/p99), a burst of 10,000 slider changes, resident memory. Prints a Markdown block for
 * docs/BENCHMARKS.md. Runs the real window, so it needs a display (Xvfb is fine); the command is
 * in docs/BENCHMARKS.md.
 */
public final class WindowBench {

    private static final int WARM_UP = 200;
    private static final int SAMPLES = 1000;
    private static final int BURST = 10_000;
    private static final Parameter[] LEVERS = Parameter.levers().toArray(Parameter[]::new);

    private ExplorerViewModel viewModel;
    private Scene scene;
    /** Start of the current pulse, taken by a timer that runs before the view-model's. */
    private long pulseStart;
    private Runnable afterLayout;
    private long toolkitReadyMs;
    private long windowShownMs;
    private long rssAtFirstFrameKb;

    /** The window as the app builds it, with its files in a temporary folder, notices printed, the tour seen. */
    static ExplorerWindow appWindow(Stage stage) {
        try {
            Path data = Files.createTempDirectory("divergence-bench");
            // Not a first run: the guided tour would cover the window.
            Files.writeString(data.resolve("settings.json"), "{\"tourSeen\":\"true\"}");
            Notices printed = (kind, title, text, action) -> System.err.println(kind + ": " + title + ": " + text);
            FilePicker none = new FilePicker() {
                @Override
                public java.util.Optional<Path> toOpen(Kind kind, java.util.Optional<Path> folder) { return java.util.Optional.empty(); }

                @Override
                public java.util.Optional<Path> toSave(Kind kind, String name, java.util.Optional<Path> folder) { return java.util.Optional.empty(); }
            };
            return ExplorerWindow.build(stage, printed, BackgroundWork.forWindow(printed), new DocumentFeature.Services(none,
                    new RecentFiles(data.resolve("recent-files.json")), new AutosaveStore(data.resolve("autosave")),
                    java.time.Clock.systemUTC(), Delays.fx()), new SettingsFile(data.resolve("settings.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        new WindowBench().run(jvmStart);
    }

    private void run(long jvmStartMillis) throws Exception {
        CompletableFuture<Double> firstFrame = new CompletableFuture<>();
        Platform.startup(() -> {
            toolkitReadyMs = System.currentTimeMillis() - jvmStartMillis;
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulseStart = System.nanoTime();
                }
            }.start();
            Stage stage = new Stage();
            ExplorerWindow window = appWindow(stage);
            viewModel = window.viewModel();
            window.show(java.util.Optional.empty());
            windowShownMs = System.currentTimeMillis() - jvmStartMillis;
            scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> {
                if (afterLayout != null) {
                    Runnable r = afterLayout;
                    afterLayout = null;
                    r.run();
                }
            });
            afterLayout = () -> awaitDrawnChart(firstFrame, jvmStartMillis);
        });
        double coldStartMs = firstFrame.get(60, TimeUnit.SECONDS);

        double[][] change = sliderChanges();
        double[] burst = burst();
        long rssKb = statusKb("VmRSS");
        long liveHeapMb = liveHeapMb();
        long peakKb = statusKb("VmHWM");

        System.out.println();
        System.out.println("| measure | result | goal |");
        System.out.println("| --- | --- | --- |");
        row("cold start (JVM start to first frame with the headline chart drawn)", fmt(coldStartMs) + " ms", "< 3,000 ms");
        row("of which: JavaFX toolkit up / window built and shown", toolkitReadyMs + " ms / " + windowShownMs + " ms", "");
        row("slider change to charts updated, end to end, p50 / p99 (" + SAMPLES + " changes)",
                fmt(percentile(change[0], 50)) + " / " + fmt(percentile(change[0], 99)) + " ms", "p99 < 16 ms");
        row("of which work in the frame (recompute, 6 charts, CSS, layout), p50 / p99",
                fmt(percentile(change[1], 50)) + " / " + fmt(percentile(change[1], 99)) + " ms", "");
        row("burst of " + BURST + " slider changes: time to apply them", fmt(burst[0]) + " ms", "");
        row("burst: time from the last change to charts updated", fmt(burst[1]) + " ms", "");
        row("burst: recomputes performed / charts equal a fresh run", (long) burst[2] + " / " + (burst[3] == 1), "1 / true");
        row("resident memory at the first frame (VmRSS)", rssAtFirstFrameKb / 1024 + " MB", "< 400 MB");
        row("resident memory after the run (VmRSS) / peak (VmHWM)", rssKb / 1024 + " MB / " + peakKb / 1024 + " MB", "< 400 MB");
        row("live heap after a full GC / heap the JVM reserved (-Xmx)", liveHeapMb + " MB / "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB", "");
        Platform.exit();
        System.exit(0);
    }

    /** Completes once a layout pulse found the headline chart laid out with data, at the next pulse (frame drawn). */
    private void awaitDrawnChart(CompletableFuture<Double> done, long jvmStartMillis) {
        var headline = (org.divergence.ui.charts.ChartView) scene.lookup("#chart-headline");
        boolean drawn = headline != null && headline.getWidth() > 0 && headline.rendering().isPresent();
        if (!drawn) {
            afterLayout = () -> awaitDrawnChart(done, jvmStartMillis);
            return;
        }
        // The next pulse starts only once the render thread has finished this frame.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long ms = System.currentTimeMillis() - jvmStartMillis;
                try {
                    rssAtFirstFrameKb = statusKb("VmRSS");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                done.complete((double) ms);
            }
        }.start();
    }

    /** Each sample: set a slider on the FX thread, stop the clock after the layout of the frame showing it. */
    private double[][] sliderChanges() throws Exception {
        double[] endToEnd = new double[SAMPLES];
        double[] inFrame = new double[SAMPLES];
        for (int i = -WARM_UP; i < SAMPLES; i++) {
            Parameter lever = LEVERS[Math.floorMod(i, LEVERS.length)];
            double fraction = (Math.floorMod(i * 37, 100) + 0.5) / 100.0;
            double target = lever.snap(lever.min() + fraction * (lever.max() - lever.min()));
            CompletableFuture<double[]> sample = new CompletableFuture<>();
            Platform.runLater(() -> {
                Slider slider = (Slider) scene.lookup("#slider-" + lever.key());
                double next = target == viewModel.getScenario().get(lever) ? lever.snap(target + lever.step()) : target;
                long before = viewModel.recomputeCount();
                long t0 = System.nanoTime();
                slider.setValue(next);
                afterLayout = () -> {
                    long t1 = System.nanoTime();
                    if (viewModel.recomputeCount() == before) {
                        sample.completeExceptionally(new IllegalStateException("no recompute in this frame"));
                    }
                    sample.complete(new double[] {(t1 - t0) / 1e6, (t1 - pulseStart) / 1e6});
                };
            });
            double[] ms = sample.get(10, TimeUnit.SECONDS);
            if (i >= 0) {
                endToEnd[i] = ms[0];
                inFrame[i] = ms[1];
            }
        }
        return new double[][] {endToEnd, inFrame};
    }

    /** 10,000 slider changes in one go, then the frame that shows the last one. */
    private double[] burst() throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            Slider slider = (Slider) scene.lookup("#slider-" + Parameter.NPU_THROUGHPUT.key());
            long before = viewModel.recomputeCount();
            long t0 = System.nanoTime();
            for (int i = 0; i < BURST; i++) {
                slider.setValue(1 + (i * 7919) % 500);
            }
            long t1 = System.nanoTime();
            afterLayout = () -> {
                long t2 = System.nanoTime();
                boolean equal = viewModel.getProjection().equals(DivergenceModel.run(viewModel.getScenario()));
                result.complete(new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6,
                        viewModel.recomputeCount() - before, equal ? 1 : 0});
            };
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /**
     * Heap in use after a full GC; the smallest of three, because a System.gc() that meets the render
     * thread inside a JNI critical section runs as a young collection only (G1 logs "GCLocker
     * Initiated GC") and once read 200 MB for a 40 MB live heap.
     */
    private static long liveHeapMb() {
        Runtime rt = Runtime.getRuntime();
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            smallest = Math.min(smallest, rt.totalMemory() - rt.freeMemory());
        }
        return smallest / (1024 * 1024);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long statusKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static void row(String measure, String result, String goal) {
        System.out.println("| " + measure + " | " + result + " | " + goal + " |");
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, ms >= 100 ? "%,.0f" : "%.2f", ms);
    }

    private WindowBench() {}
}
