package org.divergence.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.divergence.figure.ChartData;
import org.divergence.figure.ChartSpec;
import org.divergence.figure.HistoryPoints;
import org.divergence.figure.SeriesSpec;
import org.divergence.text.Text;

/**
 * A chart's numbers as a table, its text alternative: one row per step, the year and every series
 * (and the baseline's, when it is drawn) with its unit in the column's heading; recorded points the
 * chart shows come first, one row each, marked "(recorded)", in a column of their own. A screen reader
 * reads it cell by cell; a sighted user can read exact values off it.
 *
 * <p>Rows are step numbers; a recorded point's row is a negative number, -1 - its place in
 * {@link #recorded}.
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
        List<int[]> recorded = recorded(data);
        getColumns().clear();
        TableColumn<Integer, String> year = new TableColumn<>(text.get("chart.year"));
        year.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue() < 0
                ? text.get("table.recordedYear", yearLabel(Math.floor(point(data, recorded, row.getValue()))))
                : yearLabel(data.year(row.getValue()))));
        year.setSortable(false);
        getColumns().add(year);
        for (int s = 0; s < spec.series().size(); s++) {
            int series = s;
            SeriesSpec each = spec.series().get(s);
            getColumns().add(column(heading(each.name(), spec), k -> k < 0 ? Double.NaN : data.value(series, k), spec, text));
            data.baseline().ifPresent(b -> getColumns().add(column(heading(text.get("table.baselineColumn", each.name(),
                    b.name()), spec), k -> k < 0 ? Double.NaN : data.baselineAt(series, data.year(k)).orElse(Double.NaN),
                    spec, text)));
        }
        for (int h = 0; h < data.history().size(); h++) {
            int set = h;
            getColumns().add(column(heading(data.history().get(h).name(), spec), k -> {
                int[] at = k < 0 ? recorded.get(-1 - k) : null;
                return at != null && at[0] == set ? data.history().get(set).value(at[1]) : Double.NaN;
            }, spec, text));
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < recorded.size(); r++) {
            rows.add(-1 - r);
        }
        rows.addAll(IntStream.range(0, data.steps()).boxed().toList());
        getItems().setAll(FXCollections.observableArrayList(rows));
    }

    /** Every recorded point shown, as {set, point}, in year order. */
    private static List<int[]> recorded(ChartData data) {
        List<int[]> points = new ArrayList<>();
        for (int h = 0; h < data.history().size(); h++) {
            HistoryPoints set = data.history().get(h);
            for (int i = 0; i < set.size(); i++) {
                if (Double.isFinite(set.value(i))) {
                    points.add(new int[] {h, i});
                }
            }
        }
        points.sort(java.util.Comparator.comparingDouble(p -> data.history().get(p[0]).year(p[1])));
        return points;
    }

    /** The decimal year of a recorded point's row. */
    private static double point(ChartData data, List<int[]> recorded, int row) {
        int[] at = recorded.get(-1 - row);
        return data.history().get(at[0]).year(at[1]);
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
