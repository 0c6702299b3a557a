package org.divergence.ui.levers;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.divergence.model.Parameter;
import org.divergence.text.Text;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * The way from a lever or an assumption to its entry in the model's documentation (Help > Model):
 * a click on its name, or Shift+F1 ("what is this?") on any of its controls. A tooltip cannot hold a
 * link one can click (it closes as the pointer leaves its control), so each tooltip says where it is.
 */
final class ModelHelpLink {

    /** The tooltip's last paragraph: where the entry is. */
    static String hint(Text text) {
        return "\n\n" + text.get("levers.modelHelpHint");
    }

    private ModelHelpLink() {}

    /** A click on a lever's or an assumption's name opens its entry. */
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
