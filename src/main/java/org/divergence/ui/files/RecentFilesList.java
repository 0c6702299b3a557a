package org.divergence.ui.files;

import org.divergence.ui.explorer.WindowText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.divergence.scenario.RecentFiles;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.BackgroundWork.Lane;

/**
 * The recent-files store as an observable list for the Open Recent menu. The list changes at once;
 * the store is read and written in the background, and its answer (which may include files another
 * window added meanwhile) then replaces the list.
 */
public final class RecentFilesList {

    private static final Lane STORE = Lane.inOrder("recent files");

    private final RecentFiles store;
    private final BackgroundWork work;
    private final WindowText text;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);
    /** Numbers the store's answers, so an answer overtaken by a later change is not shown. */
    private long asked;

    /** @param text the window's words, for the status line while a slow disk is written */
    public RecentFilesList(RecentFiles store, BackgroundWork work, WindowText text) {
        this.store = store;
        this.work = work;
        this.text = text;
        update(store::list);
    }

    public ObservableList<Path> files() { return readOnly; }

    public void add(Path file) {
        Path entry = file.toAbsolutePath().normalize();
        List<Path> shown = new ArrayList<>(files);
        shown.remove(entry);
        shown.add(0, entry);
        files.setAll(shown.subList(0, Math.min(RecentFiles.MAX_ENTRIES, shown.size())));
        update(() -> {
            store.add(entry);
            return store.list();
        });
    }

    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        update(() -> {
            store.remove(file);
            return store.list();
        });
    }

    public void clear() {
        files.clear();
        update(() -> {
            store.clear();
            return store.list();
        });
    }

    private interface StoreCall {
        List<Path> call();
    }

    private void update(StoreCall call) {
        long number = ++asked;
        work.submit(STORE, text.now().get("files.job.recentFiles"), progress -> call.call(), answer -> {
            if (number == asked) {
                files.setAll(answer);
            }
        }, failure -> {
            // The list is a convenience: the menu keeps what it shows for this session.
        });
    }
}
