package org.divergence.ui.menu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

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
import org.divergence.ui.explorer.WindowText;
import org.divergence.text.Text;

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
    private final WindowText text;
    private Stage stage;
    /** The words the open window was built in: a new language builds it again. */
    private Text builtIn;

    ModelSources(Window owner, BackgroundWork work, Notices notices, WindowText text) {
        this.owner = owner;
        this.work = work;
        this.notices = notices;
        this.text = text;
    }

    /** Shows the window (one at a time; brought to the front if already open). */
    void show() {
        if (stage == null || builtIn != text.now()) {
            if (stage != null) {
                stage.close();
            }
            builtIn = text.now();
            stage = build(builtIn);
        }
        stage.show();
        stage.toFront();
    }

    private Stage build(Text t) {
        TableView<Parameter> table = new TableView<>();
        table.setId("model-sources-table");
        table.getStyleClass().add("model-sources-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(t.get("sources.group"), 130, p -> t.group(p.group())));
        table.getColumns().add(column(t.get("sources.input"), 190, t::label));
        table.getColumns().add(column(t.get("sources.default"), 120, p -> t.valueWithUnit(p, p.defaultValue())));
        table.getColumns().add(column(t.get("sources.allowed"), 150, p -> t.get("sources.range",
                t.decimal(Parameter.plain(p.min())), t.decimal(Parameter.plain(p.max())), t.unit(p))));
        table.getColumns().add(column(t.get("sources.source"), 480, t::source));
        table.setRowFactory(view -> {
            var row = new javafx.scene.control.TableRow<Parameter>();
            row.itemProperty().addListener((obs, old, now) ->
                    row.setTooltip(now == null ? null : new Tooltip(t.help(now))));
            return row;
        });

        FilteredList<Parameter> shown = new FilteredList<>(FXCollections.observableArrayList(Parameter.values()));
        table.setItems(shown);
        TextField filter = TextFields.createClearableTextField();
        filter.setId("model-sources-filter");
        filter.setPromptText(t.get("sources.filterPrompt"));
        filter.setAccessibleText(t.get("sources.filterName"));
        filter.textProperty().addListener((obs, old, now) -> {
            String wanted = now == null ? "" : now.strip().toLowerCase(t.locale());
            shown.setPredicate(p -> wanted.isEmpty() || String.join(" ", t.label(p), p.key(), t.unit(p), t.help(p),
                    t.source(p), t.group(p.group())).toLowerCase(t.locale()).contains(wanted));
        });
        HBox.setHgrow(filter, Priority.ALWAYS);

        Label about = new Label(t.get("sources.about", DivergenceModel.VERSION));
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        Button save = new Button(t.get("sources.save"));
        save.setId("save-model-documentation");
        save.setOnAction(e -> saveDocumentation());
        HBox top = new HBox(10, filter, save);

        BorderPane root = new BorderPane(table);
        root.setTop(new javafx.scene.layout.VBox(8, about, top));
        root.setPadding(new Insets(12));
        BorderPane.setMargin(table, new Insets(10, 0, 0, 0));

        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(t.get("sources.title"));
        Scene scene = new Scene(root, 1180, 640);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        window.setScene(scene);
        return window;
    }

    private void saveDocumentation() {
        FileChooser chooser = new FileChooser();
        Text t = text.now();
        chooser.setTitle(t.get("sources.saveTitle"));
        chooser.setInitialFileName("Divergence-model-" + DivergenceModel.VERSION + ".md");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("sources.markdown"), "*.md"));
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        work.submit(SAVING, t.get("sources.saving"), progress -> {
            try (InputStream in = ModelSources.class.getResourceAsStream(DOCUMENTATION)) {
                if (in == null) {
                    throw new IOException(t.get("sources.missing"));
                }
                AtomicFiles.write(target, in.readAllBytes());
            }
            return target;
        }, saved -> notices.info(t.get("notice.saved"), t.get("sources.saved", saved.getFileName().toString())));
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
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

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
