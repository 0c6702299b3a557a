package org.divergence.ui.explorer;

import javafx.beans.property.ObjectProperty;

/** Choices that always have a value: a property that is set to null keeps the value it had. */
final class NonNull {

    private NonNull() {}

    static <T> void keep(ObjectProperty<T> property) {
        property.addListener((obs, old, now) -> {
            if (now == null) {
                property.set(old);
            }
        });
    }
}
