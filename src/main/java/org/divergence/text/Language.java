package org.divergence.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the window speaks. Each has its own locale for numbers and dates (a decimal comma in
 * German). The command line, CSV and scenario files never follow it: they stay English with a dot.
 */
public enum Language {
    ENGLISH("en", "English", Locale.UK),
    GERMAN("de", "Deutsch", Locale.GERMANY);

    private final String tag;
    private final String nativeName;
    private final Locale locale;

    Language(String tag, String nativeName, Locale locale) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.locale = locale;
    }

    /** "en", "de": how the choice is remembered. */
    public String tag() { return tag; }

    /** The language's name in itself, as a language menu lists it ("Deutsch", not "German"). */
    public String nativeName() { return nativeName; }

    /** For numbers and dates. */
    public Locale locale() { return locale; }

    public static Optional<Language> byTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The language of {@code locale} when the window speaks it, else English (a first run's choice). */
    public static Language forLocale(Locale locale) {
        return byTag(locale.getLanguage()).orElse(ENGLISH);
    }
}
