package org.divergence.ui.levers;

import java.util.function.DoubleConsumer;
import java.util.OptionalDouble;
import java.util.function.Function;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.divergence.model.Parameter;
import org.divergence.text.Text;
import org.divergence.ui.explorer.WindowText;

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
    private final WindowText text;
    private final TextField field = new TextField();
    private final Label message = new Label();
    /** The refusal shown now, to say again in a new language; null for none. */
    private Function<Text, String> error;

    ValueField(Parameter parameter, ObservableDoubleValue value, DoubleConsumer apply, WindowText text) {
        this.parameter = parameter;
        this.value = value;
        this.apply = apply;
        this.text = text;

        field.setId("field-" + parameter.key());
        field.getStyleClass().add("value-field");
        field.setAccessibleText(text.now().spokenName(parameter));
        message.setId("message-" + parameter.key());
        message.getStyleClass().add("value-message");
        message.setWrapText(true);
        showError(null);
        showCurrent();

        value.addListener((obs, old, now) -> {
            showCurrent();
            showError(null);
        });
        // A new language writes the value with its own decimal separator, and says any refusal again.
        text.onChange(() -> {
            field.setAccessibleText(text.now().spokenName(parameter));
            showCurrent();
            showError(error);
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
        String typedText = field.getText() == null ? "" : field.getText().strip();
        Text words = text.now();
        if (typedText.equals(words.value(parameter, value.get()))) {
            showError(null);
            return;
        }
        // A decimal comma is a decimal point where the window's language writes one (German), whatever the system's.
        OptionalDouble number = TypedNumber.parse(typedText, words.locale());
        if (number.isEmpty()) {
            showError(t -> t.get("value.notANumber", typedText, t.range(parameter)));
            field.selectAll();
            return;
        }
        double typed = number.getAsDouble();
        if (parameter.problem(typed).isPresent()) {
            showError(t -> t.get("value.notAllowed", typedText, t.label(parameter), t.problem(parameter, typed).orElseThrow()));
            field.selectAll();
            return;
        }
        apply.accept(typed);
        showCurrent();
        showError(null);
    }

    private void showCurrent() {
        field.setText(text.now().value(parameter, value.get()));
    }

    private void showError(Function<Text, String> wording) {
        this.error = wording;
        boolean error = wording != null;
        Text words = text.now();
        String shown = error ? wording.apply(words) : "";
        message.setText(shown);
        // A screen reader does not notice the message appear, so the field's help carries it too.
        field.setAccessibleHelp(error ? shown : words.get("value.help", words.decimal(Parameter.plain(parameter.min())),
                words.decimal(Parameter.plain(parameter.max())), words.spokenUnit(parameter)));
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
