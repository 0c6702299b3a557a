package org.divergence.text;

import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import org.divergence.model.OperatorClass;
import org.divergence.model.Outcome;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.ParameterGroup;
import org.divergence.model.RegulationDesign;

/**
 * Every word the window shows, in one language: the one way to look up a string. Wording lives in
 * resource bundles next to this class: {@code words.properties} (English) and {@code words_de.properties}
 * (German) for the window, and {@link ModelWords} for the names, units and help of the model's
 * parameters, whose English is the model's own table (so the command line and docs/MODEL.md, which
 * read that table, and the window never disagree).
 *
 * <p>Every window string is a {@link MessageFormat} pattern: placeholders are {0}, {1}…, an apostrophe
 * is written twice (''). Whole numbers (years, counts) are put in as they are, never grouped
 * ("2035", not "2,035"); decimals should be formatted with {@link #number} first.
 */
public final class Text {

    /** The wording the command line and CSV would use: English, a decimal point. */
    public static final Text ENGLISH = new Text(Language.ENGLISH);
    public static final Text GERMAN = new Text(Language.GERMAN);

    static final String WORDS = "org.divergence.text.words";
    static final String MODEL_WORDS = "org.divergence.text.ModelWords";
    static final String SHIPPED = "org.divergence.text.shipped";

    private static final Map<Language, Text> ALL = new EnumMap<>(Map.of(Language.ENGLISH, ENGLISH, Language.GERMAN, GERMAN));

