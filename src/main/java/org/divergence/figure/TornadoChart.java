package org.divergence.figure;

import java.util.List;
import java.util.Locale;
import org.divergence.figure.Painter.HAlign;
import org.divergence.figure.Painter.VAlign;
import org.divergence.model.Parameter;
import org.divergence.model.Sensitivity;
import org.divergence.text.Text;

/**
 * The tornado chart of a {@link Sensitivity.Result}, drawn on any {@link Painter} (the window's
 * canvas and the exports share it): one bar per parameter, largest effect on top, from the outcome
 * with the parameter at the low end of its range (the {@link Role#LOW_END} colour) to the outcome at
 * the high end ({@link Role#HIGH_END}), around a line at the scenario's own outcome. Beside the bars,
 * a table gives each parameter's low and high value and its elasticity.
 */
public final class TornadoChart {

    /** A bar's row is at least this many text heights (em) tall, so its label stays readable. */
    private static final double MIN_ROW_EM = 1.3;

    private final Painter painter;
    private final Sensitivity.Result result;
    private final Look look;
    private final Palette palette;
    private final double em;

    private TornadoChart(Painter painter, Sensitivity.Result result, Look look) {
        this.painter = painter;
        this.result = result;
        this.look = look;
        this.palette = look.palette();
        this.em = look.em();
    }

    /** Draws the chart into the rectangle. */
    public static void paint(Painter painter, Sensitivity.Result result, Look look, double x, double y,
                                       double width, double height) {
        new TornadoChart(painter, result, look).paint(x, y, width, height);
    }

    /** The title: "What moves the gap in 2035 most (edge-AI index minus mining index)". */
    public static String title(Sensitivity.Result result, Text text) {
        if (result.outcome().output().isEmpty()) {
            return text.get("tornado.titleGap", String.valueOf(result.outcome().year()));
        }
        return text.get("tornado.title", text.inSentence(text.outcome(result.outcome())));
    }

    /** How to read it, under the title. */
    public static String subtitle(Sensitivity.Result result, Text text) {
        return text.get("tornado.subtitle", String.valueOf(Math.round(100 * Sensitivity.RELATIVE_SPAN)),
                text.decimal(number(result.central())), text.outcomeUnit(result.outcome()));
    }

    private FigureFont smallFont() { return new FigureFont(0.87 * em, false); }

    private FigureFont labelFont() { return new FigureFont(0.92 * em, false); }

