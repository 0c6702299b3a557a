package org.divergence.ui.levers;

import java.util.function.DoubleConsumer;
import java.util.Locale;
import java.util.OptionalDouble;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.divergence.model.Parameter;

/**
 * A typed value for one parameter ({@link TypedNumber}: a decimal comma where the locale uses one).
 * Applies on Enter or when focus leaves, exactly as typed; a value
 * that is not a number or out of range is refused with a message under the field (the range rule is
 * {@link Parameter#problem}), and the parameter keeps its last good value. Escape puts the current
 * value back.
 */
final class ValueField {

    private final Parameter parameter;
    private final ObservableDoubleValue value;
    private final DoubleConsumer apply;
    private final TextField field = new TextField();
    private final Label message = new Label();

    ValueField(Parameter parameter, ObservableDoubleValue value, DoubleConsumer apply) {
        this.parameter = parameter;
        this.value = value;
        this.apply = apply;

        field.setId("field-" + parameter.key());
        field.getStyleClass().add("value-field");
        field.setAccessibleText(SpokenText.name(parameter));
        message.setId("message-" + parameter.key());
        message.getStyleClass().add("value-message");
        message.setWrapText(true);
        showError(null);
        showCurrent();

        value.addListener((obs, old, now) -> {
            showCurrent();
            showError(null);
        });
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
                showCurrent();
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showCurrent();
                showError(null);
                e.consume();
            }
        });
    }

    TextField field() { return field; }

    /** The refusal message; hidden and takes no space while there is none. */
    Label message() { return message; }

    private void commit() {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (text.equals(parameter.format(value.get()))) {
            showError(null);
            return;
        }
        OptionalDouble number = TypedNumber.parse(text, Locale.getDefault(Locale.Category.FORMAT));
        if (number.isEmpty()) {
            showError("“" + text + "” is not a number. Enter a value between " + parameter.rangeText() + ".");
            field.selectAll();
            return;
        }
        double typed = number.getAsDouble();
        var problem = parameter.problem(typed);
        if (problem.isPresent()) {
            showError(text + " is not allowed: " + parameter.label() + " " + problem.get() + ".");
            field.selectAll();
            return;
        }
        apply.accept(typed);
        showCurrent();
        showError(null);
    }

    private void showCurrent() {
        field.setText(parameter.format(value.get()));
    }

    private void showError(String text) {
        boolean error = text != null;
        message.setText(error ? text : "");
        // A screen reader does not notice the message appear, so the field's help carries it too.
        field.setAccessibleHelp(error ? text : "Type a value between " + Parameter.plain(parameter.min()) + " and "
                + Parameter.plain(parameter.max()) + " " + SpokenText.unit(parameter.unit()) + ", then press Enter.");
        message.setVisible(error);
        message.setManaged(error);
        if (error) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
        } else {
            field.getStyleClass().remove("invalid");
        }
    }
}
