package org.divergence.ui.explorer;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.divergence.text.Language;
import org.divergence.text.Text;

/**
 * The window's language, and its words as live texts: a label bound to {@link #get} says the same
 * thing in the new language the moment View ▸ Language changes, so switching needs no restart and
 * loses neither the scenario nor the undo history. Used from the FX thread only.
 */
public final class WindowText {

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ENGLISH);

    WindowText() {
        language.addListener((obs, old, now) -> {
            if (now == null) {
                language.set(old);
            }
        });
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

    /** Runs {@code relabel} after every change of language (for views that write their texts themselves). */
    public void onChange(Runnable relabel) {
        language.addListener((obs, old, now) -> relabel.run());
    }
}
