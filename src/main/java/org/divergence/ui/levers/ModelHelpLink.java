package org.divergence.ui.levers;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.divergence.model.Parameter;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * The way from a lever or an assumption to its entry in the model's documentation (Help > Model):
 * a "?" button on a lever, a click on an assumption's name, and Shift+F1 ("what is this?") on any
 * of their controls. A tooltip cannot hold a link one can click, so each tooltip says where it is.
 */
final class ModelHelpLink {

    static final String HINT = "\n\nThe ? button (or Shift+F1) opens its entry in the model's documentation.";
    static final String NAME_HINT = "\n\nClick the name (or press Shift+F1) for its entry in the model's documentation.";

    private ModelHelpLink() {}

    /**
     * The lever's "?" button. The mouse's way: the keyboard has Shift+F1 on the slider and field, so
     * Tab does not stop here as well.
     */
    static Button button(Parameter parameter, ExplorerViewModel viewModel) {
        Button help = new Button("?");
        help.setId("help-" + parameter.key());
        help.getStyleClass().addAll("lever-help", "flat");
        help.setFocusTraversable(false);
        help.setAccessibleText(parameter.label() + " in the model's documentation");
        help.setTooltip(LeverView.tooltip("Open the entry for " + parameter.labelInSentence()
                + " in the model's documentation (Shift+F1)"));
        help.setOnAction(e -> viewModel.links().openModelHelp(parameter.key()));
        return help;
    }

    /** A click on an assumption's name opens its entry. */
    static void onClick(Label name, Parameter parameter, ExplorerViewModel viewModel) {
        name.getStyleClass().add("model-help-name");
        name.setOnMouseClicked(e -> viewModel.links().openModelHelp(parameter.key()));
    }

    /** Shift+F1 on any control inside {@code node} opens the parameter's entry. */
    static void onShiftF1(Node node, Parameter parameter, ExplorerViewModel viewModel) {
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1 && e.isShiftDown()) {
                viewModel.links().openModelHelp(parameter.key());
                e.consume();
            }
        });
    }
}
