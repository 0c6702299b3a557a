package org.divergence.ui.tour;

import org.divergence.text.Text;
import org.divergence.ui.explorer.WindowText;
import java.util.List;

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
    private final Button skip = new Button();
    private final Button back = new Button();
    private final Button next = new Button();
    private final WindowText words;

    TourCard(GuidedTour tour) {
        this.tour = tour;
        this.words = tour.text();
        skip.textProperty().bind(words.get("tour.skip"));
        back.textProperty().bind(words.get("tour.back"));
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
        skip.accessibleTextProperty().bind(words.get("tour.skipSpoken"));
        skip.setTooltip(tooltip("tour.skipTip"));
        skip.setOnAction(e -> tour.skip());
        back.setId("tour-back");
        back.accessibleTextProperty().bind(words.get("tour.backSpoken"));
        back.setTooltip(tooltip("tour.backTip"));
        back.setOnAction(e -> tour.back());
        next.setId("tour-next");
        next.getStyleClass().add("accent");
        next.setTooltip(tooltip("tour.nextTip"));
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
        words.onChange(() -> {
            if (tour.isShowing()) {
                showStep();
            }
        });
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(words.get(key));
        return tooltip;
    }

    /** Fills the card for the step now shown. */
    void showStep() {
        int index = tour.stepProperty().get();
        TourStep step = tour.current();
        boolean last = index == tour.size() - 1;
        Text t = words.now();
        counter.setText(t.get("tour.stepOf", index + 1, tour.size()));
        title.setText(step.title(t));
        text.setText(step.text(t));
        setAccessibleText(t.get("tour.cardSpoken", index + 1, tour.size(), step.title(t)));
        for (int i = 0; i < dots.getChildren().size(); i++) {
            dots.getChildren().get(i).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), i == index);
        }
        back.setDisable(index == 0);
        next.setText(t.get(last ? "tour.done" : "tour.next"));
        next.setAccessibleText(t.get(last ? "tour.doneSpoken" : "tour.nextSpoken"));
        next.setAccessibleHelp(t.get("tour.stepHelp", step.title(t), step.text(t)));
        next.requestFocus();
    }

    /** The buttons in focus order, for Tab to go round them without leaving the card. */
    List<Button> buttons() {
        return List.of(skip, back, next);
    }
}
