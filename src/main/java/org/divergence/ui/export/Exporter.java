package org.divergence.ui.export;

import org.divergence.text.Text;
import org.divergence.scenario.ViewSettings;
import org.divergence.ui.explorer.WindowText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import org.divergence.figure.AnalysisFigure;
import org.divergence.figure.ChartData;
import org.divergence.figure.ChartSpec;
import org.divergence.figure.Charts;
import org.divergence.figure.ChartsCsv;
import org.divergence.figure.Drawing;
import org.divergence.figure.Figure;
import org.divergence.figure.FigureExport;
import org.divergence.model.Bands;
import org.divergence.model.Projection;
import org.divergence.scenario.AtomicFiles;
import org.divergence.scenario.ProjectionCsv;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.ui.explorer.BackgroundWork.Lane;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.FilePicker;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.export.FigureChoice.Format;

/**
 * Figures and data out of the window: File > Export figure… (one chart or the dashboard, PNG, SVG or
 * PDF, with a caption and the scenario inside the file), Copy figure, and Export data… (the series on
 * screen, or the full projection, as CSV). Drawing and writing happen in the background.
 */
public final class Exporter {

    private static final Lane WRITING = Lane.inOrder("export");

    private final Window owner;
    private final ExplorerViewModel viewModel;
    private final Supplier<ScenarioDocument> document;
    private final BackgroundWork work;
    private final Notices notices;
    private final FilePicker picker;

    /** @param document the scenario as Save would write it now (name, notes, baseline), for captions and embedding */
    public Exporter(Window owner, ExplorerViewModel viewModel, Supplier<ScenarioDocument> document, BackgroundWork work,
                    Notices notices, FilePicker picker) {
        this.owner = owner;
        this.viewModel = viewModel;
        this.document = document;
        this.work = work;
        this.notices = notices;
        this.picker = picker;
    }

    /** Export figure…, Copy figure, Export data…, for the File menu. */
    public List<MenuItem> menuItems() {
        MenuItem figure = item("menu.file.exportFigure", "Shortcut+E", "menu-export-figure", () -> exportFigure(Optional.empty()));
        MenuItem copy = item("menu.file.copyFigure", "Shortcut+Shift+C", "menu-copy-figure", this::copyHeadline);
        MenuItem data = item("menu.file.exportData", null, "menu-export-data", this::exportData);
        return List.of(new SeparatorMenuItem(), figure, copy, data);
    }

    /** The export dialog, starting on {@code chart} (empty: the dashboard). */
    public void exportFigure(Optional<ChartSpec> chart) {
        ExportDialog dialog = new ExportDialog(owner, work, this::figure, chart, viewModel.window().themeProperty().get(),
                words());
        dialog.showAndWait().ifPresent(result -> {
            if (result.action() == ExportDialog.Action.COPY) {
                copy(result.choice());
            } else {
                save(result.choice());
            }
        });
    }

    /**
     * Exports a figure of the window's own (the sensitivity chart, the regime map) made for the open
     * document: the file's extension chooses PNG (at twice its size), SVG or PDF.
     */
    public void exportDrawing(Function<ScenarioDocument, Drawing> figureFor) {
        Drawing figure = figureFor.apply(document.get());
        String kind = figure instanceof AnalysisFigure analysis ? analysis.kind() : "figure";
        Text t = words();
        FilePicker.Kind files = new FilePicker.Kind(t.get("export.title"), t.get("export.analysisFiles"),
                List.of("*.png", "*.svg", "*.pdf"));
        Optional<Path> chosen = picker.toSave(files, document.get().name() + " - " + kind + ".png", Optional.empty());
        if (chosen.isEmpty()) {
            return;
        }
        Format format = Format.of(chosen.get()).orElse(Format.PNG);
        Path target = withExtension(chosen.get(), format.extension());
        work.submit(WRITING, t.get("export.exporting", name(target)), progress -> {
            AtomicFiles.write(target, bytes(figure, format, 2));
            return target;
        }, written -> notices.info(t.get("export.exported"), t.get("export.writtenFigure", name(written))));
    }

    /** The figure as a file of {@code format}; {@code scale} for a PNG's pixels. */
    private static byte[] bytes(Drawing figure, Format format, int scale) {
        return switch (format) {
            case PNG -> FigureExport.png(figure, scale);
            case SVG -> FigureExport.svg(figure);
            case PDF -> FigureExport.pdf(figure);
        };
    }

