package org.divergence.ui.compare;

import org.divergence.text.Text;
import org.divergence.ui.explorer.WindowText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.divergence.scenario.LoadedScenario;
import org.divergence.scenario.Presets;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioFormat;
import org.divergence.scenario.ScenarioReader;
import org.divergence.scenario.ViewSettings;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.BackgroundWork.Lane;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.FilePicker;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.explorer.WindowState;

/**
 * Compare: what every chart draws dashed beside the scenario, and how. The Baseline preset until the
 * user picks another: the scenario on screen, another preset, or any scenario file or figure.
 */
public final class CompareMenu {

    private static final Lane READING = Lane.latestWins("baseline file");

    private final Menu menu = new Menu();
    private final ExplorerViewModel viewModel;
    private final BackgroundWork work;
    private final Notices notices;
    private final FilePicker picker;
    private final WindowText text;

    public CompareMenu(ExplorerViewModel viewModel, BackgroundWork work, Notices notices, FilePicker picker) {
        this.viewModel = viewModel;
        this.work = work;
        this.notices = notices;
        this.picker = picker;
        WindowState window = viewModel.window();
        this.text = window.text();
        menu.textProperty().bind(text.get("menu.compare"));

        MenuItem current = item("menu.compare.current", "Shortcut+B", "menu-baseline-current", this::currentAsBaseline);
        Menu presets = new Menu();
        presets.textProperty().bind(text.get("menu.compare.preset"));
        presets.setId("menu-baseline-presets");
        for (Presets.Preset preset : Presets.all()) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(text.of(() -> text.name(preset.name())));
            item.setId("menu-baseline-preset-" + preset.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.baselineProperty().set(new ViewSettings.Baseline(preset.name(),
                    preset.document().scenario())));
            presets.getItems().add(item);
        }
        MenuItem file = item("menu.compare.file", null, "menu-baseline-file", this::compareWithFile);
        MenuItem clear = item("menu.compare.clear", null, "menu-baseline-clear", () -> window.baselineProperty().set(null));
        clear.disableProperty().bind(window.baselineProperty().isNull());

        CheckMenuItem sameAxes = new CheckMenuItem();
        sameAxes.textProperty().bind(text.get("menu.compare.sameAxes"));
        sameAxes.setId("menu-same-axes");
        sameAxes.selectedProperty().bindBidirectional(window.sameAxesProperty());
        CheckMenuItem zoom = new CheckMenuItem();
        zoom.textProperty().bind(text.get("menu.compare.zoom"));
        zoom.setId("menu-zoom-index");
        zoom.selectedProperty().bindBidirectional(window.zoomIndexProperty());

        menu.getItems().addAll(current, presets, file, clear, new SeparatorMenuItem(), sameAxes, zoom);
    }

    public Menu menu() { return menu; }

    /** The scenario on screen, under the document's name, becomes what the charts compare with. */
    private void currentAsBaseline() {
        String name = viewModel.window().documentNameProperty().get();
        viewModel.setCurrentAsBaseline(name.isBlank() ? ScenarioDocument.UNTITLED : ScenarioFormat.baseName(name));
        Text t = text.now();
        notices.info(t.get("compare.baselineSet"), t.get("compare.baselineSetText", text.name(viewModel.window().baseline().orElseThrow().name())));
    }

    /** A scenario file or a figure, read in the background; a file that cannot be read changes nothing. */
    private void compareWithFile() {
        Text t = text.now();
        Optional<Path> chosen = picker.toOpen(new FilePicker.Kind(t.get("compare.fileTitle"),
                t.get("files.openKinds", ScenarioFormat.EXTENSION),
                List.of("*" + ScenarioFormat.EXTENSION, "*.png", "*.svg", "*.pdf")), Optional.empty());
        if (chosen.isEmpty()) {
            return;
        }
        Path path = chosen.get();
        String name = String.valueOf(path.getFileName());
        work.submit(READING, t.get("challenge.reading", name), progress -> ScenarioReader.read(path),
                (LoadedScenario loaded) -> viewModel.window().baselineProperty().set(
                        new ViewSettings.Baseline(loaded.document().name(), loaded.document().scenario())),
                failure -> notices.error(t.get("compare.cannotCompare", name),
                        t.get("compare.unchanged", BackgroundWork.describe(failure))));
    }

    private MenuItem item(String key, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