    private void paint(double x, double y, double width, double height) {
        painter.fillRect(x, y, width, height, palette.background());
        double pad = 0.6 * em;
        double top = y + pad;
        top = Heading.paint(painter, look, title(result, look.text()), subtitle(result, look.text()), x, top, width);
        List<Sensitivity.Row> rows = result.rows();
        double labelWidth = 0;
        for (Sensitivity.Row row : rows) {
            labelWidth = Math.max(labelWidth, painter.measure(look.text().label(row.parameter()), labelFont()).width());
        }
        labelWidth = Math.min(labelWidth, 0.3 * width);
        String[] headers = {look.text().get("tornado.low"), look.text().get("tornado.high"), look.text().get("tornado.elasticity")};
        double column = 0;
        for (Sensitivity.Row row : rows) {
            column = Math.max(column, painter.measure(value(row.parameter(), row.low()), smallFont()).width());
            column = Math.max(column, painter.measure(value(row.parameter(), row.high()), smallFont()).width());
        }
        column = Math.max(column, painter.measure("elasticity", smallFont()).width()) + 0.8 * em;
        double tableWidth = 3 * column;
        double legendHeight = painter.measure("Ag", smallFont()).height() * 1.6;
        double axisHeight = 2 * painter.measure("0", smallFont()).height() + 0.6 * em;
        double barsLeft = x + pad + labelWidth + 0.6 * em;
        double barsRight = x + width - pad - tableWidth - 0.6 * em;
        double headerHeight = painter.measure("Ag", smallFont()).height() + 0.3 * em;
        double barsTop = top + headerHeight;
        double barsBottom = y + height - pad - legendHeight - axisHeight;
        // Every bar where they fit; else the largest that do (the rest move the outcome less), and the legend says so.
        int fit = (int) Math.floor((barsBottom - barsTop) / (MIN_ROW_EM * em));
        if (barsRight - barsLeft < 3 * em || fit < 1) {
            return; // no room for readable bars
        }
        rows = rows.subList(0, Math.min(rows.size(), fit));
        double min = result.central();
        double max = result.central();
        for (Sensitivity.Row row : rows) {
            min = Math.min(min, Math.min(row.outcomeAtLow(), row.outcomeAtHigh()));
            max = Math.max(max, Math.max(row.outcomeAtLow(), row.outcomeAtHigh()));
        }
        Scale scale = Scale.around(min, max);
        double rowHeight = (barsBottom - barsTop) / rows.size();
        double barHeight = Math.min(1.4 * em, 0.7 * rowHeight);
        // Grid and the central line under the bars.
        for (double v : scale.gridValues()) {
            double gx = barsLeft + scale.fraction(v) * (barsRight - barsLeft);
            painter.line(gx, barsTop, gx, barsBottom, Stroke.solid(palette.grid(), 1));
            painter.text(look.text().decimal(scale.label(v)), gx, barsBottom + 0.3 * em, smallFont(), palette.muted(), HAlign.CENTER, VAlign.TOP);
        }
        for (int i = 0; i < headers.length; i++) {
            painter.text(headers[i], barsRight + 0.6 * em + (i + 1) * column, top, smallFont(), palette.muted(),
                    HAlign.RIGHT, VAlign.TOP);
        }
        double centreX = barsLeft + scale.fraction(result.central()) * (barsRight - barsLeft);
        Rgb low = palette.of(Role.LOW_END);
        Rgb high = palette.of(Role.HIGH_END);
        for (int r = 0; r < rows.size(); r++) {
            Sensitivity.Row row = rows.get(r);
            double cy = barsTop + (r + 0.5) * rowHeight;
            String label = look.text().label(row.parameter());
            List<String> fitted = Wrapping.lines(painter, label, labelFont(), labelWidth);
            painter.text(fitted.size() == 1 ? label : fitted.get(0) + "…", barsLeft - 0.6 * em, cy, labelFont(),
                    palette.text(), HAlign.RIGHT, VAlign.MIDDLE);
            double xLow = barsLeft + scale.fraction(row.outcomeAtLow()) * (barsRight - barsLeft);
            double xHigh = barsLeft + scale.fraction(row.outcomeAtHigh()) * (barsRight - barsLeft);
            bar(centreX, xLow, cy, barHeight, low);
            bar(centreX, xHigh, cy, barHeight, high);
            double tx = barsRight + 0.6 * em;
            painter.text(look.text().decimal(value(row.parameter(), row.low())), tx + column, cy, smallFont(), palette.text(), HAlign.RIGHT, VAlign.MIDDLE);
            painter.text(look.text().decimal(value(row.parameter(), row.high())), tx + 2 * column, cy, smallFont(), palette.text(), HAlign.RIGHT, VAlign.MIDDLE);
            painter.text(Double.isNaN(row.elasticity()) ? "–" : look.text().decimal(String.format(Locale.ROOT, "%+.2f", row.elasticity())),
                    tx + 3 * column, cy, smallFont(), palette.text(), HAlign.RIGHT, VAlign.MIDDLE);
        }
        painter.line(centreX, barsTop - 0.2 * em, centreX, barsBottom, Stroke.solid(palette.text(), Math.max(1.5, 0.12 * em)));
        painter.text(look.text().outcomeUnit(result.outcome()), (barsLeft + barsRight) / 2, barsBottom + axisHeight, smallFont(),
                palette.muted(), HAlign.CENTER, VAlign.BOTTOM);
        double ly = y + height - pad - legendHeight / 2 + 0.2 * em;
        double swatch = 0.9 * em;
        String lowText = look.text().get("tornado.lowEnd");
        String highText = look.text().get("tornado.highEnd") + (rows.size() < result.rows().size()
                ? "  ·  " + look.text().get("tornado.largestOf", rows.size(), result.rows().size()) : "");
        double total = 2 * (swatch + 0.4 * em) + painter.measure(lowText, smallFont()).width()
                + painter.measure(highText, smallFont()).width() + 1.2 * em;
        double lx = x + (width - total) / 2;
        painter.fillRoundRect(lx, ly - swatch / 2, swatch, swatch, 3, low);
        lx += swatch + 0.4 * em;
        painter.text(lowText, lx, ly, smallFont(), palette.text(), HAlign.LEFT, VAlign.MIDDLE);
        lx += painter.measure(lowText, smallFont()).width() + 1.2 * em;
        painter.fillRoundRect(lx, ly - swatch / 2, swatch, swatch, 3, high);
        painter.text(highText, lx + swatch + 0.4 * em, ly, smallFont(), palette.text(), HAlign.LEFT, VAlign.MIDDLE);
    }

    /** A bar from the central line to one end's outcome. */
    private void bar(double fromX, double toX, double cy, double barHeight, Rgb colour) {
        double left = Math.min(fromX, toX);
        double w = Math.abs(toX - fromX);
        if (w > 0.5) {
            painter.fillRect(left, cy - barHeight / 2, w, barHeight, colour);
        }
    }

    /** A parameter's value as it is shown, with its unit. */
    static String value(Parameter p, double value) {
        return p.format(value) + ("x".equals(p.unit()) ? "×" : "");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.1f", value);
    }
}
