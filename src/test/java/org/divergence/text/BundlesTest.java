package org.divergence.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.divergence.model.Parameter;

/**
 * The two languages are complete and agree: the same keys, the same placeholders, patterns that
 * MessageFormat reads as meant, and every key the code asks for is there.
 */
class BundlesTest {

    private static final Locale BEFORE = Locale.getDefault();
    /** A lone apostrophe: MessageFormat would take it as the start of quoted text and drop it. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,[^}]*)?}");
    /** A key handed to a lookup in the code: get("menu.file"), text.get("levers.heading", …). */
    private static final Pattern KEY_IN_CODE = Pattern.compile("\\.get\\(\"([a-zA-Z]+(\\.[-a-zA-Z0-9]+)+)\"");

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(BEFORE);
    }

    private static ResourceBundle words(Language language) {
        return Text.bundle(Text.WORDS, language);
    }

    private static ResourceBundle modelWords(Language language) {
        return Text.bundle(Text.MODEL_WORDS, language);
    }

    private static Set<String> keys(ResourceBundle bundle) {
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    /** A properties file as written, without a parent bundle filling its gaps. */
    private static Set<String> keysWritten(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = BundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> english = keysWritten("/org/divergence/text/words.properties");
        assertThat(keysWritten("/org/divergence/text/words_de.properties")).isEqualTo(english);
        assertThat(keysWritten("/org/divergence/text/ModelWords_de.properties")).isEqualTo(keys(modelWords(Language.ENGLISH)));
        assertThat(english).hasSizeGreaterThan(300);
        assertThat(words(Language.GERMAN).getLocale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void bothLanguagesHaveTheSamePlaceholdersInEveryString() {
        ResourceBundle english = words(Language.ENGLISH);
        ResourceBundle german = words(Language.GERMAN);
        for (String key : keys(english)) {
            assertThat(placeholders(german.getString(key))).as(key).isEqualTo(placeholders(english.getString(key)));
        }
    }

    @Test
    void everyStringIsAPatternMessageFormatReadsAsMeant() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = words(language);
            for (String key : keys(bundle)) {
                String pattern = bundle.getString(key);
                assertThat(LONE_APOSTROPHE.matcher(pattern).find()).as(language + " " + key + ": write '' for an apostrophe")
                        .isFalse();
                // Throws for a broken pattern (an unclosed brace).
                new MessageFormat(pattern, language.locale());
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsThere() throws IOException {
        Set<String> known = keys(words(Language.ENGLISH));
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/divergence"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(250);
        assertThat(asked.stream().filter(k -> !known.contains(k)).toList()).as("keys asked for but missing").isEmpty();
        // Keys the code puts together: a theme's, a chart's short name, the tour's steps, the export choices.
        for (org.divergence.figure.Theme theme : org.divergence.figure.Theme.values()) {
            assertThat(known).contains("theme." + theme.name());
        }
        for (String id : org.divergence.figure.Charts.ids()) {
            if (!id.equals("headline")) {
                assertThat(known).contains("chart.short." + id);
            }
        }
        for (String step : Set.of("levers", "headline", "details", "baseline", "summary", "share")) {
            assertThat(known).contains("tour." + step + ".title", "tour." + step + ".text");
        }
    }

    @Test
    void everyPresetAndChallengeThatShipsHasItsGermanWordsAndNoneIsLeftOver() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (org.divergence.scenario.Presets.Preset p : org.divergence.scenario.Presets.all()) {
            expected.add("preset." + p.id() + ".name");
            expected.add("preset." + p.id() + ".description");
        }
        for (org.divergence.challenge.Challenge c : org.divergence.challenge.Challenges.all()) {
            expected.add("challenge." + c.id() + ".title");
            expected.add("challenge." + c.id() + ".question");
            c.hint().ifPresent(h -> expected.add("challenge." + c.id() + ".hint"));
            for (int i = 0; i < c.goal().size(); i++) {
                if (c.goal().get(i).label().isPresent()) {
                    expected.add("challenge." + c.id() + ".goal." + i);
                }
            }
        }
        assertThat(keysWritten("/org/divergence/text/shipped_de.properties")).isEqualTo(expected);
        assertThat(keysWritten("/org/divergence/text/shipped.properties")).as("English is in the files themselves").isEmpty();
        assertThat(Text.GERMAN.shipped("preset.baseline.name", "Baseline: today's world")).isEqualTo("Referenz: die heutige Welt");
        assertThat(Text.ENGLISH.shipped("preset.baseline.name", "Baseline: today's world")).isEqualTo("Baseline: today's world");
        assertThat(Text.GERMAN.shipped("preset.a-teachers-own.name", "Mine")).as("not shipped: as written").isEqualTo("Mine");
    }

    @Test
    void theModelWordsOfEnglishAreTheModelsOwnTable() {
        for (Parameter p : Parameter.values()) {
            assertThat(Text.ENGLISH.label(p)).isEqualTo(p.label());
            assertThat(Text.ENGLISH.unit(p)).isEqualTo(p.unit());
            assertThat(Text.ENGLISH.help(p)).isEqualTo(p.description());
            assertThat(Text.GERMAN.label(p)).isNotEqualTo(p.label());
            assertThat(Text.GERMAN.help(p)).isNotEqualTo(p.description());
        }
    }

    @Test
    void englishStaysEnglishOnAGermanSystemAndGermanWritesADecimalComma() {
        Locale.setDefault(Locale.GERMANY);
        Text english = Text.of(Language.ENGLISH);
        assertThat(Text.bundle(Text.WORDS, Language.ENGLISH).getString("chart.year")).isEqualTo("Year");
        assertThat(english.get("levers.heading")).isEqualTo("Levers");
        assertThat(english.value(Parameter.ELECTRICITY_PRICE, 0.05)).isEqualTo("0.050");
        assertThat(Text.GERMAN.value(Parameter.ELECTRICITY_PRICE, 0.05)).isEqualTo("0,050");
        assertThat(Text.GERMAN.valueWithUnit(Parameter.HOME_VINTAGE, 4)).isEqualTo("4,0 Jahre");
        assertThat(Text.GERMAN.number(1234.5, 1)).as("no grouping").isEqualTo("1234,5");
        assertThat(Text.GERMAN.get("tour.stepOf", 2035, 6)).as("whole numbers never grouped").isEqualTo("Schritt 2035 von 6");
        assertThat(Text.GERMAN.date(java.time.LocalDate.of(2026, 11, 29))).isEqualTo("29. November 2026");
        assertThat(english.date(java.time.LocalDate.of(2026, 11, 29))).isEqualTo("29 November 2026");
        assertThat(Text.GERMAN.problem(Parameter.ELECTRICITY_PRICE, 5)).contains("muss zwischen 0,01 und 0,3 USD/kWh liegen");
        assertThat(english.problem(Parameter.ELECTRICITY_PRICE, 5)).contains(
                Parameter.ELECTRICITY_PRICE.problem(5).orElseThrow());
    }

    private static Set<String> placeholders(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
