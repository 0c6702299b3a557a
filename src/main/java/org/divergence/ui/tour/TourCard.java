package org.divergence.ui.tour;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tour's callout: which step of how many, a title, a short text, and Skip, Back and Next. Next
 * holds the focus at every step, so Enter (or Space) goes on; the Next button also carries the step's
 * text as its help, so a screen reader reads the step when it lands there.
 */
final class TourCard extends VBox {

    private final GuidedTour tour;
    private final Label counter = new Label();
    private final HBox dots = new HBox();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button skip = new Button(TourText.SKIP);
    private final Button back = new Button(TourText.BACK);
    private final Button next = new Button(TourText.NEXT);

    TourCard(GuidedTour tour) {
        this.tour = tour;
        getStyleClass().add("tour-card");
        setAccessibleRole(AccessibleRole.PARENT);
        setFillWidth(true);

        counter.getStyleClass().add("tour-counter");
        dots.getStyleClass().add("tour-dots");
        dots.setAlignment(Pos.CENTER_RIGHT);
        for (int i = 0; i < tour.size(); i++) {
            Region dot = new Region();
            dot.getStyleClass().add("tour-dot");
            dots.getChildren().add(dot);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(counter, gap, dots);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("tour-header");

        title.getStyleClass().add("tour-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("tour-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);

        skip.setId("tour-skip");
        skip.getStyleClass().add("flat");
        skip.setAccessibleText(TourText.SKIP_SPOKEN);
        skip.setTooltip(new Tooltip(TourText.SKIP_TIP));
        skip.setOnAction(e -> tour.skip());
        back.setId("tour-back");
        back.setAccessibleText(TourText.BACK_SPOKEN);
        back.setTooltip(new Tooltip(TourText.BACK_TIP));
        back.setOnAction(e -> tour.back());
        next.setId("tour-next");
        next.getStyleClass().add("accent");
        next.setTooltip(new Tooltip(TourText.NEXT_TIP));
        next.setOnAction(e -> tour.next());
        for (Button button : List.of(skip, back, next)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(skip, spring, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("tour-buttons");

        getChildren().addAll(header, title, text, buttons);
    }

    /** Fills the card for the step now shown. */
    void showStep() {
        int index = tour.stepProperty().get();
        TourStep step = tour.current();
        boolean last = index == tour.size() - 1;
        counter.setText(String.format(Locale.ROOT, TourText.STEP_OF, index + 1, tour.size()));
        title.setText(step.title());
        text.setText(step.text());
        setAccessibleText(String.format(Locale.ROOT, TourText.CARD_SPOKEN, index + 1, tour.size(), step.title()));
        for (int i = 0; i < dots.getChildren().size(); i++) {
            dots.getChildren().get(i).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), i == index);
        }
        back.setDisable(index == 0);
        next.setText(last ? TourText.DONE : TourText.NEXT);
        next.setAccessibleText(last ? TourText.DONE_SPOKEN : TourText.NEXT_SPOKEN);
        next.setAccessibleHelp(step.title() + ". " + step.text());
        next.requestFocus();
    }

    /** The buttons in focus order, for Tab to go round them without leaving the card. */
    List<Button> buttons() {
        return List.of(skip, back, next);
    }
}
