package org.divergence.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * What a person sees (not a test): real key presses and mouse drags on a lever's slider, sent through
 * JavaFX's robot into the X server and back, and the clock stopped when the frame that shows the new
 * numbers has been painted, that is when the render thread has presented it.
 *
 * <p>How "painted" is found: JavaFX 21 emits JFR events {@code javafx.PulsePhase} (one per phase of
 * each pulse, on the FX thread and on the render thread, numbered by pulse) once the flight recorder
 * is up before the toolkit starts, which is why {@link #main} starts a {@link RecordingStream} first.
 * When the charts get a new projection the harness commits an event of its own ({@link ChartsShown})
 * with {@code System.nanoTime()}, which ties the two clocks together; the pulse whose FX-thread
 * phases contain it is the frame that shows the numbers, and the end of that pulse's last
 * render-thread phase is when it was painted (in the software pipeline "Painting", which ends with
 * the pixels handed to the window; "Presenting" in the hardware ones).
 *
 * <p>Reports, for key presses (one every 150 ms, isolated changes) and for a drag (the mouse moved
 * 3 px every 8 ms, a 125 Hz mouse, back and forth across the track): input to painted p50 / p99 /
 * max, paint time per frame (render thread, first phase start to "Presenting" end), frames painted
 * per second while dragging, the FX-thread work per frame and the median of each phase, the CPU
 * time the render and FX threads spent per frame painted (steadier than wall times on a shared
 * machine), and the
 * model's median run time in this JVM as a figure of the machine's speed. The command is in
 * docs/BENCHMARKS.md; the window fills the screen, so the Xvfb screen size is the window size.
 *
 * <p>Arguments: {@code baseline} (default: as a new window shows it, the Baseline preset compared and
 * the uncertainty bands drawn, recomputed in the background after every change), {@code nobaseline}
 * (bands, no baseline) or {@code nobands} (baseline, no bands); optionally the drag seconds (default 10).
 */
public final class PaintedFrameBench {

    private static final int KEY_PRESSES = 120;
    private static final long KEY_GAP_MS = 150;
    private static final long MOVE_GAP_MICROS = 8_000;
    private static final int MOVE_PX = 3;
    /** The FX thread's phase spent waiting for the render thread: not work. */
    private static final String WAITING = "Waiting for previous rendering";

    /** Committed when the charts were given a new projection (in the pulse that draws them). */
    @Name("divergence.ChartsShown")
    @Label("Charts shown")
    static final class ChartsShown extends Event {
        @Label("Frame")
        long frame;
        @Label("System.nanoTime")
        long nanos;
    }

    /** One input sent through the robot: when it was due (a person's hand moved then). */
    private static final class Input {
        final long due;
        final int x;
        boolean changed;
        long frame = -1;

        Input(long due, int x) {
            this.due = due;
            this.x = x;
        }
    }

    private final List<RecordedEvent> phases = Collections.synchronizedList(new ArrayList<>());
    private final List<RecordedEvent> shown = Collections.synchronizedList(new ArrayList<>());
    private Scene scene;
    private ExplorerViewModel viewModel;
    private Robot robot;
    /** Inputs sent whose event has not been handled yet, oldest first (FX thread). */
    private final ArrayDeque<Input> unhandled = new ArrayDeque<>();
    private final List<Input> awaitingFrame = new ArrayList<>();
    /** The inputs whose event is being handled now. */
    private final List<Input> handling = new ArrayList<>();
    private long frames;
    private volatile boolean recording;
    /** The FX thread's id: JFR names it after the GTK loop it runs ("GtkNativeMainLoopThread"). */
    private volatile long fxThread;

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "baseline" : args[0];
        if (!List.of("baseline", "nobaseline", "nobands").contains(mode)) {
            throw new IllegalArgumentException("mode: baseline, nobaseline or nobands, not " + mode);
        }
        int dragSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        // JavaFX creates its JFR pulse logger only if the recorder is up when the toolkit starts.
        FlightRecorder.getFlightRecorder();
        try (RecordingStream stream = new RecordingStream()) {
            new PaintedFrameBench().run(stream, !mode.equals("nobaseline"), !mode.equals("nobands"), dragSeconds);
        }
        Platform.exit();
        System.exit(0);
    }

    private void run(RecordingStream stream, boolean baseline, boolean bands, int dragSeconds) throws Exception {
        stream.enable("javafx.PulsePhase").withoutThreshold();
        stream.enable(ChartsShown.class).withoutThreshold();
        stream.setReuse(false); // the events are kept until the end
        stream.onEvent("javafx.PulsePhase", e -> {
            if (recording) {
                phases.add(e);
            }
        });
        stream.onEvent("divergence.ChartsShown", shown::add);
        stream.startAsync();

        double modelMicros = modelMedianMicros();
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        Platform.startup(() -> {
            fxThread = Thread.currentThread().getId();
            Stage stage = new Stage();
            var window = WindowBench.appWindow(stage);
            viewModel = window.viewModel();
            if (!baseline) {
                viewModel.window().baselineProperty().set(null);
            }
            viewModel.window().bandsShownProperty().set(bands);
            window.show(Optional.empty());
            var screen = javafx.stage.Screen.getPrimary().getBounds();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            scene = stage.getScene();
            robot = new Robot();
            listen();
            whenChartDrawn(firstFrame);
        });
        firstFrame.get(60, TimeUnit.SECONDS);
        Thread.sleep(1500);

        Slider slider = onFx(() -> (Slider) scene.lookup("#slider-" + Parameter.ELECTRICITY_PRICE.key()));
        // Warm-up: the same inputs, not counted.
        keys(slider, 30);
        drag(slider, 3);
        Thread.sleep(500);

        recording = true;
        long[] cpu0 = cpu();
        List<Input> keyInputs = keys(slider, KEY_PRESSES);
        Thread.sleep(300);
        long[] cpu1 = cpu();
        List<Input> dragInputs = drag(slider, dragSeconds);
        long[] cpu2 = cpu();
        Thread.sleep(300);
        recording = false;
        Thread.sleep(2500); // the stream delivers events about once a second
        stream.close();

        Analysis analysis = new Analysis();
        String size = onFx(() -> (int) scene.getWidth() + "x" + (int) scene.getHeight());
        System.out.println();
        System.out.printf(Locale.ROOT, "## window %s, %s, %s, %d s drag; model run median in this JVM %.1f µs; load %s%n",
                size, System.getProperty("prism.order", "default pipeline"), (baseline ? "baseline shown" : "no baseline") + (bands ? ", bands" : ", no bands"),
                dragSeconds, modelMicros, Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println();
        System.out.println("| measure | key presses | drag |");
        System.out.println("| --- | --- | --- |");
        var keys = analysis.of(keyInputs, cpu0, cpu1);
        var drags = analysis.of(dragInputs, cpu1, cpu2);
        row("input to painted, p50 / p99 / max (ms)", keys.latency(), drags.latency());
        row("inputs measured / that changed nothing / lost", keys.counts(), drags.counts());
        row("paint per frame (render thread), p50 / p99 (ms)", keys.paint(), drags.paint());
        row("FX-thread work per frame (pulse, not counting its wait for the last painting), p50 / p99 (ms)",
                keys.pulse(), drags.pulse());
        row("frames painted per second / with new numbers", keys.fps(), drags.fps());
        row("CPU time per frame painted: render thread / FX thread (ms)", keys.cpu(), drags.cpu());
        System.out.println();
        System.out.println("Median per phase while dragging (ms): " + analysis.phaseMedians(dragInputs));
        // What the window costs in memory after this use, and how often the old generation was collected.
        long fullCollections = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !gc.getName().contains("Copy") && !gc.getName().contains("Young") && !gc.getName().contains("Scavenge"))
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.replaceAll("\\D+", "")).findFirst().map(kb -> Long.parseLong(kb) / 1024 + " MB").orElse("?");
        System.out.println("Resident memory at the end: " + rss + "; full collections of the old generation: " + fullCollections);
    }

    /** Which input each event is, whether it changed the scenario, and which frame showed it. */
    private void listen() {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> handled(unhandled.peekFirst()));
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            int x = (int) Math.round(e.getScreenX());
            // The platform may merge motion events: the inputs before this one were shown with it.
            Input match = null;
            for (Input in : unhandled) {
                if (in.x == x) {
                    match = in;
                    break;
                }
            }
            handled(match);
        });
        viewModel.scenarioProperty().addListener((obs, old, now) -> {
            handling.forEach(in -> in.changed = true);
        });
        viewModel.projectionProperty().addListener((obs, old, now) -> {
            frames++;
            ChartsShown event = new ChartsShown();
            event.frame = frames;
            event.nanos = System.nanoTime();
            event.commit();
            for (Input in : awaitingFrame) {
                in.frame = frames;
            }
            awaitingFrame.clear();
        });
    }

    /** {@code input} (and any earlier ones merged into it) is being handled now. */
    private void handled(Input input) {
        handling.clear();
        if (input == null) {
            return;
        }
        while (!unhandled.isEmpty()) {
            Input in = unhandled.pollFirst();
            handling.add(in);
            awaitingFrame.add(in);
            if (in == input) {
                break;
            }
        }
    }

    private List<Input> keys(Slider slider, int count) throws Exception {
        onFx(() -> {
            slider.requestFocus();
            return null;
        });
        Thread.sleep(200);
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KeyCode key = (i / 20) % 2 == 0 ? KeyCode.RIGHT : KeyCode.LEFT;
            Input in = new Input(System.nanoTime(), -1);
            inputs.add(in);
            Platform.runLater(() -> {
                unhandled.addLast(in);
                robot.keyPress(key);
                robot.keyRelease(key);
            });
            Thread.sleep(KEY_GAP_MS);
        }
        return inputs;
    }

    private List<Input> drag(Slider slider, int seconds) throws Exception {
        int[] track = onFx(() -> {
            Node thumb = slider.lookup(".thumb");
            Bounds b = thumb.localToScreen(thumb.getLayoutBounds());
            Bounds s = slider.localToScreen(slider.getLayoutBounds());
            return new int[] {(int) Math.round(b.getCenterX()), (int) Math.round(b.getCenterY()),
                    (int) Math.round(s.getMinX() + b.getWidth()), (int) Math.round(s.getMaxX() - b.getWidth())};
        });
        int y = track[1];
        onFx(() -> {
            robot.mouseMove(track[0], y);
            robot.mousePress(MouseButton.PRIMARY);
            return null;
        });
        Thread.sleep(100);
        List<Input> inputs = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService hand = Executors.newSingleThreadScheduledExecutor();
        int[] position = {track[0], MOVE_PX};
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CompletableFuture<Void> done = new CompletableFuture<>();
        hand.scheduleAtFixedRate(() -> {
            if (System.nanoTime() > end) {
                done.complete(null);
                return;
            }
            int x = position[0] + position[1];
            if (x < track[2] || x > track[3]) {
                position[1] = -position[1];
                x = position[0] + position[1];
            }
            position[0] = x;
            Input in = new Input(System.nanoTime(), x);
            inputs.add(in);
            int to = x;
            Platform.runLater(() -> {
                unhandled.addLast(in);
                robot.mouseMove(to, y);
            });
        }, 0, MOVE_GAP_MICROS, TimeUnit.MICROSECONDS);
        done.get(seconds + 10L, TimeUnit.SECONDS);
        hand.shutdownNow();
        Thread.sleep(100);
        onFx(() -> {
            robot.mouseRelease(MouseButton.PRIMARY);
            return null;
        });
        return new ArrayList<>(inputs);
    }

    /** The figures, from the recorded phases and the harness's own events. */
    private final class Analysis {
        /** Per pulse: FX-thread start/end, render-thread start/end. */
        private final Map<Long, long[]> pulses = new TreeMap<>();
        private final Map<Long, Map<String, Long>> phaseTimes = new HashMap<>();
        /** Frame number to pulse id. */
        private final Map<Long, Long> framePulse = new HashMap<>();
        /** System.nanoTime plus this is JFR's time in epoch nanoseconds. */
        private final long offset;

        Analysis() {
            List<Long> offsets = new ArrayList<>();
            for (RecordedEvent e : List.copyOf(phases)) {
                if (e.getString("phaseName") == null) {
                    continue; // the gap after a pulse's or a rendering's last phase, not a phase
                }
                long pulse = e.getInt("pulseId");
                boolean fx = e.getThread() != null && e.getThread().getJavaThreadId() == fxThread;
                long[] p = pulses.computeIfAbsent(pulse, k -> new long[] {Long.MAX_VALUE, 0, Long.MAX_VALUE, 0});
                int i = fx ? 0 : 2;
                p[i] = Math.min(p[i], nanos(e.getStartTime()));
                p[i + 1] = Math.max(p[i + 1], nanos(e.getEndTime()));
                phaseTimes.computeIfAbsent(pulse, k -> new TreeMap<>())
                        .merge((fx ? "fx " : "render ") + e.getString("phaseName"), e.getDuration().toNanos(), Long::sum);
            }
            for (RecordedEvent e : List.copyOf(shown)) {
                offsets.add(nanos(e.getStartTime()) - e.getLong("nanos"));
            }
            Collections.sort(offsets);
            offset = offsets.get(offsets.size() / 2);
            for (RecordedEvent e : List.copyOf(shown)) {
                long t = nanos(e.getStartTime());
                for (var p : pulses.entrySet()) {
                    if (p.getValue()[0] <= t && t <= p.getValue()[1]) {
                        framePulse.put(e.getLong("frame"), p.getKey());
                        break;
                    }
                }
            }
        }

        /** The figures for these inputs; {@code cpuFrom} and {@code cpuTo} are {@link #cpu()} around them. */
        Figures of(List<Input> inputs, long[] cpuFrom, long[] cpuTo) {
            List<Double> latency = new ArrayList<>();
            int nothing = 0;
            int lost = 0;
            for (Input in : inputs) {
                if (!in.changed) {
                    nothing++;
                    continue;
                }
                Long pulse = framePulse.get(in.frame);
                long[] p = pulse == null ? null : pulses.get(pulse);
                if (p == null || p[3] == 0) {
                    lost++;
                    continue;
                }
                latency.add((p[3] - (in.due + offset)) / 1e6);
            }
            long from = inputs.get(0).due + offset;
            long to = inputs.get(inputs.size() - 1).due + offset;
            List<Double> paint = new ArrayList<>();
            List<Double> pulseWork = new ArrayList<>();
            int painted = 0;
            for (long[] p : pulses.values()) {
                if (p[2] != Long.MAX_VALUE && p[3] >= from && p[3] <= to) {
                    painted++;
                    paint.add((p[3] - p[2]) / 1e6);
                }
            }
            for (var p : pulses.entrySet()) {
                long[] t = p.getValue();
                if (t[2] != Long.MAX_VALUE && t[3] >= from && t[3] <= to) {
                    long work = phaseTimes.get(p.getKey()).entrySet().stream()
                            .filter(e -> e.getKey().startsWith("fx ") && !e.getKey().equals("fx " + WAITING))
                            .mapToLong(Map.Entry::getValue).sum();
                    pulseWork.add(work / 1e6);
                }
            }
            long withNumbers = inputs.stream().filter(in -> in.changed && in.frame >= 0).mapToLong(in -> in.frame).distinct().count();
            double seconds = (to - from) / 1e9;
            String cpu = painted == 0 ? "none" : fmt((cpuTo[0] - cpuFrom[0]) / 1e6 / painted) + " / "
                    + fmt((cpuTo[1] - cpuFrom[1]) / 1e6 / painted);
            return new Figures(latency, paint, pulseWork, String.format(Locale.ROOT, "%d / %d / %d", latency.size(), nothing, lost),
                    String.format(Locale.ROOT, "%.1f / %.1f", painted / seconds, withNumbers / seconds), cpu);
        }

        /** Median of each phase over the frames painted while the inputs were sent. */
        String phaseMedians(List<Input> inputs) {
            long from = inputs.get(0).due + offset;
            long to = inputs.get(inputs.size() - 1).due + offset;
            Map<String, List<Double>> byPhase = new TreeMap<>();
            for (var p : pulses.entrySet()) {
                long[] t = p.getValue();
                if (t[2] != Long.MAX_VALUE && t[3] >= from && t[3] <= to) {
                    phaseTimes.get(p.getKey()).forEach((name, ns) -> byPhase.computeIfAbsent(name, k -> new ArrayList<>()).add(ns / 1e6));
                }
            }
            StringBuilder out = new StringBuilder();
            byPhase.forEach((name, ms) -> out.append(name).append(' ').append(fmt(percentile(ms, 50))).append("; "));
            return out.toString();
        }
    }

    private record Figures(List<Double> latencies, List<Double> paints, List<Double> pulses, String counts, String fps,
                           String cpu) {
        String latency() {
            return latencies.isEmpty() ? "none" : fmt(percentile(latencies, 50)) + " / " + fmt(percentile(latencies, 99)) + " / "
                    + fmt(Collections.max(latencies));
        }

        String paint() {
            return paints.isEmpty() ? "none" : fmt(percentile(paints, 50)) + " / " + fmt(percentile(paints, 99));
        }

        String pulse() {
            return pulses.isEmpty() ? "none" : fmt(percentile(pulses, 50)) + " / " + fmt(percentile(pulses, 99));
        }
    }

    /**
     * CPU time so far of the render thread and of the FX thread (ns): what a frame costs, which other
     * work on the machine changes far less than the wall times.
     */
    private long[] cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long render = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(t -> threads.getThreadCpuTime(t.getId())).sum();
        return new long[] {render, threads.getThreadCpuTime(fxThread)};
    }

    /** Waits until the headline chart has been drawn with data. */
    private void whenChartDrawn(CompletableFuture<Void> done) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                var headline = (org.divergence.ui.charts.ChartView) scene.lookup("#chart-headline");
                if (headline != null && headline.rendering().isPresent()) {
                    stop();
                    done.complete(null);
                }
            }
        }.start();
    }

    /** Median of {@link DivergenceModel#run} of the defaults, warm, in this JVM: the machine's speed. */
    private static double modelMedianMicros() {
        Scenario scenario = Scenario.defaults();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < until) {
            DivergenceModel.run(scenario);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long t0 = System.nanoTime();
            DivergenceModel.run(scenario);
            times.add((System.nanoTime() - t0) / 1e3);
        }
        return percentile(times, 50);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void row(String measure, String keys, String drag) {
        System.out.println("| " + measure + " | " + keys + " | " + drag + " |");
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    private PaintedFrameBench() {}
}
