package org.divergence.ui.explorer;

import java.util.Objects;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.divergence.text.Language;
import org.divergence.challenge.Challenges;
import org.divergence.scenario.Presets;
import org.divergence.text.Text;

/**
 * The window's language, and its words as live texts: a label bound to {@link #get} says the same
 * thing in the new language the moment View ▸ Language changes, so switching needs no restart and
 * loses neither the scenario nor the undo history. Used from the FX thread only.
 */
public final class WindowText {

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ENGLISH);

    WindowText() {
        NonNull.keep(language);
    }

    /** The language the window speaks; remembered from one run to the next. */
    public ObjectProperty<Language> languageProperty() { return language; }

    /** The words in the language chosen now, for a text made once (a notice, a dialog, a step's name). */
    public Text now() {
        return Text.of(language.get());
    }

    /** The window string {@code key}, its placeholders filled in, in whatever language is chosen. */
    public StringBinding get(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return Bindings.createStringBinding(() -> now().get(key, args), language);
    }

    /**
     * A text made from the words and other values (a sentence about the projection), made again when
     * the language or any of {@code dependencies} changes.
     */
    public StringBinding of(Supplier<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = language;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text::get, all);
    }

    /**
     * A name as the window shows it: the name of a preset or challenge that ships with Divergence (a
     * baseline, a document opened from a preset) in the window's language; any other name as it is.
     * Names stay as written in the scenario (and in saved files); only what is shown follows the language.
     */
    public String name(String asWritten) {
        String key = ShippedNames.KEYS.get(asWritten);
        return key == null ? asWritten : now().shipped(key, asWritten);
    }

    /**
     * A scenario's notes as the window shows them: a shipped preset's story (its description, as its
     * file writes it) in the window's language; any other notes as written.
     */
    public String notes(String asWritten) {
        String key = ShippedNames.STORIES.get(asWritten.strip());
        return key == null ? asWritten : now().shipped(key, asWritten);
    }

    /** The shipped presets' and challenges' names and stories, as their files write them, with their keys in the bundle. */
    private static final class ShippedNames {
        static final Map<String, String> KEYS = keys();
        static final Map<String, String> STORIES = stories();

        private static Map<String, String> keys() {
            Map<String, String> keys = new HashMap<>();
            Presets.all().forEach(p -> keys.put(p.name(), "preset." + p.id() + ".name"));
            Challenges.all().forEach(c -> keys.put(c.title(), "challenge." + c.id() + ".title"));
            return Map.copyOf(keys);
        }

        private static Map<String, String> stories() {
            Map<String, String> keys = new HashMap<>();
            Presets.all().forEach(p -> keys.put(p.description().strip(), "preset." + p.id() + ".description"));
            return Map.copyOf(keys);
        }
    }

    /** Runs {@code relabel} after every change of language (for views that write their texts themselves). */
    public void onChange(Runnable relabel) {
        language.addListener((obs, old, now) -> relabel.run());
    }
}