    /**
     * The figure a choice means, for the scenario as it is now (taken on the FX thread; drawn anywhere),
     * in the window's language: a shipped preset's name as the window shows it, in the caption and in
     * the scenario the figure carries.
     */
    Figure figure(FigureChoice choice) {
        Projection projection = viewModel.getProjection();
        Optional<Projection> baseline = viewModel.baselineProjection()
                .filter(b -> !b.scenario().equals(projection.scenario()));
        WindowText text = viewModel.window().text();
        ScenarioDocument written = document.get();
        ScenarioDocument doc = written.withName(text.name(written.name())).withView(written.view().withBaseline(
                written.view().baseline().map(b -> new ViewSettings.Baseline(text.name(b.name()), b.scenario()))));
        // The bands as the charts show them, when they are the scenario's own (a stale set never goes to a file).
        Optional<Bands> bands = viewModel.window().bandsShownProperty().get() && viewModel.bands().isCurrent()
                ? Optional.of(viewModel.bands().bandsProperty().get()) : Optional.empty();
        return new Figure(choice.chart(), choice.pixels(), choice.fixedHeight(), choice.theme(), choice.caption(), doc,
                projection, doc.view().baseline().isPresent() ? baseline : Optional.empty(),
                OptionalDouble.of(viewModel.window().getSummaryYear()), LocalDate.now(),
                viewModel.window().showHistoryProperty().get(), bands, words());
    }

    private void save(FigureChoice choice) {
        Text t = words();
        FilePicker.Kind kind = new FilePicker.Kind(t.get("export.title"),
                t.get("export.formatFiles", choice.format().label(t), choice.format().extension()),
                List.of("*." + choice.format().extension()));
        Optional<Path> chosen = picker.toSave(kind, choice.fileName(document.get().name()), Optional.empty());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), choice.format().extension());
        Figure figure = figure(choice);
        work.submit(WRITING, t.get("export.exporting", name(target)), progress -> {
            AtomicFiles.write(target, bytes(figure, choice.format(), choice.scale()));
            return target;
        }, written -> notices.info(t.get("export.exported"), t.get("export.writtenFigure", name(written))));
    }

    /** Copy figure: the headline chart as it looks now, double-column width, on the clipboard. */
    private void copyHeadline() {
        copy(new FigureChoice(Optional.of(Charts.HEADLINE), Format.PNG, 2, FigureChoice.Width.DOUBLE_COLUMN, 0,
                viewModel.window().themeProperty().get(), true));
    }

    private void copy(FigureChoice choice) {
        Figure figure = figure(choice);
        Text t = words();
        work.submit(WRITING, t.get("export.copying"), progress -> FigureExport.image(figure, choice.scale()), image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(FxImages.of(image));
            Clipboard.getSystemClipboard().setContent(content);
            notices.info(t.get("export.copied"), t.get("export.copiedText", image.getWidth(), image.getHeight()));
        });
    }

    /** Export data…: the series the charts show (and the baseline's), or the full projection. */
    private void exportData() {
        Text t = words();
        ButtonType onScreen = new ButtonType(t.get("export.onScreen"), ButtonBar.ButtonData.YES);
        ButtonType full = new ButtonType(t.get("export.full"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(t.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", onScreen, full, cancel);
        ask.initOwner(owner);
        ask.setTitle(t.get("export.dataTitle"));
        ask.setHeaderText(t.get("export.dataHeader"));
        ask.setContentText(t.get("export.dataText"));
        ask.getDialogPane().setId("export-data-dialog");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return;
        }
        boolean series = answer.get() == onScreen;
        String base = document.get().name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        FilePicker.Kind csv = new FilePicker.Kind(t.get("export.dataTitle"), t.get("export.csvFiles"), List.of("*.csv"));
        Optional<Path> chosen = picker.toSave(csv, (base.isEmpty() ? "divergence" : base) + (series ? "-charts" : "-projection")
                + ".csv", Optional.empty());
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), "csv");
        Projection projection = viewModel.getProjection();
        List<ChartData> charts = new ArrayList<>();
        Optional<Projection> baseline = viewModel.baselineProjection().filter(b -> !b.scenario().equals(projection.scenario()));
        String name = viewModel.window().baseline().map(b -> b.name()).orElse("baseline");
        // The English charts: CSV columns are stable names, whatever the window's language.
        for (ChartSpec spec : Charts.ALL) {
            charts.add(baseline.isPresent() ? ChartData.of(spec, projection, name, baseline.get()) : ChartData.of(spec, projection));
        }
        work.submit(WRITING, t.get("export.exporting", name(target)), progress -> {
            AtomicFiles.write(target, series ? ChartsCsv.toBytes(charts) : ProjectionCsv.toBytes(projection));
            return target;
        }, written -> notices.info(t.get("export.exported"), t.get("export.written", name(written))));
    }

    private static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? path : path.resolveSibling(name + "." + extension);
    }

    /** The window's words now, for a dialog, a notice or a figure. */
    private Text words() {
        return viewModel.window().text().now();
    }

    private static String name(Path path) {
        return String.valueOf(path.getFileName());
    }

    private MenuItem item(String key, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(viewModel.window().text().get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
