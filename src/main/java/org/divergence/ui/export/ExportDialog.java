package org.divergence.ui.export;

import org.divergence.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

import org.divergence.figure.ChartSpec;
import org.divergence.figure.Charts;
import org.divergence.figure.Figure;
import org.divergence.figure.FigureExport;
import org.divergence.figure.Theme;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.BackgroundWork.Lane;
import org.divergence.ui.export.FigureChoice.Format;
import org.divergence.ui.export.FigureChoice.Width;

/**
 * Export figure: which chart, format, resolution, width, theme and caption, with a live preview of
 * the figure as it will be written (drawn in the background by the exporter's own code).
 */
final class ExportDialog extends Dialog<ExportDialog.Result> {

    /** What to do with the chosen figure. */
    enum Action { SAVE, COPY }

    record Result(Action action, FigureChoice choice) {}

    private static final double PREVIEW_WIDTH = 460;
    private static final double PREVIEW_HEIGHT = 380;
    private static final Lane PREVIEW = Lane.latestWins("figure preview");

    private final ChoiceBox<Optional<ChartSpec>> chart = new ChoiceBox<>();
    private final SegmentedButton formats = new SegmentedButton();
    private final ChoiceBox<Integer> scale = new ChoiceBox<>();
    private final ChoiceBox<Width> width = new ChoiceBox<>();
    private final Spinner<Integer> customWidth = new Spinner<>(200, 6000, 1000, 50);
    private final SegmentedButton themes = new SegmentedButton();
    private final CheckBox caption = new CheckBox();
    private final ImageView preview = new ImageView();
    private final Label size = new Label();
    private final BackgroundWork work;
    private final Function<FigureChoice, Figure> figures;
    private final Text text;

