package org.divergence.ui.files;

import org.divergence.text.Text;
import org.divergence.ui.explorer.WindowText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.geometry.VPos;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.Problem;
import org.divergence.scenario.ScenarioFileException;
import org.divergence.scenario.ScenarioFormat;
import org.divergence.ui.explorer.FilePicker;

/** The document controller's questions and messages as the window's dialogs. */
public final class FxDocumentDialogs implements DocumentDialogs {

    private static final String STYLESHEET = FxDocumentDialogs.class.getResource("files.css").toExternalForm();

    /** Scenario files, and the figures that carry one. */

    private final Window owner;
    private final FilePicker files;
    private final WindowText text;

    public FxDocumentDialogs(Window owner, FilePicker files, WindowText text) {
        this.owner = owner;
        this.files = files;
        this.text = text;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        Text t = text.now();
        return files.toOpen(new FilePicker.Kind(t.get("files.openTitle"), t.get("files.openKinds", ScenarioFormat.EXTENSION),
                List.of("*" + ScenarioFormat.EXTENSION, "*.png", "*.svg", "*.pdf")), folder);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedFileName, Optional<Path> folder) {
        Text t = text.now();
        return files.toSave(new FilePicker.Kind(t.get("files.saveTitle"), t.get("files.saveKinds", ScenarioFormat.EXTENSION),
                List.of("*" + ScenarioFormat.EXTENSION)), suggestedFileName, folder);
    }

    /** A dialog button in the window's language (JavaFX's own OK and Cancel follow the system's). */
    private ButtonType button(String key, ButtonBar.ButtonData data) {
        return new ButtonType(text.now().get(key), data);
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName, String action) {
        Text t = text.now();
        ButtonType save = button("button.save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = button("button.dontSave", ButtonBar.ButtonData.NO);
        ButtonType cancel = button("button.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, t.get("files.unsavedTitle"),
                t.get("files.unsavedQuestion", documentName, action), t.get("files.unsavedText"), save, dontSave, cancel);
        alert.getDialogPane().setId("unsaved-changes-dialog");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == dontSave ? UnsavedChoice.DONT_SAVE : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirmRevert(String documentName) {
        Text t = text.now();
        ButtonType revert = button("button.revert", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = button("button.cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, t.get("files.revertTitle"),
                t.get("files.revertQuestion", documentName), t.get("files.revertText"), revert, cancel);
        return alert.showAndWait().orElse(cancel) == revert;
    }

    @Override
    public void showOpenError(ScenarioFileException error) {
        Text t = text.now();
        Alert alert = alert(Alert.AlertType.ERROR, t.get("files.cannotOpenTitle", error.source()),
                t.get("files.cannotOpen", error.source()), ProblemText.openError(error, t),
                button("button.ok", ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().setId("open-error-dialog");
        alert.showAndWait();
    }

    @Override
    public void showSaveError(Path file, IOException error) {
        Text t = text.now();
        String reason = error instanceof AccessDeniedException ? t.get("files.permissionDenied")
                : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Alert alert = alert(Alert.AlertType.ERROR, t.get("files.cannotSaveTitle"),
                t.get("files.cannotSave", String.valueOf(file.getFileName())), t.get("files.cannotSaveText", reason),
                button("button.ok", ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().setId("save-error-dialog");
        alert.showAndWait();
    }

    @Override
    public void showWarnings(String source, List<Problem> warnings) {
        Text t = text.now();
        Alert alert = alert(Alert.AlertType.INFORMATION, t.get("files.openedWithNotesTitle"),
                t.get(warnings.size() == 1 ? "files.openedWithOneNoteHeader" : "files.openedWithNotesHeader", source,
                        warnings.size()),
                ProblemText.list(warnings, t), button("button.ok", ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().setId("open-warnings-dialog");
        alert.showAndWait();
    }

    @Override
    public boolean offerRecovery(AutosaveStore.Recovery recovery) {
        Text t = text.now();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(t.locale())
                .format(recovery.savedAt().atZone(ZoneId.systemDefault()));
        String what = recovery.originalFile().map(f -> t.get("files.recoverFile", String.valueOf(f.getFileName())))
                .orElse(t.get("files.recoverNeverSaved", recovery.document().name()));
        ButtonType recover = button("button.recover", ButtonBar.ButtonData.YES);
        ButtonType discard = button("button.discard", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, t.get("files.recoverTitle"), t.get("files.recoverHeader"),
                t.get("files.recoverText", what, when), recover, discard);
        alert.getDialogPane().setId("recovery-dialog");
        return alert.showAndWait().orElse(discard) == recover;
    }

    @Override
    public Optional<NameAndNotes> editNameAndNotes(NameAndNotes current) {
        Dialog<NameAndNotes> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Text t = text.now();
        dialog.setTitle(t.get("files.nameAndNotesTitle"));
        dialog.setHeaderText(t.get("files.nameAndNotesHeader"));
        TextField name = new TextField(current.name());
        name.setId("document-name");
        TextArea notes = new TextArea(current.notes());
        notes.setId("document-notes");
        notes.setWrapText(true);
        Label nameLabel = new Label(t.get("files.name"));
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        Label notesLabel = new Label(t.get("files.notes"));
        notesLabel.setLabelFor(notes);
        notesLabel.setMnemonicParsing(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("name-and-notes");
        // The labels keep their whole text; the fields take the rest of the width.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        GridPane.setValignment(notesLabel, VPos.TOP);
        grid.addRow(0, nameLabel, name);
        grid.addRow(1, notesLabel, notes);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setVgrow(notes, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        ButtonType ok = button("button.ok", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, button("button.cancel", ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == ok ? new NameAndNotes(name.getText(), notes.getText()) : null);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().add(STYLESHEET);
        alert.getDialogPane().getStyleClass().add("file-dialog");
        return alert;
    }
}
