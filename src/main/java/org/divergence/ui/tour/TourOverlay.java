package org.divergence.ui.tour;

import java.util.List;
import java.util.Optional;

import javafx.animation.FadeTransition;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.util.Duration;

/**
 * The tour over the whole window: a dimmed layer with a bright opening (the spotlight) around the part
 * of the window the step is about, a ring around that opening, and the card beside it with an arrow
 * pointing at it. The card goes on the side with the most room for it and always stays inside the
 * window, at any window size and text size.
 *
 * <p>While the tour shows, it has the window's mouse and keyboard: Right or Enter go on, Left goes
 * back, Esc skips, Tab goes round the card's buttons. Other keys do nothing, so nothing changes unseen
 * behind the dimmed layer.
 */
final class TourOverlay extends Region {

    /** Room between the highlighted part and the edge of the spotlight, px. */
    private static final double HOLE_PADDING = 6;
    private static final double HOLE_RADIUS = 10;
    /** Room between the card and the window's edges, and between the card and the spotlight, px. */
    private static final double MARGIN = 16;
    private static final double GAP = 14;
    /** Half the width of the arrow's base, and its length, px. */
    private static final double ARROW = 11;
    private static final double CARD_RADIUS = 12;

    private enum Side { RIGHT, LEFT, BELOW, ABOVE }

    private final GuidedTour tour;
    private final TourCard card;
    private final Rectangle ring = new Rectangle();
    private final Polygon arrow = new Polygon();
    private final EventHandler<KeyEvent> keys = this::onKey;
    private final InvalidationListener targetMoved = obs -> requestLayout();
    private Shape scrim = new Rectangle();
    private Node target;
    private Node focusBefore;

    TourOverlay(GuidedTour tour) {
        this.tour = tour;
        this.card = new TourCard(tour);
        setId("tour");
        getStyleClass().add("tour-overlay");
        getStylesheets().add(TourOverlay.class.getResource("tour.css").toExternalForm());
        setPickOnBounds(true);
        setVisible(false);
        ring.getStyleClass().add("tour-ring");
        ring.setMouseTransparent(true);
        arrow.getStyleClass().add("tour-arrow");
        for (Node part : List.of(scrim, ring, arrow, card)) {
            part.setManaged(false);
        }
        getChildren().addAll(scrim, ring, arrow, card);

        // The window behind is for looking at while the tour shows: no clicks, drags or scrolls reach it.
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
        addEventHandler(ScrollEvent.ANY, ScrollEvent::consume);
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        tour.stepProperty().addListener((obs, old, now) -> stepChanged(old.intValue(), now.intValue()));
    }

    private void stepChanged(int old, int now) {
        if (old < 0 && now >= 0) {
            opened();
        }
        follow(null);
        if (now < 0) {
            closed();
            return;
        }
        card.showStep();
        follow(findTarget(tour.current()).orElse(null));
        requestLayout();
    }

    private void opened() {
        focusBefore = getScene() == null ? null : getScene().getFocusOwner();
        setVisible(true);
        toFront();
        FadeTransition fade = new FadeTransition(Duration.millis(160), this);
        fade.setFromValue(0);
        fade.setToValue(1);
        fade.play();
    }

    /** Hides the layer and gives the focus back to where it was before the tour. */
    private void closed() {
        setVisible(false);
        if (focusBefore != null && focusBefore.getScene() == getScene()) {
            focusBefore.requestFocus();
        } else if (getScene() != null) {
            getScene().getRoot().requestFocus();
        }
        focusBefore = null;
    }

    /** Lays the spotlight out again whenever the highlighted part moves or changes size. */
    private void follow(Node next) {
        if (target != null) {
            target.boundsInLocalProperty().removeListener(targetMoved);
            target.localToSceneTransformProperty().removeListener(targetMoved);
        }
        target = next;
        if (target != null) {
            target.boundsInLocalProperty().addListener(targetMoved);
            target.localToSceneTransformProperty().addListener(targetMoved);
        }
    }

