package org.divergence.ui.levers;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

import org.divergence.model.RegulationDesign;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.WindowText;

/**
 * The regulation design, as two segments right under the strength lever: the same strength pushes
 * opposite ways under the two designs, so the choice belongs beside the slider, not out of sight.
 * One segment is always chosen.
 */
final class RegulationDesignChoice extends VBox {

    private final SegmentedButton segments = new SegmentedButton();

    RegulationDesignChoice(ExplorerViewModel viewModel) {
        WindowText text = viewModel.window().text();
        getStyleClass().add("regulation-design");
        setId("regulation-design");

        segments.getStyleClass().add("regulation-design-segments");
        segments.setMaxWidth(Double.MAX_VALUE);
        for (RegulationDesign design : RegulationDesign.values()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(text.of(() -> text.now().design(design)));
            button.setId("design-" + design.key());
            button.setUserData(design);
            button.setMaxWidth(Double.MAX_VALUE);
            // Each design's whole name, at every text size and in every language: the lever column, which is
            // never narrower than its content, widens instead of a name ending in "...".
            button.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.accessibleTextProperty().bind(text.of(() -> text.now().get("levers.designName", design)));
            button.accessibleHelpProperty().bind(text.of(() -> text.now().designHelp(design)));
            button.setTooltip(LeverView.tooltip(text.of(() -> text.now().get("levers.designTip", design,
                    text.now().designHelp(design)))));
            segments.getButtons().add(button);
        }
        select(segments, viewModel.regulationDesignProperty().get());
        segments.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // Pressing the chosen segment again would leave no design: keep the one there is.
                select(segments, viewModel.regulationDesignProperty().get());
            } else {
                viewModel.setRegulationDesign((RegulationDesign) now.getUserData());
            }
        });
        viewModel.regulationDesignProperty().addListener((obs, old, now) -> select(segments, now));

        Label caption = new Label();
        caption.textProperty().bind(text.get("levers.design"));
        caption.getStyleClass().add("regulation-design-caption");
        caption.setLabelFor(segments.getButtons().get(0));
        HBox row = new HBox(segments);
        row.setAlignment(Pos.CENTER);
        HBox.setHgrow(segments, Priority.ALWAYS);
        getChildren().addAll(caption, row);
    }

    /** Gives the chosen design's segment the keyboard focus (a "Why?" sentence pointing here). */
    void focusControl() {
        segments.getButtons().stream().filter(ToggleButton::isSelected).findFirst().ifPresent(ToggleButton::requestFocus);
    }

    private static void select(SegmentedButton segments, RegulationDesign design) {
        for (Toggle toggle : segments.getButtons()) {
            if (toggle.getUserData() == design && !toggle.isSelected()) {
                toggle.setSelected(true);
            }
        }
    }
}
