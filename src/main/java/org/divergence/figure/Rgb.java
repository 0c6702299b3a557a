package org.divergence.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A colour with opacity, independent of any toolkit, so one palette serves the window, PNG, SVG and PDF. */
public record Rgb(int red, int green, int blue, double alpha) {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6})");
    private static final Pattern RGBA = Pattern.compile(
            "rgba\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*([0-9.]+)\\s*\\)");

    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || !(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("not a colour: " + red + ", " + green + ", " + blue + ", " + alpha);
        }
    }

    /** "#e8710a" or "rgba(87, 96, 106, 0.45)", as the palette files write them. */
    public static Rgb parse(String text) {
        String t = text.strip();
        Matcher hex = HEX.matcher(t);
        if (hex.matches()) {
            int v = Integer.parseInt(hex.group(1), 16);
            return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff, 1);
        }
        Matcher rgba = RGBA.matcher(t);
        if (rgba.matches()) {
            return new Rgb(Integer.parseInt(rgba.group(1)), Integer.parseInt(rgba.group(2)),
                    Integer.parseInt(rgba.group(3)), Double.parseDouble(rgba.group(4)));
        }
        throw new IllegalArgumentException("not a colour: " + text);
    }

    /** The same colour at another opacity. */
    public Rgb withAlpha(double newAlpha) {
        return new Rgb(red, green, blue, newAlpha);
    }

    /** "#e8710a", ignoring opacity (SVG writes opacity separately). */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
