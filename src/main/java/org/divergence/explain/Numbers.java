package org.divergence.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers as the explanation writes them: few digits, no exponent, a true minus sign. */
final class Numbers {

    private Numbers() {}

    /** Two significant digits, whole numbers with thousands separators: 0.031, 1.4, 81, 5,000. */
    static String about(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,d", Math.round(value)).replace('-', '−');
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(2));
        return rounded.stripTrailingZeros().toPlainString().replace('-', '−');
    }

    /** A share 0..1 as whole percent: "29 %"; below one percent "under 1 %". */
    static String percent(double share) {
        long p = Math.round(100 * share);
        return p == 0 && share > 0 ? "under 1 %" : p + " %";
    }

    /** Index points with one decimal and a sign: "+2.3", "−0.4". */
    static String points(double delta) {
        String number = String.format(Locale.ROOT, "%.1f", Math.abs(delta));
        boolean zero = number.equals("0.0");
        return (zero ? "±" : delta > 0 ? "+" : "−") + number;
    }

    /** An index value with one decimal: "31.6". */
    static String index(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** "1.5625 BTC": the subsidy exactly, as the protocol has it. */
    static String btc(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString() + " BTC";
    }

    /** A decimal year as the month and year: "April 2028". */
    static String monthYear(double year) {
        int whole = (int) Math.floor(year);
        int month = Math.min(11, (int) Math.floor((year - whole) * 12));
        return java.time.Month.of(month + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + whole;
    }
}
