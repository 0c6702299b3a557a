package org.divergence.ui.levers;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.Node;
import javafx.scene.control.TextField;

import org.divergence.explain.Driver;
import org.divergence.model.Parameter;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Links;
import org.divergence.ui.explorer.Scrolling;
import org.divergence.ui.explorer.WindowText;

/**
 * The left column: the four headline levers (the regulation design right under the strength lever),
 * "reset all", then the collapsible advanced assumptions. Scrolls when the window is short
 * (1280 x 720 on a projector).
 */
public final class LeverPanel extends ScrollPane {

    public LeverPanel(ExplorerViewModel viewModel) {
        WindowText text = viewModel.window().text();
        getStyleClass().add("lever-panel");
        getStylesheets().add(LeverPanel.class.getResource("levers.css").toExternalForm());
        setId("lever-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);

        Label heading = new Label();
        heading.textProperty().bind(text.get("levers.heading"));
        heading.getStyleClass().add("panel-heading");
        Button hide = new Button();
        hide.setId("hide-levers");
        hide.getStyleClass().addAll("hide-levers", "flat");
        Region chevron = new Region();
        chevron.getStyleClass().add("chevron-left");
        hide.setGraphic(chevron);
        Tooltip hideTip = new Tooltip();
        hideTip.textProperty().bind(text.get("levers.hideTip"));
        hide.setTooltip(hideTip);
        hide.accessibleTextProperty().bind(text.get("levers.hideName"));
        hide.setOnAction(e -> viewModel.window().leversShownProperty().set(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(heading, gap, hide);
        top.getStyleClass().add("lever-panel-top");
        VBox column = new VBox(top);
        column.getStyleClass().add("lever-column");
        List<LeverView> levers = levers(viewModel);
        column.getChildren().addAll(levers);

        Button resetAll = new Button();
        resetAll.textProperty().bind(text.get("levers.resetAll"));
        resetAll.setId("reset-all");
        resetAll.accessibleHelpProperty().bind(text.get("levers.resetAllHelp"));
        resetAll.getStyleClass().add("reset-all");
        resetAll.setOnAction(e -> viewModel.resetAll());
        AdvancedAssumptions advanced = new AdvancedAssumptions(viewModel);
        column.getChildren().addAll(resetAll, advanced);
        setContent(column);
        withoutViewportCache(this);
        registerControls(viewModel, levers, advanced);
    }

    /**
     * Every lever, the regulation design and every assumption can be pointed at (a "Why?" sentence):
     * the column unfolds if it was folded, scrolls the control into view and focuses it.
     */
    private void registerControls(ExplorerViewModel viewModel, List<LeverView> levers, AdvancedAssumptions advanced) {
        Links links = viewModel.links();
        for (LeverView lever : levers) {
            links.registerControl(lever.parameter().key(), () -> point(viewModel, lever, lever::focusControl));
        }
        RegulationDesignChoice design = (RegulationDesignChoice) getContent().lookup("#regulation-design");
        links.registerControl(Driver.REGULATION_DESIGN, () -> point(viewModel, design, design::focusControl));
        for (Parameter p : Parameter.values()) {
            if (!p.isLever()) {
                links.registerControl(p.key(), () -> {
                    TextField field = advanced.open(p);
                    point(viewModel, field, field::requestFocus);
                });
            }
        }
    }

    private void point(ExplorerViewModel viewModel, Node target, Runnable focus) {
        viewModel.window().leversShownProperty().set(true);
        Scrolling.reveal(this, target, 0.15, false);
        focus.run();
    }

    /**
     * Stops a scroll pane from keeping its content as a bitmap. JavaFX's skin caches the viewport,
     * which makes the software pipeline draw the whole lever column again into that bitmap whenever
     * a thumb or a value moves, in every frame of a drag; without it only what changed is drawn.
     * Scrolling then draws the column as it moves, which is cheap next to that.
     */
    public static void withoutViewportCache(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> pane.lookupAll(".viewport").forEach(n -> n.setCache(false)));
    }

    /** The four headline levers, the regulation design under the strength lever. */
    private static List<LeverView> levers(ExplorerViewModel viewModel) {
        List<LeverView> views = new ArrayList<>();
        for (Parameter lever : Parameter.levers()) {
            LeverView view = new LeverView(lever, viewModel);
            if (lever == Parameter.REGULATION_STRENGTH) {
                view.getChildren().add(new RegulationDesignChoice(viewModel));
            }
            views.add(view);
        }
        return views;
    }

    /** The headline levers alone, in a column of their own (presentation mode shows only these). */
    public static VBox headlineLevers(ExplorerViewModel viewModel) {
        VBox column = new VBox();
        column.getStyleClass().addAll("lever-column", "headline-levers");
        column.getStylesheets().add(LeverPanel.class.getResource("levers.css").toExternalForm());
        column.getChildren().addAll(levers(viewModel));
        return column;
    }

    /**
     * The column itself never takes focus. A ScrollPane grabs it on every mouse press inside, which
     * would take it from the control being clicked (a TitledPane only expands while it holds focus),
     * and Tab should go from lever to lever.
     */
    @Override
    public void requestFocus() {
        // deliberately nothing
    }
}
