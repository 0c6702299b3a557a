package org.divergence.ui.app;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.divergence.ui.charts.ChartView;
import org.divergence.ui.charts.ChartsPane;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.levers.LeverPanel;
import org.divergence.ui.summary.SummaryBar;
import org.divergence.ui.why.WhyLine;

/**
 * Presentation mode's screen, for a projector and the back row: the four levers on the left, the
 * headline chart filling the rest, the summary sentence under it with the "why" sentence (how the
 * index that moved most from the baseline got there), all in very large type sized to
 * the screen. It shows the same view-model as the window, so every change carries over both ways.
 */
final class PresentationView extends StackPane {

    private final Label hint = new Label();
    private final SequentialTransition hintFade;

    PresentationView(ExplorerViewModel viewModel) {
        setId("presentation");
        hint.textProperty().bind(viewModel.window().text().get("presentation.hint"));
        getStyleClass().add("presentation");

        VBox levers = LeverPanel.headlineLevers(viewModel);
        ScrollPane leverColumn = new ScrollPane(levers);
        leverColumn.setFitToWidth(true);
        leverColumn.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leverColumn.getStyleClass().add("presentation-levers");
        leverColumn.setFocusTraversable(false);
        LeverPanel.withoutViewportCache(leverColumn);
        // Never narrower than the levers, so no range or unit is cut.
        leverColumn.setMinWidth(Region.USE_PREF_SIZE);

        ChartView chart = ChartsPane.headlineChart(viewModel);
        SummaryBar summary = new SummaryBar(viewModel);
        summary.setId("presentation-summary");
        // The summary, and under it why the lines moved from the baseline (when they did).
        VBox bottom = new VBox(summary, new WhyLine(viewModel));
        bottom.getStyleClass().add("presentation-bottom");

        BorderPane layout = new BorderPane(chart);
        layout.setLeft(leverColumn);
        layout.setBottom(bottom);
        layout.getStyleClass().add("presentation-layout");

        hint.getStyleClass().add("presentation-hint");
        hint.setMouseTransparent(true);
        StackPane.setAlignment(hint, Pos.CENTER);
        getChildren().addAll(layout, hint);

        PauseTransition wait = new PauseTransition(Duration.seconds(3));
        FadeTransition fade = new FadeTransition(Duration.seconds(1), hint);
        fade.setToValue(0);
        hintFade = new SequentialTransition(wait, fade);
        // Where full screen is refused (no window manager) the type follows the window instead.
        heightProperty().addListener((obs, old, now) -> size(now.doubleValue()));
    }

    /**
     * Sized for the screen it is shown on: the type grows with the screen's height (in the screen's
     * own units, so HiDPI scaling applies on top), and the way out is shown for a few seconds.
     */
    void showOn(Rectangle2D screen) {
        size(screen.getHeight());
        hint.setOpacity(1);
        hintFade.playFromStart();
    }

    private void size(double height) {
        String wanted = sizeClass(height);
        if (height > 0 && !getStyleClass().contains(wanted)) {
            getStyleClass().removeIf(c -> c.startsWith("presentation-size-"));
            getStyleClass().add(wanted);
        }
    }

    /** The style class giving the type size for a screen this many pixels tall. */
    static String sizeClass(double height) {
        if (height < 800) {
            return "presentation-size-s";
        }
        if (height < 1200) {
            return "presentation-size-m";
        }
        if (height < 1700) {
            return "presentation-size-l";
        }
        return "presentation-size-xl";
    }
}
