package org.divergence.ui.files;

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

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType REVERT = new ButtonType("Revert", ButtonBar.ButtonData.OK_DONE);
    private static final String STYLESHEET = FxDocumentDialogs.class.getResource("files.css").toExternalForm();

    /** Scenario files, and the figures that carry one. */
    static final FilePicker.Kind SCENARIOS_TO_OPEN = new FilePicker.Kind("Open scenario",
            "Divergence scenarios and figures (*" + ScenarioFormat.EXTENSION + ", *.png, *.svg, *.pdf)",
            List.of("*" + ScenarioFormat.EXTENSION, "*.png", "*.svg", "*.pdf"));
    static final FilePicker.Kind SCENARIOS_TO_SAVE = new FilePicker.Kind("Save scenario",
            "Divergence scenarios (*" + ScenarioFormat.EXTENSION + ")", List.of("*" + ScenarioFormat.EXTENSION));

    private final Window owner;
    private final FilePicker files;

    public FxDocumentDialogs(Window owner, FilePicker files) {
        this.owner = owner;
        this.files = files;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Optional<Path> folder) {
        return files.toOpen(SCENARIOS_TO_OPEN, folder);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedFileName, Optional<Path> folder) {
        return files.toSave(SCENARIOS_TO_SAVE, suggestedFileName, folder);
    }

    @Override
    public UnsavedChoice askToSaveChanges(String documentName, String action) {
        Alert alert = alert(Alert.AlertType.WARNING, "Unsaved changes",
                "Save changes to “" + documentName + "” before " + action + "?",
                "If you don't save, your changes will be lost.", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.getDialogPane().setId("unsaved-changes-dialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == SAVE ? UnsavedChoice.SAVE : answer == DONT_SAVE ? UnsavedChoice.DONT_SAVE : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirmRevert(String documentName) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Revert",
                "Revert “" + documentName + "” to the last saved version?",
                "Your unsaved changes will be lost.", REVERT, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == REVERT;
    }

    @Override
    public void showOpenError(ScenarioFileException error) {
        Alert alert = alert(Alert.AlertType.ERROR, "Cannot open " + error.source(),
                "“" + error.source() + "” could not be opened.", ProblemText.openError(error), ButtonType.OK);
        alert.getDialogPane().setId("open-error-dialog");
        alert.showAndWait();
    }

    @Override
    public void showSaveError(Path file, IOException error) {
        String reason = error instanceof AccessDeniedException ? "permission denied"
                : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Alert alert = alert(Alert.AlertType.ERROR, "Cannot save",
                "“" + file.getFileName() + "” could not be saved.",
                reason + "\n\nThe previous version of the file, if any, is unchanged. Your work is still on screen;"
                        + " try File > Save As to save it somewhere else.", ButtonType.OK);
        alert.getDialogPane().setId("save-error-dialog");
        alert.showAndWait();
    }

    @Override
    public void showWarnings(String source, List<Problem> warnings) {
        Alert alert = alert(Alert.AlertType.INFORMATION, "Opened with notes",
                "“" + source + "” opened, with " + (warnings.size() == 1 ? "one note" : warnings.size() + " notes") + ":",
                ProblemText.list(warnings), ButtonType.OK);
        alert.getDialogPane().setId("open-warnings-dialog");
        alert.showAndWait();
    }

    @Override
    public boolean offerRecovery(AutosaveStore.Recovery recovery) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(recovery.savedAt().atZone(ZoneId.systemDefault()));
        String what = recovery.originalFile().map(f -> "“" + f.getFileName() + "”")
                .orElse("“" + recovery.document().name() + "” (never saved)");
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work",
                "Divergence did not close normally last time.",
                "Unsaved changes to " + what + " from " + when + " were kept. Recover them?", RECOVER, DISCARD);
        alert.getDialogPane().setId("recovery-dialog");
        return alert.showAndWait().orElse(DISCARD) == RECOVER;
    }

    @Override
    public Optional<NameAndNotes> editNameAndNotes(NameAndNotes current) {
        Dialog<NameAndNotes> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Name and notes");
        dialog.setHeaderText("Saved with the scenario: the name in the title and on figures, and notes on the story it tells.");
        TextField name = new TextField(current.name());
        name.setId("document-name");
        TextArea notes = new TextArea(current.notes());
        notes.setId("document-notes");
        notes.setWrapText(true);
        Label nameLabel = new Label("_Name");
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        Label notesLabel = new Label("N_otes");
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
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? new NameAndNotes(name.getText(), notes.getText()) : null);
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
