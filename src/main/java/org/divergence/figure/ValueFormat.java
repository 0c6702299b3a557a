package org.divergence.figure;

import java.util.Locale;

/** How one value of a chart is written, with its unit: "31.5", "58.0 %", "0.061 USD/kWh". */
public record ValueFormat(String pattern, String unit) {

    public String format(double value) {
        String number = String.format(Locale.ROOT, pattern, value);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** A difference with its sign and unit: "+2.1", "−6.0 %" (a true minus sign, as in print). */
    public String difference(double delta) {
        String signed = signed(delta);
        return unit.isEmpty() ? signed : signed + " " + unit;
    }

    /** A difference with its sign, without the unit: "+2.1", "−6.0", "±0.0". */
    public String signed(double delta) {
        String number = String.format(Locale.ROOT, pattern, Math.abs(delta));
        // A difference that rounds to zero is no difference, whatever its sign.
        boolean zero = number.chars().noneMatch(c -> c >= '1' && c <= '9');
        return (zero ? "±" : delta > 0 ? "+" : "−") + number;
    }
}