    private Optional<Node> findTarget(TourStep step) {
        Scene scene = getScene();
        if (scene == null) {
            return Optional.empty();
        }
        for (String selector : step.targets()) {
            Node found = scene.getRoot().lookup(selector);
            if (found != null && isOnScreen(found)) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** Visible with all its parents (not in a hidden tab, not in a folded column), and not part of the tour. */
    private boolean isOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this || !n.isVisible()) {
                return false;
            }
        }
        return node.getScene() == getScene();
    }

    // --- keyboard ------------------------------------------------------------------------------

    private void onKey(KeyEvent event) {
        if (!tour.isShowing()) {
            return;
        }
        KeyCode code = event.getCode();
        switch (code) {
            case ESCAPE -> tour.skip();
            case RIGHT -> tour.next();
            case LEFT -> tour.back();
            case ENTER -> focusedButton().ifPresentOrElse(Button::fire, tour::next);
            case TAB -> moveFocus(event.isShiftDown() ? -1 : 1);
            case SPACE -> {
                // The focused button's own key: let it through.
                return;
            }
            default -> {
                // Nothing else may reach the window behind the tour.
            }
        }
        event.consume();
    }

    private Optional<Button> focusedButton() {
        return card.buttons().stream().filter(Node::isFocused).findFirst();
    }

    /** Tab and Shift+Tab go round the card's enabled buttons and never leave it. */
    private void moveFocus(int direction) {
        List<Button> enabled = card.buttons().stream().filter(b -> !b.isDisabled()).toList();
        int at = focusedButton().map(enabled::indexOf).orElse(-1);
        int next = Math.floorMod((at < 0 ? enabled.size() - 1 : at) + direction, enabled.size());
        enabled.get(next).requestFocus();
    }

    // --- layout --------------------------------------------------------------------------------

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (!tour.isShowing() || width <= 0 || height <= 0) {
            return;
        }
        Optional<Bounds> hole = Optional.ofNullable(target).filter(t -> t.getScene() == getScene()).map(this::holeAround);
        replaceScrim(width, height, hole);
        ring.setVisible(hole.isPresent());
        hole.ifPresent(h -> {
            ring.setX(h.getMinX());
            ring.setY(h.getMinY());
            ring.setWidth(h.getWidth());
            ring.setHeight(h.getHeight());
        });

        double cardWidth = Math.min(card.prefWidth(-1), width - 2 * MARGIN);
        double cardHeight = Math.min(card.prefHeight(cardWidth), height - 2 * MARGIN);
        if (hole.isEmpty()) {
            card.resizeRelocate(snapPositionX((width - cardWidth) / 2), snapPositionY((height - cardHeight) / 2),
                    cardWidth, cardHeight);
            arrow.setVisible(false);
            return;
        }
        Bounds h = hole.get();
        Side side = bestSide(h, cardWidth, cardHeight, width, height);
        double x = switch (side) {
            case RIGHT -> h.getMaxX() + GAP;
            case LEFT -> h.getMinX() - GAP - cardWidth;
            default -> h.getCenterX() - cardWidth / 2;
        };
        double y = switch (side) {
            case BELOW -> h.getMaxY() + GAP;
            case ABOVE -> h.getMinY() - GAP - cardHeight;
            default -> h.getCenterY() - cardHeight / 2;
        };
        x = clamp(x, MARGIN, width - MARGIN - cardWidth);
        y = clamp(y, MARGIN, height - MARGIN - cardHeight);
        card.resizeRelocate(snapPositionX(x), snapPositionY(y), cardWidth, cardHeight);
        placeArrow(side, h, x, y, cardWidth, cardHeight);
    }

    /** The spotlight: the target's bounds in this layer, with some room around, inside the window. */
    private Bounds holeAround(Node node) {
        Bounds inScene = node.localToScene(node.getLayoutBounds());
        Bounds here = sceneToLocal(inScene);
        double minX = Math.max(0, here.getMinX() - HOLE_PADDING);
        double minY = Math.max(0, here.getMinY() - HOLE_PADDING);
        double maxX = Math.min(getWidth(), here.getMaxX() + HOLE_PADDING);
        double maxY = Math.min(getHeight(), here.getMaxY() + HOLE_PADDING);
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    /** The dimmed layer is the window minus the spotlight; a new shape each time, as JavaFX shapes do. */
    private void replaceScrim(double width, double height, Optional<Bounds> hole) {
        Shape next = new Rectangle(width, height);
        if (hole.isPresent()) {
            Bounds h = hole.get();
            Rectangle opening = new Rectangle(h.getMinX(), h.getMinY(), h.getWidth(), h.getHeight());
            opening.setArcWidth(2 * HOLE_RADIUS);
            opening.setArcHeight(2 * HOLE_RADIUS);
            next = Shape.subtract(next, opening);
        }
        next.getStyleClass().add("tour-scrim");
        next.setManaged(false);
        getChildren().set(getChildren().indexOf(scrim), next);
        scrim = next;
    }

    /**
     * The side of the spotlight with the most room to spare for the card, measured against the card's
     * own size (a wide card fits better above or below, a tall one beside). Beside a part much shorter
     * than itself (a menu) the card would hang past both its ends, so there it counts for less.
     */
    private static Side bestSide(Bounds hole, double cardWidth, double cardHeight, double width, double height) {
        double besideWeight = Math.min(1, hole.getHeight() / cardHeight);
        double[] spare = {
            (width - hole.getMaxX() - GAP - MARGIN - cardWidth) / cardWidth,
            (hole.getMinX() - GAP - MARGIN - cardWidth) / cardWidth,
            (height - hole.getMaxY() - GAP - MARGIN - cardHeight) / cardHeight,
            (hole.getMinY() - GAP - MARGIN - cardHeight) / cardHeight,
        };
        for (int beside = 0; beside < 2; beside++) {
            if (spare[beside] > 0) {
                spare[beside] *= besideWeight;
            }
        }
        int best = 0;
        for (int i = 1; i < spare.length; i++) {
            if (spare[i] > spare[best]) {
                best = i;
            }
        }
        return Side.values()[best];
    }

    /** A triangle on the card's edge facing the spotlight, pointing at the spotlight's middle. */
    private void placeArrow(Side side, Bounds hole, double x, double y, double cardWidth, double cardHeight) {
        double inset = CARD_RADIUS + ARROW;
        boolean sideways = side == Side.RIGHT || side == Side.LEFT;
        // Where along the card's edge: level with the spotlight's middle, away from the rounded corners.
        double along = sideways
                ? clamp(hole.getCenterY(), y + inset, y + cardHeight - inset)
                : clamp(hole.getCenterX(), x + inset, x + cardWidth - inset);
        double edge = switch (side) {
            case RIGHT -> x;
            case LEFT -> x + cardWidth;
            case BELOW -> y;
            case ABOVE -> y + cardHeight;
        };
        double tip = switch (side) {
            case RIGHT, BELOW -> edge - ARROW;
            case LEFT, ABOVE -> edge + ARROW;
        };
        // The card is drawn over the arrow's base, so only the point shows, in the card's colours.
        double base = switch (side) {
            case RIGHT, BELOW -> edge + 2;
            case LEFT, ABOVE -> edge - 2;
        };
        // An arrow only where the card really sits on that side of the spotlight (not pushed over it by
        // the window's edge) and alongside part of it, so the arrow points at something.
        boolean clearOfSpotlight = switch (side) {
            case RIGHT -> x >= hole.getMaxX();
            case LEFT -> x + cardWidth <= hole.getMinX();
            case BELOW -> y >= hole.getMaxY();
            case ABOVE -> y + cardHeight <= hole.getMinY();
        };
        boolean alongside = sideways
                ? hole.getMinY() < y + cardHeight && hole.getMaxY() > y
                : hole.getMinX() < x + cardWidth && hole.getMaxX() > x;
        arrow.setVisible(clearOfSpotlight && alongside);
        arrow.getPoints().setAll(sideways
                ? List.of(base, along - ARROW, tip, along, base, along + ARROW)
                : List.of(along - ARROW, base, along, tip, along + ARROW, base));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
