package org.divergence.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.divergence.scenario.ScenarioFormat;

/** The platform's own Open and Save dialogs, filtered to scenario files. */
public final class SystemFilePicker implements FilePicker {

    private final Window owner;

    public SystemFilePicker(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> toOpen(Optional<Path> folder) {
        FileChooser chooser = chooser("Open scenario", folder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> toSave(String suggestedFileName, Optional<Path> folder) {
        FileChooser chooser = chooser("Save scenario", folder);
        chooser.setInitialFileName(suggestedFileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                "Divergence scenarios (*" + ScenarioFormat.EXTENSION + ")", "*" + ScenarioFormat.EXTENSION));
        folder.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
