package org.divergence.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.divergence.text.Text;

/**
 * Numbers as the explanation writes them, in the window's language: few digits, no exponent, a true
 * minus sign, the language's decimal separator ("1.4" in English, "1,4" in German).
 */
final class Numbers {

    private final Text text;

    Numbers(Text text) {
        this.text = text;
    }

    /** Two significant digits, whole numbers with thousands separators: 0.031, 1.4, 81, 5,000 (German 5.000). */
    String about(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        if (Math.abs(value) >= 100) {
            return String.format(text.locale(), "%,d", Math.round(value)).replace('-', '−');
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(2));
        return text.decimal(rounded.stripTrailingZeros().toPlainString()).replace('-', '−');
    }

    /** A share 0..1 as whole percent: "29 %"; below one percent "under 1 %". */
    String percent(double share) {
        long p = Math.round(100 * share);
        return p == 0 && share > 0 ? text.get("why.underOnePercent") : p + " %";
    }

    /** Index points with one decimal and a sign: "+2.3", "−0.4"; "±0.0" for a change that rounds away. */
    String points(double delta) {
        return sign(delta) + text.number(Math.abs(delta), 1);
    }

    /** True when {@link #points} would write "±0.0": the change rounds away. */
    static boolean roundsAway(double delta) {
        return Math.abs(delta) < 0.05;
    }

    private static String sign(double delta) {
        return roundsAway(delta) ? "±" : delta > 0 ? "+" : "−";
    }

    /** An index value with one decimal: "31.6". */
    String index(double value) {
        return text.number(value, 1);
    }

    /** "1.5625 BTC": the subsidy exactly, as the protocol has it. */
    String btc(double value) {
        return text.decimal(new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString()) + " BTC";
    }

    /** A decimal year as the month and year: "April 2028", "März 2028". */
    String monthYear(double year) {
        int whole = (int) Math.floor(year);
        int month = Math.min(11, (int) Math.floor((year - whole) * 12));
        return Month.of(month + 1).getDisplayName(TextStyle.FULL, text.locale()) + " " + whole;
    }

    /** A year as a word, never grouped ("2035", not "2,035"). */
    static String year(int year) {
        return String.valueOf(year);
    }

}
