package org.divergence.ui.files;

import java.nio.file.Path;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.divergence.scenario.RecentFiles;

/** The recent-files store as an observable list for the Open Recent menu. */
public final class RecentFilesList {

    private final RecentFiles store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFilesList(RecentFiles store) {
        this.store = store;
        files.setAll(store.list());
    }

    public ObservableList<Path> files() { return readOnly; }

    public void add(Path file) {
        store.add(file);
        files.setAll(store.list());
    }

    public void remove(Path file) {
        store.remove(file);
        files.setAll(store.list());
    }

    public void clear() {
        store.clear();
        files.clear();
    }
}
