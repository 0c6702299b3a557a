package org.divergence.ui.explorer;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import javafx.beans.property.Property;

import org.divergence.scenario.SettingsFile;
import org.divergence.ui.explorer.BackgroundWork.Lane;

/**
 * Choices the window remembers from one run to the next: theme, text size, language, the tour.
 * They are read once when the window is built (a few hundred bytes, so the first frame already has
 * the right theme) and written in the background after every change.
 */
public final class RememberedSettings {

    private static final Lane STORE = Lane.inOrder("settings");

    private final SettingsFile file;
    private final BackgroundWork work;
    private final Map<String, String> values;
    private final WindowText text;

    /** @param text the window's words, for the status line while a slow disk is written */
    public RememberedSettings(SettingsFile file, BackgroundWork work, WindowText text) {
        this.file = Objects.requireNonNull(file, "file");
        this.work = Objects.requireNonNull(work, "work");
        this.text = Objects.requireNonNull(text, "text");
        this.values = new TreeMap<>(file.read());
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Remembers {@code value} under {@code name} (nothing is written if it is already so). */
    public void put(String name, String value) {
        if (value.equals(values.put(name, value))) {
            return;
        }
        Map<String, String> snapshot = Map.copyOf(values);
        work.submit(STORE, text.now().get("settings.remembering"), progress -> {
            file.write(snapshot);
            return null;
        }, nothing -> { }, failure -> {
            // A convenience: the choice holds for this session even if it cannot be stored.
        });
    }

    /**
     * Starts {@code property} from its remembered value (when there is one that {@code parse} accepts)
     * and remembers every later change.
     *
     * @param parse gives empty for a value it does not recognise (from a newer version, or edited by hand)
     */
    public <T> void remember(Property<T> property, String name, Function<String, Optional<T>> parse,
                             Function<T, String> format) {
        get(name).flatMap(parse).ifPresent(property::setValue);
        property.addListener((obs, old, now) -> {
            if (now != null) {
                put(name, format.apply(now));
            }
        });
    }
}
