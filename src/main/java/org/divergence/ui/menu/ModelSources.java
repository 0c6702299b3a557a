package org.divergence.ui.menu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.scenario.AtomicFiles;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.BackgroundWork.Lane;
import org.divergence.ui.explorer.Notices;

/**
 * Help > Model and sources: every input of the model in one table (its default, range, unit, meaning
 * and public source), with a filter, and the full model documentation (every equation, invariant and
 * limit; docs/MODEL.md, shipped inside the app) saved wherever the reader wants it.
 */
final class ModelSources {

    /** Where the build puts docs/MODEL.md inside the app. */
    static final String DOCUMENTATION = "/docs/MODEL.md";
    private static final Lane SAVING = Lane.inOrder("model documentation");

    private final Window owner;
    private final BackgroundWork work;
    private final Notices notices;
    private Stage stage;

    ModelSources(Window owner, BackgroundWork work, Notices notices) {
        this.owner = owner;
        this.work = work;
        this.notices = notices;
    }

    /** Shows the window (one at a time; brought to the front if already open). */
    void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
    }

    private Stage build() {
        TableView<Parameter> table = new TableView<>();
        table.setId("model-sources-table");
        table.getStyleClass().add("model-sources-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Group", 130, p -> p.group().label()));
        table.getColumns().add(column("Input", 190, Parameter::label));
        table.getColumns().add(column("Default", 120, p -> p.format(p.defaultValue()) + " " + p.unit()));
        table.getColumns().add(column("Allowed", 150, p -> Parameter.plain(p.min()) + " to " + Parameter.plain(p.max())
                + " " + p.unit()));
        table.getColumns().add(column("Source", 480, Parameter::source));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Parameter>();
            row.itemProperty().addListener((obs, old, now) ->
                    row.setTooltip(now == null ? null : new Tooltip(now.description())));
            return row;
        });

        FilteredList<Parameter> shown = new FilteredList<>(FXCollections.observableArrayList(Parameter.values()));
        table.setItems(shown);
        TextField filter = TextFields.createClearableTextField();
        filter.setId("model-sources-filter");
        filter.setPromptText("Filter: a name, a unit or a source (for example EIA, J/TH, Bitmain)");
        filter.setAccessibleText("Filter the model's inputs");
        filter.textProperty().addListener((obs, old, now) -> {
            String wanted = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(p -> wanted.isEmpty() || (p.label() + " " + p.key() + " " + p.unit() + " "
                    + p.description() + " " + p.source() + " " + p.group().label()).toLowerCase(Locale.ROOT).contains(wanted));
        });
        HBox.setHgrow(filter, Priority.ALWAYS);

        Label about = new Label("Model " + DivergenceModel.VERSION + ": every input with its default and public source."
                + " Hover over a row for what it means. The full documentation has every equation, invariant and limit.");
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        Button save = new Button("Save the full documentation…");
        save.setId("save-model-documentation");
        save.setOnAction(e -> saveDocumentation());
        HBox top = new HBox(10, filter, save);

        BorderPane root = new BorderPane(table);
        root.setTop(new javafx.scene.layout.VBox(8, about, top));
        root.setPadding(new Insets(12));
        BorderPane.setMargin(table, new Insets(10, 0, 0, 0));

        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle("Model and sources");
        Scene scene = new Scene(root, 1180, 640);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        window.setScene(scene);
        return window;
    }

    private void saveDocumentation() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the model documentation");
        chooser.setInitialFileName("Divergence-model-" + DivergenceModel.VERSION + ".md");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown text (*.md)", "*.md"));
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        work.submit(SAVING, "Saving the model documentation", progress -> {
            try (InputStream in = ModelSources.class.getResourceAsStream(DOCUMENTATION)) {
                if (in == null) {
                    throw new IOException("the documentation is missing from this build");
                }
                AtomicFiles.write(target, in.readAllBytes());
            }
            return target;
        }, saved -> notices.info("Saved", "The model documentation is in “" + saved.getFileName() + "”."));
    }

    private static TableColumn<Parameter, String> column(String title, double width,
                                                         java.util.function.Function<Parameter, String> value) {
        TableColumn<Parameter, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> wrappingCell());
        return column;
    }

    /** A cell whose text wraps to the column's width, so a long source is read whole. */
    private static javafx.scene.control.TableCell<Parameter, String> wrappingCell() {
        return new javafx.scene.control.TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.getStyleClass().add("model-sources-text");
                setGraphic(text);
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        };
    }
}
