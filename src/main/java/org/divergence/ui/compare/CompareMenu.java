package org.divergence.ui.compare;

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

    static final FilePicker.Kind SCENARIO_OR_FIGURE = new FilePicker.Kind("Compare with file",
            "Divergence scenarios and figures (*" + ScenarioFormat.EXTENSION + ", *.png, *.svg, *.pdf)",
            List.of("*" + ScenarioFormat.EXTENSION, "*.png", "*.svg", "*.pdf"));
    private static final Lane READING = Lane.latestWins("baseline file");

    private final Menu menu = new Menu("_Compare");
    private final ExplorerViewModel viewModel;
    private final BackgroundWork work;
    private final Notices notices;
    private final FilePicker picker;

    public CompareMenu(ExplorerViewModel viewModel, BackgroundWork work, Notices notices, FilePicker picker) {
        this.viewModel = viewModel;
        this.work = work;
        this.notices = notices;
        this.picker = picker;
        WindowState window = viewModel.window();

        MenuItem current = item("Set _current as baseline", "Shortcut+B", "menu-baseline-current", this::currentAsBaseline);
        Menu presets = new Menu("Compare with a _preset");
        presets.setId("menu-baseline-presets");
        for (Presets.Preset preset : Presets.all()) {
            MenuItem item = new MenuItem(preset.name());
            item.setId("menu-baseline-preset-" + preset.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.baselineProperty().set(new ViewSettings.Baseline(preset.name(),
                    preset.document().scenario())));
            presets.getItems().add(item);
        }
        MenuItem file = item("Compare with _file…", null, "menu-baseline-file", this::compareWithFile);
        MenuItem clear = item("C_lear baseline", null, "menu-baseline-clear", () -> window.baselineProperty().set(null));
        clear.disableProperty().bind(window.baselineProperty().isNull());

        CheckMenuItem sameAxes = new CheckMenuItem("_Same axes as the baseline");
        sameAxes.setId("menu-same-axes");
        sameAxes.selectedProperty().bindBidirectional(window.sameAxesProperty());
        CheckMenuItem zoom = new CheckMenuItem("_Zoom the index axis to the data");
        zoom.setId("menu-zoom-index");
        zoom.selectedProperty().bindBidirectional(window.zoomIndexProperty());

        menu.getItems().addAll(current, presets, file, clear, new SeparatorMenuItem(), sameAxes, zoom);
    }

    public Menu menu() { return menu; }

    /** The scenario on screen, under the document's name, becomes what the charts compare with. */
    private void currentAsBaseline() {
        String name = viewModel.window().documentNameProperty().get();
        viewModel.setCurrentAsBaseline(name.isBlank() ? ScenarioDocument.UNTITLED : ScenarioFormat.baseName(name));
        notices.info("Baseline set", "The charts now compare with “" + viewModel.window().baseline().orElseThrow().name()
                + "” as it is now; move the levers to see the difference.");
    }

    /** A scenario file or a figure, read in the background; a file that cannot be read changes nothing. */
    private void compareWithFile() {
        Optional<Path> chosen = picker.toOpen(SCENARIO_OR_FIGURE, Optional.empty());
        if (chosen.isEmpty()) {
            return;
        }
        Path path = chosen.get();
        work.submit(READING, "Reading " + path.getFileName(), progress -> ScenarioReader.read(path),
                (LoadedScenario loaded) -> viewModel.window().baselineProperty().set(
                        new ViewSettings.Baseline(loaded.document().name(), loaded.document().scenario())),
                failure -> notices.error("Cannot compare with " + path.getFileName(),
                        BackgroundWork.describe(failure) + " The baseline has not changed."));
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
