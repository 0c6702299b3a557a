package org.divergence.ui.charts;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A detail tab whose view is built the first time the tab is chosen. Most sessions never open most
 * tabs, and every node built with the window goes through the first CSS pass and layout before the
 * first chart shows (docs/BENCHMARKS.md, "First window").
 */
final class LazyTab<T extends Node> extends Tab {

    private final Supplier<T> build;
    private final BiConsumer<T, Boolean> shownChanged;
    private T view;

    /**
     * @param build        makes the view, once
     * @param shownChanged tells a built view whether its tab is the one shown (views compute only then)
     */
    LazyTab(String id, Supplier<T> build, BiConsumer<T, Boolean> shownChanged) {
        this.build = build;
        this.shownChanged = shownChanged;
        setId(id);
    }

    /** The tab pane now shows {@code shown}: builds this tab's view if it is the one, and tells it. */
    void follow(Tab shown) {
        if (shown == this && view == null) {
            view = build.get();
            setContent(view);
        }
        if (view != null) {
            shownChanged.accept(view, shown == this);
        }
    }

    /** The view, once its tab has been chosen. */
    Optional<T> view() {
        return Optional.ofNullable(view);
    }
}
