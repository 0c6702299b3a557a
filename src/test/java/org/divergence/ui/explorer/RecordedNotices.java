package org.divergence.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Notices kept in a list, for tests to read what the user was told. */
public final class RecordedNotices implements Notices {

    /** One notice as shown. */
    public record Shown(Kind kind, String title, String text, Optional<Action> action) {}

    private final List<Shown> shown = new ArrayList<>();

    @Override
    public void show(Kind kind, String title, String text, Optional<Action> action) {
        shown.add(new Shown(kind, title, text, action));
    }

    public List<Shown> shown() {
        return shown;
    }

    public List<Shown> of(Kind kind) {
        return shown.stream().filter(s -> s.kind() == kind).toList();
    }
}
