package org.divergence.ui.app;

import java.util.function.Supplier;

import org.divergence.text.Text;
import org.divergence.ui.explorer.WindowText;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.divergence.ui.explorer.FilePicker;

/** The platform's own Open and Save dialogs, filtered to the kind of file asked for. */
final class SystemFilePicker implements FilePicker {

    private final Window owner;
    /** The window's words, once there is a window; English until then. */
    private Supplier<Text> words = () -> Text.ENGLISH;

    SystemFilePicker(Window owner) {
        this.owner = owner;
    }

    /** Dialogs from now on speak the window's language. */
    void speak(WindowText text) {
        words = text::now;
    }

    @Override
    public Optional<Path> toOpen(Kind kind, Optional<Path> folder) {
        FileChooser chooser = chooser(kind, folder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get().get("files.allFiles"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> toSave(Kind kind, String suggestedFileName, Optional<Path> folder) {
        FileChooser chooser = chooser(kind, folder);
        chooser.setInitialFileName(suggestedFileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(Kind kind, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kind.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        folder.filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
