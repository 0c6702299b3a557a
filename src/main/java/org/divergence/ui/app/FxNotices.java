package org.divergence.ui.app;

import java.util.Optional;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import org.divergence.ui.explorer.Notices;

/**
 * Notices as ControlsFX notifications in the window's lower right corner: they ask nothing, block
 * nothing and fade by themselves; errors stay longer, and a notice with an action keeps its button
 * until it fades.
 */
final class FxNotices implements Notices {

    private static final Duration INFO_SHOWN = Duration.seconds(4);
    private static final Duration WARNING_SHOWN = Duration.seconds(10);
    private static final Duration ERROR_SHOWN = Duration.seconds(15);

    private final Window owner;

    FxNotices(Window owner) {
        this.owner = owner;
    }

    @Override
    public void show(Kind kind, String title, String text, Optional<Notices.Action> action) {
        Notifications notification = Notifications.create()
                .owner(owner)
                .title(title)
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(switch (kind) {
                    case INFO -> INFO_SHOWN;
                    case WARNING -> WARNING_SHOWN;
                    case ERROR -> ERROR_SHOWN;
                })
                .styleClass("divergence-notice");
        action.ifPresent(a -> notification.action(new org.controlsfx.control.action.Action(a.label(), event -> a.run().run())));
        switch (kind) {
            case INFO -> notification.showInformation();
            case WARNING -> notification.showWarning();
            case ERROR -> notification.showError();
        }
    }
}
