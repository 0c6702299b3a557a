package org.divergence.ui.charts;

import org.divergence.text.Text;
import java.util.Locale;
import java.util.stream.IntStream;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.divergence.figure.ChartData;
import org.divergence.figure.ChartSpec;
import org.divergence.figure.SeriesSpec;

/**
 * A chart's numbers as a table, its text alternative: one row per step, the year and every series
 * (and the baseline's, when it is drawn) with its unit in the column's heading. A screen reader reads
 * it cell by cell; a sighted user can read exact values off it.
 */
final class ChartTable extends TableView<Integer> {

    private final javafx.scene.control.Label placeholder = new javafx.scene.control.Label();
    private Text text;

    ChartTable(ChartSpec spec, Text text) {
        getStyleClass().add("chart-table");
        setId("table-" + spec.id());
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPlaceholder(placeholder);
        speak(text);
    }

    /** Its name and placeholder in {@code next}'s words; the columns follow with the next {@link #show}. */
    void speak(Text next) {
        text = next;
        placeholder.setText(next.get("table.noData"));
    }

    /** Shows {@code data}: its columns (the baseline's only when it has one) and its rows. */
    void show(ChartData data) {
        ChartSpec spec = data.spec();
        setAccessibleText(text.get("table.name", spec.title()));
        getColumns().clear();
        TableColumn<Integer, String> year = new TableColumn<>(text.get("chart.year"));
        year.setCellValueFactory(row -> new ReadOnlyStringWrapper(yearLabel(data.year(row.getValue()))));
        year.setSortable(false);
        getColumns().add(year);
        for (int s = 0; s < spec.series().size(); s++) {
            int series = s;
            SeriesSpec each = spec.series().get(s);
            getColumns().add(column(heading(each.name(), spec), k -> data.value(series, k), spec, text));
            data.baseline().ifPresent(b -> getColumns().add(column(heading(text.get("table.baselineColumn", each.name(),
                    b.name()), spec), k -> data.baselineAt(series, data.year(k)).orElse(Double.NaN), spec, text)));
        }
        getItems().setAll(FXCollections.observableArrayList(IntStream.range(0, data.steps()).boxed().toList()));
    }

    private static TableColumn<Integer, String> column(String heading, java.util.function.IntToDoubleFunction value,
                                                       ChartSpec spec, Text text) {
        TableColumn<Integer, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(row -> {
            double v = value.applyAsDouble(row.getValue());
            return new ReadOnlyStringWrapper(Double.isNaN(v) ? "–" : text.decimal(String.format(Locale.ROOT, spec.format().pattern(), v)));
        });
        column.setSortable(false);
        column.getStyleClass().add("number-column");
        return column;
    }

    /** "Nakamoto coefficient (operators)", "Home miners (%)"; no unit where the axis has none. */
    private static String heading(String name, ChartSpec spec) {
        String unit = spec.format().unit();
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    /** A step's time: the year at its start, with the quarter or month when there are several steps a year. */
    static String yearLabel(double year) {
        int whole = (int) Math.floor(year + 1e-9);
        double fraction = year - whole;
        if (Math.abs(fraction) < 1e-6) {
            return Integer.toString(whole);
        }
        return String.format(Locale.ROOT, "%.2f", year);
    }

}