    private final Language language;
    private final ResourceBundle words;
    private final ResourceBundle modelWords;
    private final ResourceBundle shipped;
    private final char decimalSeparator;
    private final DateTimeFormatter date;
    /** The strings without placeholders, as made once; Text is shared by the FX thread and background work. */
    private final Map<String, String> plain = new ConcurrentHashMap<>();
    /** The patterns with placeholders, parsed once; a MessageFormat is used by one thread at a time. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Text(Language language) {
        this.language = language;
        this.words = bundle(WORDS, language);
        this.modelWords = bundle(MODEL_WORDS, language);
        this.shipped = bundle(SHIPPED, language);
        this.decimalSeparator = DecimalFormatSymbols.getInstance(language.locale()).getDecimalSeparator();
        this.date = DateTimeFormatter.ofPattern(words.getString("format.date"), language.locale());
    }

    public static Text of(Language language) {
        return ALL.get(Objects.requireNonNull(language, "language"));
    }

    /**
     * A language's bundle, never another's: without the no-fallback control, asking for English on a
     * German system would return the German bundle (the default locale is tried before the base).
     */
    static ResourceBundle bundle(String name, Language language) {
        Locale locale = language == Language.ENGLISH ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public Language language() { return language; }

    public Locale locale() { return language.locale(); }

    /**
     * The window string {@code key}, its placeholders filled in. Integers go in as plain digits;
     * parameters, groups, designs and operator classes by their name in this language.
     *
     * @throws java.util.MissingResourceException for a key no bundle has (a test checks every key used)
     */
    public String get(String key, Object... args) {
        if (args.length == 0) {
            // Charts ask for "Year" and "halving" at every repaint: a plain string is made once.
            return plain.computeIfAbsent(key, k -> new MessageFormat(words.getString(k), locale()).format(new Object[0]));
        }
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = fill(args[i]);
        }
        // Parsed once per key: legends ask for their words at every repaint and layout pass.
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(words.getString(k), locale()));
        synchronized (format) {
            return format.format(filled);
        }
    }

    private Object fill(Object arg) {
        if (arg instanceof Integer || arg instanceof Long) {
            return arg.toString();
        }
        if (arg instanceof Parameter p) {
            return label(p);
        }
        if (arg instanceof ParameterGroup g) {
            return group(g);
        }
        if (arg instanceof RegulationDesign d) {
            return design(d);
        }
        if (arg instanceof OperatorClass c) {
            return operatorClass(c);
        }
        return arg;
    }

    /** {@code value} with exactly {@code decimals} decimals, the language's decimal separator, no grouping. */
    public String number(double value, int decimals) {
        return decimal(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    /** A number written the neutral way ("0.05", "-1.5E3") with this language's decimal separator ("0,05"). */
    public String decimal(String neutral) {
        return decimalSeparator == '.' ? neutral : neutral.replace('.', decimalSeparator);
    }

    /** A parameter's value as the window shows it: {@link Parameter#format} with this language's separator. */
    public String value(Parameter parameter, double value) {
        return decimal(parameter.format(value));
    }

    /** "0.05 USD/kWh", "4 Jahre". */
    public String valueWithUnit(Parameter parameter, double value) {
        return value(parameter, value) + " " + unit(parameter);
    }

    /** "0.01 and 0.3 USD/kWh", in this language. */
    public String range(Parameter p) {
        return get("value.range", decimal(Parameter.plain(p.min())), decimal(Parameter.plain(p.max())), unit(p));
    }

    /**
     * Why {@code value} is not allowed for {@code p}, in this language ("muss zwischen 0,01 und 0,3
     * USD/kWh liegen"), or empty when it is. The rule is the model's own ({@link Parameter#problem}).
     */
    public Optional<String> problem(Parameter p, double value) {
        return p.problem(value).map(english -> !Double.isFinite(value) ? get("problem.notFinite", range(p))
                : value < p.min() || value > p.max() ? get("problem.outOfRange", range(p))
                : get("problem.notWhole", range(p)));
    }

    /** "Electricity price, USD per kWh": what a slider or value field is, for a screen reader. */
    public String spokenName(Parameter p) {
        return get("levers.spokenName", label(p), spokenUnit(p));
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    /**
     * Text that ships with Divergence in its own files (a preset's name, a challenge's question), in
     * this language: the bundle's translation under {@code key} ("preset.baseline.name"), else the text
     * as the file writes it (English, or a teacher's own file in whatever language it was written).
     */
    public String shipped(String key, String asWritten) {
        return shipped.containsKey(key) ? shipped.getString(key) : asWritten;
    }

    // --- the model's words ------------------------------------------------------------------------

    public String label(Parameter p) { return modelWords.getString(ModelWords.label(p)); }

    /**
     * The label inside a sentence: in English "electricity price", but "ASIC efficiency" and "NPU
     * throughput" keep their capitals; in German, nouns keep theirs anyway.
     */
    public String labelInSentence(Parameter p) {
        return inSentence(label(p));
    }

    /** A name inside a sentence: lower case first in English unless it starts with an acronym; German nouns keep theirs. */
    public String inSentence(String name) {
        boolean keep = language == Language.GERMAN || name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return keep || name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    public String unit(Parameter p) { return modelWords.getString(ModelWords.unit(p)); }

    /** What the parameter means (tooltips and help). */
    public String help(Parameter p) { return modelWords.getString(ModelWords.help(p)); }

    /** Where its default comes from. */
    public String source(Parameter p) { return modelWords.getString(ModelWords.source(p)); }

    public String group(ParameterGroup g) { return modelWords.getString(ModelWords.group(g)); }

    public String design(RegulationDesign d) { return modelWords.getString(ModelWords.design(d)); }

    public String designHelp(RegulationDesign d) { return modelWords.getString(ModelWords.designHelp(d)); }

    public String operatorClass(OperatorClass c) { return modelWords.getString(ModelWords.operatorClass(c)); }

    /** An output's name: "Mining decentralization index". */
    public String output(Output o) { return modelWords.getString(ModelWords.output(o)); }

    /** What an outcome reads, with its year: "Mining decentralization index in 2035"; the gap says what it subtracts. */
    public String outcome(Outcome outcome) {
        String year = String.valueOf(outcome.year());
        return outcome.output().map(o -> get("analysis.outputIn", output(o), year)).orElse(get("analysis.gapIn", year));
    }

    /** The unit of an outcome's value: index points for the gap. */
    public String outcomeUnit(Outcome outcome) {
        return outcome.output().map(this::outputUnit).orElse(get("analysis.indexPoints"));
    }

    /** An output's unit as the model gives it ("0-1" for a share, "0-100" for an index, "operators"). */
    public String outputUnit(Output o) { return modelWords.getString(ModelWords.outputUnit(o)); }

    /**
     * A unit as a screen reader should say it: a reader spells "J/TH" letter by letter and reads "%/yr"
     * as nothing useful, so symbols are written out ("joules per terahash", "Prozent pro Jahr").
     * Symbols the bundle does not list (USD, kWh, TOPS) are kept.
     */
    public String spokenUnit(Parameter p) {
        StringBuilder spoken = new StringBuilder();
        for (String part : unit(p).split("/")) {
            if (spoken.length() > 0) {
                spoken.append(' ').append(get("spoken.per")).append(' ');
            }
            String key = "spoken." + part.strip();
            spoken.append(words.containsKey(key) ? get(key) : part.strip());
        }
        return spoken.toString();
    }
}