    /**
     * @param figures turns a choice into the figure it means (the scenario as it is now)
     * @param first   the chart to start with; empty for the dashboard
     * @param text    the window's words: the dialog and the figure speak its language
     */
    ExportDialog(Window owner, BackgroundWork work, Function<FigureChoice, Figure> figures, Optional<ChartSpec> first,
                 Theme theme, Text text) {
        this.work = work;
        this.figures = figures;
        this.text = text;
        initOwner(owner);
        setTitle(text.get("export.title"));
        setHeaderText(text.get("export.header"));
        caption.setText(text.get("export.caption"));
        getDialogPane().getStylesheets().add(ExportDialog.class.getResource("export.css").toExternalForm());
        getDialogPane().getStyleClass().add("export-dialog");
        getDialogPane().setId("export-dialog");

        List<Optional<ChartSpec>> charts = new ArrayList<>();
        charts.add(Optional.empty());
        Charts.ALL.forEach(c -> charts.add(Optional.of(c)));
        chart.getItems().setAll(charts);
        chart.setConverter(converter(c -> c.map(spec -> Charts.in(text, spec).title()).orElse(text.get("export.dashboard"))));
        chart.setValue(first);
        chart.setId("export-chart");

        for (Format f : Format.values()) {
            ToggleButton button = new ToggleButton(f.name());
            button.setUserData(f);
            button.setId("export-format-" + f.extension());
            formats.getButtons().add(button);
        }
        formats.getButtons().get(0).setSelected(true);
        keepOneSelected(formats);
        scale.getItems().setAll(1, 2, 3);
        scale.setValue(2);
        scale.setConverter(converter(n -> text.get("export.resolution", n)));
        scale.setId("export-scale");
        scale.disableProperty().bind(formats.getButtons().get(0).selectedProperty().not());

        width.getItems().setAll(Width.values());
        width.setConverter(converter(w -> w.label(text)));
        width.setValue(Width.DOUBLE_COLUMN);
        width.setId("export-width");
        customWidth.setEditable(true);
        customWidth.setPrefWidth(110);
        customWidth.disableProperty().bind(width.valueProperty().isNotEqualTo(Width.CUSTOM));
        customWidth.setId("export-custom-width");

        for (Theme t : Theme.values()) {
            ToggleButton button = new ToggleButton(text.get("theme." + t.name()));
            button.setUserData(t);
            button.setId("export-theme-" + t.name().toLowerCase(Locale.ROOT));
            button.setSelected(t == theme);
            themes.getButtons().add(button);
        }
        keepOneSelected(themes);
        caption.setSelected(true);
        caption.setId("export-caption");
        caption.setWrapText(true);

        GridPane form = new GridPane();
        form.getStyleClass().add("export-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, label(text.get("export.figure"), chart), chart);
        form.addRow(1, label(text.get("export.format"), formats), new HBox(10, formats, scale));
        form.addRow(2, label(text.get("export.width"), width), new HBox(10, width, customWidth));
        form.addRow(3, label(text.get("export.theme"), themes), themes);
        form.add(caption, 0, 4, 2, 1);
        chart.setMaxWidth(Double.MAX_VALUE);
        // The form keeps its natural width beside the preview: every choice readable, nothing cut to "...".
        form.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.control.Control c : List.of(chart, formats, scale, width, themes)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }

        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setId("export-preview");
        StackPane frame = new StackPane(preview);
        frame.getStyleClass().add("export-preview");
        frame.setMinSize(PREVIEW_WIDTH + 16, PREVIEW_HEIGHT + 16);
        size.setId("export-size");
        size.getStyleClass().add("export-size");
        VBox right = new VBox(6, frame, size);
        right.setAlignment(Pos.TOP_CENTER);

        HBox content = new HBox(20, form, right);
        getDialogPane().setContent(content);
        ButtonType export = new ButtonType(text.get("export.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(text.get("export.copy"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().addAll(copy, export,
                new ButtonType(text.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setResultConverter(button -> button == export ? new Result(Action.SAVE, choice())
                : button == copy ? new Result(Action.COPY, choice()) : null);

        chart.valueProperty().addListener(o -> refresh());
        formats.getToggleGroup().selectedToggleProperty().addListener(o -> refresh());
        scale.valueProperty().addListener(o -> refresh());
        width.valueProperty().addListener(o -> refresh());
        customWidth.valueProperty().addListener(o -> refresh());
        themes.getToggleGroup().selectedToggleProperty().addListener(o -> refresh());
        caption.selectedProperty().addListener(o -> refresh());
        setOnShown(e -> refresh());
    }

    /** The options as they stand. */
    FigureChoice choice() {
        return new FigureChoice(chart.getValue(), (Format) selected(formats), scale.getValue(), width.getValue(),
                customWidth.getValue(), (Theme) selected(themes), caption.isSelected());
    }

    /** Redraws the preview (in the background; the newest choice wins) and says the file's size. */
    private void refresh() {
        if (formats.getToggleGroup().getSelectedToggle() == null || themes.getToggleGroup().getSelectedToggle() == null) {
            return;
        }
        FigureChoice choice = choice();
        Figure figure = figures.apply(choice);
        double fit = Math.min(2, PREVIEW_WIDTH / figure.width());
        work.submit(PREVIEW, text.get("export.drawingPreview"), progress -> {
            double height = FigureExport.height(figure);
            return new Preview(FigureExport.image(figure, Math.max(0.5, fit)), height);
        }, (Preview p) -> {
            preview.setImage(FxImages.of(p.image()));
            size.setText(sizeText(choice, figure.width(), p.height(), text));
        });
    }

    private record Preview(java.awt.image.BufferedImage image, double height) {}

    /** "2016 × 1420 px" for a PNG, "7.0 × 4.9 in" for a vector file. */
    static String sizeText(FigureChoice choice, double width, double height, Text text) {
        if (choice.format() == Format.PNG) {
            return text.get("export.sizePixels", (int) Math.ceil(width * choice.scale()), (int) Math.ceil(height * choice.scale()));
        }
        return text.get("export.sizeInches", text.number(width / 96, 1), text.number(height / 96, 1));
    }

    private static Object selected(SegmentedButton segments) {
        return segments.getToggleGroup().getSelectedToggle().getUserData();
    }

    /**
     * Pressing the chosen segment again must not leave none chosen. (Choosing another segment passes
     * through "none" for a moment, so the old one comes back only if nothing else was chosen.)
     */
    private static void keepOneSelected(SegmentedButton segments) {
        segments.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                javafx.application.Platform.runLater(() -> {
                    if (segments.getToggleGroup().getSelectedToggle() == null) {
                        old.setSelected(true);
                    }
                });
            }
        });
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
