package org.divergence.figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The figure's typeface, DejaVu Sans (regular and bold), shipped inside the app under
 * /assets/fonts so a figure looks the same on every machine and a PDF can embed it. Its licence is
 * /assets/fonts/LICENSE-DejaVu.txt.
 */
public final class Typeface {

    public static final String FAMILY = "DejaVu Sans"; // code, not words: a font's name
    private static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";

    private Typeface() {}

    /** The font file's bytes, for surfaces that load or embed it themselves. */
    public static byte[] bytes(boolean bold) {
        String path = bold ? BOLD : REGULAR;
        try (InputStream in = Typeface.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The font file as a stream (the caller closes it). */
    public static InputStream open(boolean bold) {
        InputStream in = Typeface.class.getResourceAsStream(bold ? BOLD : REGULAR);
        if (in == null) {
            throw new IllegalStateException((bold ? BOLD : REGULAR) + " is missing from the build");
        }
        return in;
    }
}
