package org.divergence.ui.levers;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads a number as people type it. A point is always a decimal point ("0.05"), and where the locale
 * writes decimals with a comma, a comma is one too ("0,05"). Thousands may be grouped the locale's
 * way ("25,000" in English, "25.000" in German). No hex, no "NaN", no "Infinity", no "1d".
 */
final class TypedNumber {

    /** Plain decimals with an optional exponent. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    /** Thousands grouped with commas, decimals after a point: 25,000 or 1,250.5. */
    private static final Pattern GROUPED_COMMAS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    /** Thousands grouped with points, decimals after a comma: 25.000 or 1.250,5. */
    private static final Pattern GROUPED_POINTS = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+(,\\d*)?");
    /** Decimals after a comma: 0,05 or 17,5 (and an exponent, as a spreadsheet writes it). */
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[-+]?(\\d+,?\\d*|,\\d+)([eE][-+]?\\d+)?");

    private TypedNumber() {}

    /** The number typed, or empty when it is not one. */
    static OptionalDouble parse(String typed, Locale locale) {
        String text = typed.strip().replace('\u00a0', ' ').replace(" ", "");
        boolean decimalComma = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',';
        if (decimalComma) {
            if (GROUPED_POINTS.matcher(text).matches()) {
                text = text.replace(".", "").replace(',', '.');
            } else if (COMMA_DECIMAL.matcher(text).matches()) {
                text = text.replace(',', '.');
            }
        } else if (GROUPED_COMMAS.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        return NUMBER.matcher(text).matches() ? OptionalDouble.of(Double.parseDouble(text)) : OptionalDouble.empty();
    }
}
