package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

import org.divergence.figure.Theme;
import org.divergence.model.Parameter;
import org.divergence.ui.explorer.TextSize;
import org.divergence.ui.tour.GuidedTour;

/** The guided tour as a user drives it: Help > Tour, the keys and buttons, what each step lights up, at any size. */
class TourFxTest extends SharedWindowTest {

    /** What each step is about, in order: the part of the window its spotlight must surround. */
    private static final List<String> LIT = List.of("#lever-panel", "#chart-headline", "#detail-tabs", "#menu-compare",
            ".summary-bar", "#menu-file");

    private GuidedTour tour() {
        return shared.tour();
    }

    private int step() {
        return TestWindow.onFx(() -> tour().stepProperty().get());
    }

    private boolean showing() {
        return TestWindow.onFx(() -> tour().isShowing() && robot.lookup("#tour").query().isVisible());
    }

    private String text(String query) {
        return TestWindow.onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private Bounds inScene(Node node) {
        return TestWindow.onFx(() -> node.localToScene(node.getLayoutBounds()));
    }

    private void startFromTheHelpMenu() {
        user.clickOn("Help").clickOn("#menu-tour");
    }

    @Test
    void helpTourStartsTheTourAtItsFirstStepWithTheNextButtonFocused() {
        assertThat(showing()).as("a returning user's window starts without the tour").isFalse();

        startFromTheHelpMenu();

        assertThat(showing()).isTrue();
        assertThat(step()).isZero();
        assertThat(text(".tour-counter")).isEqualTo("Step 1 of 6");
        assertThat(text(".tour-title")).isEqualTo("Move the causes");
        Button next = robot.lookup("#tour-next").queryAs(Button.class);
        assertThat(TestWindow.onFx(next::isFocused)).isTrue();
        assertThat(TestWindow.onFx(next::getAccessibleHelp)).contains("levers are the causes");
        assertThat(TestWindow.onFx(() -> robot.lookup("#tour-back").queryAs(Button.class).isDisabled())).isTrue();
        for (String id : List.of("#tour-skip", "#tour-back", "#tour-next")) {
            Button button = robot.lookup(id).queryAs(Button.class);
            assertThat(TestWindow.onFx(button::getAccessibleText)).as(id + " name").isNotBlank();
            assertThat(TestWindow.onFx(() -> button.getTooltip().getText())).as(id + " help").isNotBlank();
        }
    }

    @Test
    void rightAndEnterGoOnLeftGoesBackAndTheButtonsDoTheSame() {
        startFromTheHelpMenu();

        user.type(KeyCode.RIGHT);
        assertThat(step()).isEqualTo(1);
        assertThat(text(".tour-counter")).isEqualTo("Step 2 of 6");
        user.type(KeyCode.ENTER);
        assertThat(step()).isEqualTo(2);
        user.type(KeyCode.LEFT);
        assertThat(step()).isEqualTo(1);
        user.clickOn("#tour-back");
        assertThat(step()).isZero();
        user.type(KeyCode.LEFT);
        assertThat(step()).as("nothing before the first step").isZero();
        for (int i = 1; i < tour().size(); i++) {
            user.clickOn("#tour-next");
        }
        assertThat(step()).isEqualTo(tour().size() - 1);
        assertThat(TestWindow.onFx(() -> robot.lookup("#tour-next").queryAs(Button.class).getText())).isEqualTo("Done");

        user.type(KeyCode.ENTER);

        assertThat(showing()).as("Done closes the tour").isFalse();
        assertThat(shared.notices.shown()).isEmpty();
    }

    @Test
    void tabGoesRoundTheCardsButtonsAndEnterPressesTheFocusedOne() {
        startFromTheHelpMenu();
        user.type(KeyCode.RIGHT);

        user.type(KeyCode.TAB);
        assertThat(TestWindow.onFx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("tour-skip");
        user.type(KeyCode.TAB);
        assertThat(TestWindow.onFx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("tour-back");
        user.type(KeyCode.ENTER);

        assertThat(step()).as("Enter pressed Back").isZero();
        user.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(TestWindow.onFx(() -> stage.getScene().getFocusOwner().getId()))
                .as("Shift+Tab from Next, Back being disabled on the first step").isEqualTo("tour-skip");
        user.type(KeyCode.SPACE);
        assertThat(showing()).as("Space pressed Skip").isFalse();
    }

    @Test
    void eachStepLightsUpThePartOfTheWindowItIsAbout() {
        startFromTheHelpMenu();
        Rectangle ring = robot.lookup(".tour-ring").queryAs(Rectangle.class);

        for (int i = 0; i < LIT.size(); i++) {
            assertThat(step()).isEqualTo(i);
            Bounds part = inScene(robot.lookup(LIT.get(i)).match(Node::isVisible).query());
            // The ring's own rectangle, not its bounds: those include its stroke, drawn outside it.
            Bounds spot = TestWindow.onFx(() -> ring.localToScene(
                    new javafx.geometry.BoundingBox(ring.getX(), ring.getY(), ring.getWidth(), ring.getHeight())));
            String what = "step " + (i + 1) + " lights up " + LIT.get(i);
            assertThat(spot.getMinX()).as(what).isBetween(part.getMinX() - 8, Math.max(0, part.getMinX()));
            assertThat(spot.getMinY()).as(what).isBetween(part.getMinY() - 8, Math.max(0, part.getMinY()));
            assertThat(spot.getMaxX()).as(what).isBetween(Math.min(part.getMaxX(), TestWindow.WIDTH), part.getMaxX() + 8);
            assertThat(spot.getMaxY()).as(what).isBetween(Math.min(part.getMaxY(), TestWindow.HEIGHT), part.getMaxY() + 8);
            user.type(KeyCode.RIGHT);
        }
        assertThat(showing()).isFalse();
    }

    @Test
    void whileTheTourShowsTheWindowBehindTakesNoKeysOrClicks() {
        double price = TestWindow.onFx(() -> viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE));
        startFromTheHelpMenu();

        user.press(KeyCode.SHORTCUT, KeyCode.SHIFT).type(KeyCode.D).release(new KeyCode[0]);
        Bounds slider = inScene(robot.lookup("#slider-electricityPrice").query());
        user.clickOn(new javafx.geometry.Point2D(stage.getX() + stage.getScene().getX() + slider.getMaxX() - 4,
                stage.getY() + stage.getScene().getY() + slider.getCenterY()));

        assertThat(showing()).isTrue();
        assertThat(TestWindow.onFx(() -> shared.state().themeProperty().get())).as("Ctrl+Shift+D ignored").isEqualTo(Theme.LIGHT);
        assertThat(TestWindow.onFx(() -> viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE))).as("click ignored")
                .isEqualTo(price);
        user.type(KeyCode.ESCAPE);
        assertThat(showing()).isFalse();
    }

    @Test
    void theCardStaysWholeInsideTheWindowFrom1024x700To1920x1080AtEveryTextSize() {
        startFromTheHelpMenu();
        Node card = robot.lookup(".tour-card").query();
        Node layer = robot.lookup("#tour").query();
        record Look(double width, double height, TextSize zoom) {}

        // The smallest window with the largest text, a projector, a large screen.
        for (Look look : List.of(new Look(1024, 700, TextSize.HUGE), new Look(1280, 720, TextSize.LARGER),
                new Look(1920, 1080, TextSize.NORMAL))) {
            TestWindow.onFx(() -> {
                shared.state().textSizeProperty().set(look.zoom());
                tour().start();
                return null;
            });
            shared.layOutAt(look.width(), look.height());
            for (int i = 0; i < tour().size(); i++) {
                Bounds shown = inScene(card);
                String what = look + " step " + (i + 1);
                assertThat(shown.getMinX()).as(what).isGreaterThanOrEqualTo(0);
                assertThat(shown.getMinY()).as(what).isGreaterThanOrEqualTo(0);
                assertThat(shown.getMaxX()).as(what).isLessThanOrEqualTo(look.width());
                assertThat(shown.getMaxY()).as(what).isLessThanOrEqualTo(look.height());
                assertThat(TestWindow.onFx(() -> card.prefHeight(shown.getWidth())))
                        .as(what + ": the card is as tall as its words need").isLessThanOrEqualTo(shown.getHeight() + 0.5);
                // Only the tour's layer changes from step to step: lay out just that.
                TestWindow.onFx(() -> {
                    tour().next();
                    layer.applyCss();
                    ((javafx.scene.Parent) layer).layout();
                    return null;
                });
            }
        }
    }
}
