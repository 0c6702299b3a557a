package org.divergence.ui.explorer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.divergence.text.Text;

/**
 * Undo and redo of the window's changes. Each step knows how to undo and redo itself; while a step is
 * being undone or redone (or while a change is made {@link #withoutRecording quietly}), nothing new is
 * recorded, so undoing never creates steps of its own. A new change drops what could be redone.
 * Used from the FX thread only.
 */
public final class UndoHistory {

    /** How many steps are kept; older ones are forgotten. */
    static final int LIMIT = 200;

    /**
     * One undoable change.
     *
     * @param wording what it was, for the Edit menu, in the words of the language shown when the menu
     *                opens: "change to Electricity price", "opening s1.divergence.json"
     * @param key     what it changed, so a change that continues it (a slider being dragged) can be merged
     */
    public record Step(Function<Text, String> wording, Object key, Runnable undo, Runnable redo) {
        public Step {
            Objects.requireNonNull(wording, "wording");
            Objects.requireNonNull(undo, "undo");
            Objects.requireNonNull(redo, "redo");
        }

        /** What the step was, in {@code text}'s language. */
        public String label(Text text) {
            return wording.apply(text);
        }
    }

    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Optional<Step>> nextUndo = new ReadOnlyObjectWrapper<>(this, "nextUndo", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Step>> nextRedo = new ReadOnlyObjectWrapper<>(this, "nextRedo", Optional.empty());
    private int quiet;

    /** The step Undo would undo, if any (the Edit menu names it). */
    public ReadOnlyObjectProperty<Optional<Step>> nextUndoProperty() { return nextUndo.getReadOnlyProperty(); }

    /** The step Redo would redo, if any. */
    public ReadOnlyObjectProperty<Optional<Step>> nextRedoProperty() { return nextRedo.getReadOnlyProperty(); }

    /** False while undoing, redoing or changing quietly: changes then are not steps of their own. */
    public boolean isRecording() { return quiet == 0; }

    /** Records a change that has just been made. */
    public void record(Step step) {
        if (!isRecording()) {
            return;
        }
        done.push(step);
        while (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    /** The last step, if it is about {@code key}: a change that continues it may {@link #replaceLast replace} it. */
    public Optional<Step> last(Object key) {
        Step top = done.peek();
        return top != null && key != null && key.equals(top.key()) && undone.isEmpty() ? Optional.of(top) : Optional.empty();
    }

    /** Replaces the last step by one that covers it and what followed (a drag's many moves as one step). */
    public void replaceLast(Step merged) {
        if (!isRecording() || done.isEmpty()) {
            return;
        }
        done.pop();
        done.push(merged);
        update();
    }

    public void undo() {
        Step step = done.poll();
        if (step == null) {
            return;
        }
        replay(step.undo());
        undone.push(step);
        update();
    }

    public void redo() {
        Step step = undone.poll();
        if (step == null) {
            return;
        }
        replay(step.redo());
        done.push(step);
        update();
    }

    /** Forgets every step: what is on screen now is where undoing stops. */
    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    /** Makes changes that are not a step of their own (they are part of a larger one being recorded). */
    public void withoutRecording(Runnable changes) {
        replay(changes);
    }

    private void replay(Runnable changes) {
        quiet++;
        try {
            changes.run();
        } finally {
            quiet--;
        }
    }

    private void update() {
        nextUndo.set(Optional.ofNullable(done.peek()));
        nextRedo.set(Optional.ofNullable(undone.peek()));
    }
}
