package org.divergence.ui.explorer;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How one feature points at another's part without knowing it: a sentence of the "Why?" panel goes
 * to a lever's control, a lever's help opens the model's documentation at its entry. The feature
 * that owns the target registers it here; the one that points asks here. Keys are the scenario
 * file's: a parameter's key, or "regulationDesign". Used from the FX thread.
 */
public final class Links {

    private final Map<String, Runnable> controls = new HashMap<>();
    private Consumer<String> modelHelp = key -> { };
    private Consumer<String> webPages = address -> { };

    /** The control of a setting: {@code focus} brings it on screen and gives it the keyboard focus. */
    public void registerControl(String key, Runnable focus) {
        controls.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(focus, "focus"));
    }

    /** Focuses the control of a setting; false if no control is registered for it. */
    public boolean focusControl(String key) {
        Runnable focus = controls.get(key);
        if (focus == null) {
            return false;
        }
        focus.run();
        return true;
    }

    /** What opens the model's documentation at a setting's entry (the Help menu's). */
    public void setModelHelp(Consumer<String> opener) {
        modelHelp = Objects.requireNonNull(opener, "opener");
    }

    /** What opens a web page in the system's browser (the app's host services). */
    public void setWebPages(Consumer<String> opener) {
        webPages = Objects.requireNonNull(opener, "opener");
    }

    /** Opens a web page (a source the documentation cites) in the system's browser. */
    public void openWebPage(String address) {
        webPages.accept(address);
    }

    /** Opens the model's documentation at a setting's entry (its key), or at the top for null. */
    public void openModelHelp(String key) {
        modelHelp.accept(key);
    }
}
