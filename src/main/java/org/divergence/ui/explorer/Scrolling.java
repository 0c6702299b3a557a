package org.divergence.ui.explorer;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolling a node into view, shared by the features that go to a place: a lever, a documentation entry. */
public final class Scrolling {

    private Scrolling() {}

    /**
     * Lays the pane out, then scrolls it vertically so that {@code node} (inside its content) is in
     * view, {@code margin} of the view's height below its top. Nothing moves when the node is already
     * wholly in view (unless {@code always}) or the content fits.
     */
    public static void reveal(ScrollPane pane, Node node, double margin, boolean always) {
        pane.applyCss();
        pane.layout();
        Node content = pane.getContent();
        double viewport = pane.getViewportBounds().getHeight();
        double height = content.getLayoutBounds().getHeight();
        if (height <= viewport) {
            return;
        }
        Bounds where = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double shownFrom = pane.getVvalue() * (height - viewport);
        if (!always && where.getMinY() >= shownFrom && where.getMaxY() <= shownFrom + viewport) {
            return;
        }
        pane.setVvalue(Math.max(0, Math.min(1, (where.getMinY() - margin * viewport) / (height - viewport))));
    }
}
