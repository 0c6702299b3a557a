package org.divergence.figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of a theme: one per series role plus the figure's background, text and lines. Read
 * from the theme's palette stylesheet (palette-light.css, palette-dark.css), which the window also
 * loads, so the window and every exported figure share one definition of each colour.
 */
public final class Palette {

    private static final Pattern VARIABLE = Pattern.compile("(-dv-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Map<Theme, Palette> LOADED = new EnumMap<>(Theme.class);

    private final Map<Role, Rgb> roles = new EnumMap<>(Role.class);
    private final Rgb background;
    private final Rgb text;
    private final Rgb muted;
    private final Rgb grid;
    private final Rgb axis;
    private final Rgb marker;
    private final Rgb labelBackground;

    private Palette(Map<String, Rgb> variables, String source) {
        for (Role role : Role.values()) {
            roles.put(role, required(variables, "-dv-" + role.paletteName(), source));
        }
        background = required(variables, "-dv-figure-background", source);
        text = required(variables, "-dv-figure-text", source);
        muted = required(variables, "-dv-figure-muted", source);
        grid = required(variables, "-dv-figure-grid", source);
        axis = required(variables, "-dv-figure-axis", source);
        marker = required(variables, "-dv-marker", source);
        labelBackground = required(variables, "-dv-figure-label-background", source);
    }

    /** The palette of a theme (read once). */
    public static synchronized Palette of(Theme theme) {
        return LOADED.computeIfAbsent(theme, Palette::load);
    }

    /** The theme's palette as a stylesheet URL, for the window's scene. */
    public static URL stylesheet(Theme theme) {
        URL url = Palette.class.getResource(fileName(theme));
        if (url == null) {
            throw new IllegalStateException(fileName(theme) + " is missing from the build");
        }
        return url;
    }

    public Rgb of(Role role) { return roles.get(role); }

    public Rgb background() { return background; }

    public Rgb text() { return text; }

    /** Secondary text: tick labels, captions. */
    public Rgb muted() { return muted; }

    public Rgb grid() { return grid; }

    public Rgb axis() { return axis; }

    /** Vertical event markers such as halvings. */
    public Rgb marker() { return marker; }

    /** Behind a label drawn over data, so it stays readable. */
    public Rgb labelBackground() { return labelBackground; }

    private static String fileName(Theme theme) {
        return "palette-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".css";
    }

    private static Palette load(Theme theme) {
        try (InputStream in = stylesheet(theme).openStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), fileName(theme));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName(theme), e);
        }
    }

    /** The -dv-* variables of a palette stylesheet; comments are skipped. */
    static Palette parse(String css, String source) {
        String code = css.replaceAll("(?s)/\\*.*?\\*/", " ");
        Map<String, Rgb> variables = new HashMap<>();
        Matcher m = VARIABLE.matcher(code);
        while (m.find()) {
            variables.put(m.group(1), Rgb.parse(m.group(2)));
        }
        return new Palette(variables, source);
    }

    private static Rgb required(Map<String, Rgb> variables, String name, String source) {
        Rgb colour = variables.get(name);
        if (colour == null) {
            throw new IllegalStateException(source + " does not define " + name);
        }
        return colour;
    }
}
