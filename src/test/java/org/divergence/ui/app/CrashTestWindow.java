package org.divergence.ui.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.divergence.model.Parameter;
import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.RecentFiles;
import org.divergence.scenario.SettingsFile;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.Delays;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.files.DocumentFeature;
import org.divergence.ui.explorer.FilePicker;

/**
 * A real window in a process of its own, for {@link CrashRecoveryTest} to kill. It keeps its files in
 * the folder given as its argument, says "ready" once shown, then takes lines "set KEY VALUE" on its
 * input, applies each on the FX thread as a lever change, and answers "set VALUE".
 */
public final class CrashTestWindow {

    private CrashTestWindow() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        AtomicReference<ExplorerWindow> window = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Notices printed = (kind, title, text, action) -> System.err.println(kind + ": " + title + ": " + text);
            FilePicker none = new FilePicker() {
                @Override
                public Optional<Path> toOpen(Kind kind, Optional<Path> folder) { return Optional.empty(); }

                @Override
                public Optional<Path> toSave(Kind kind, String name, Optional<Path> folder) { return Optional.empty(); }
            };
            ExplorerWindow built = ExplorerWindow.build(new Stage(), printed, BackgroundWork.forWindow(printed),
                    new DocumentFeature.Services(none, new RecentFiles(data.resolve("recent-files.json")),
                            new AutosaveStore(data.resolve("autosave")), Clock.systemUTC(), Delays.fx()),
                    new SettingsFile(data.resolve("settings.json")));
            built.show(Optional.empty());
            window.set(built);
            shown.countDown();
        });
        shown.await();
        System.out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.strip().split(" ");
            Parameter parameter = Parameter.byKey(words[1]).orElseThrow();
            double value = Double.parseDouble(words[2]);
            CountDownLatch applied = new CountDownLatch(1);
            Platform.runLater(() -> {
                window.get().viewModel().set(parameter, value);
                applied.countDown();
            });
            applied.await();
            System.out.println("set " + words[2]);
        }
    }
}
