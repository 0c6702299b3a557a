package org.divergence.ui.levers;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.beans.value.ObservableValue;

import org.divergence.model.Parameter;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.WindowText;
import org.divergence.text.Text;

/**
 * One headline lever: name and reset, a full-width slider with tick marks, then its range with the
 * typed value and unit between the two ends.
 * Moving the slider lands on the parameter's step (Parameter.snap); a typed value is kept as typed.
 * Arrows move one step, Page Up/Down a tenth of the range, Home/End to the ends.
 */
final class LeverView extends VBox {

    private static final int MAJOR_TICKS = 5;

    private final Parameter parameter;
    private final ExplorerViewModel viewModel;
    private final WindowText text;
    private final Slider slider = new Slider();
    private boolean showingModelValue;

    LeverView(Parameter parameter, ExplorerViewModel viewModel) {
        this.parameter = parameter;
        this.viewModel = viewModel;
        this.text = viewModel.window().text();
        getStyleClass().add("lever");
        setId("lever-" + parameter.key());

        Label name = new Label();
        name.textProperty().bind(text.of(() -> text.now().label(parameter)));
        name.getStyleClass().add("lever-name");
        name.setLabelFor(slider);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button reset = resetButton();
        HBox header = new HBox(name, reset);
        header.getStyleClass().add("lever-header");
        header.setAlignment(Pos.CENTER_LEFT);

        ValueField value = new ValueField(parameter, viewModel.valueProperty(parameter),
                v -> viewModel.set(parameter, v), text);
        value.field().setMinWidth(Region.USE_PREF_SIZE);
        Label unit = new Label();
        unit.textProperty().bind(text.of(() -> text.now().unit(parameter)));
        unit.getStyleClass().add("lever-unit");
        unit.setMinWidth(Region.USE_PREF_SIZE);

        configureSlider();
        slider.setMaxWidth(Double.MAX_VALUE);
        Label min = new Label();
        Label max = new Label();
        min.textProperty().bind(text.of(() -> text.now().value(parameter, parameter.min())));
        max.textProperty().bind(text.of(() -> text.now().value(parameter, parameter.max())));
        min.getStyleClass().add("lever-range");
        max.getStyleClass().add("lever-range");
        min.setMinWidth(Region.USE_PREF_SIZE);
        max.setMinWidth(Region.USE_PREF_SIZE);

        // Under the full-width slider: its range at the two ends, the typed value and unit between.
        Region left = new Region();
        Region right = new Region();
        left.getStyleClass().add("lever-gap");
        right.getStyleClass().add("lever-gap");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox valueRow = new HBox(min, left, value.field(), unit, right, max);
        valueRow.getStyleClass().add("lever-value-row");
        valueRow.setAlignment(Pos.CENTER);

        Tooltip help = tooltip(text.of(() -> explanation(parameter, text.now()) + ModelHelpLink.hint(text.now())));
        name.setTooltip(help);
        slider.setTooltip(help);
        value.field().setTooltip(help);
        ModelHelpLink.onClick(name, parameter, viewModel);
        ModelHelpLink.onShiftF1(this, parameter, viewModel);

        getChildren().addAll(header, slider, valueRow, value.message());
    }

    /**
     * A small circular-arrow button, enabled only when the lever is away from its default. Tab reaches
     * it (Shift+Tab from the slider); Space or Enter presses it.
     */
    private Button resetButton() {
        Region icon = new Region();
        icon.getStyleClass().add("reset-icon");
        Button reset = new Button();
        reset.setGraphic(icon);
        reset.setId("reset-" + parameter.key());
        reset.getStyleClass().addAll("lever-reset", "flat");
        reset.accessibleTextProperty().bind(text.of(() -> SpokenText.reset(parameter, text.now())));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.of(() -> text.now().get("levers.resetTip",
                text.now().valueWithUnit(parameter, parameter.defaultValue()))));
        reset.setTooltip(tip);
        reset.setOnAction(e -> viewModel.reset(parameter));
        reset.disableProperty().bind(viewModel.atDefaultProperty(parameter));
        return reset;
    }

    Parameter parameter() { return parameter; }

    /** Gives the slider the keyboard focus (a "Why?" sentence pointing here). */
    void focusControl() {
        slider.requestFocus();
    }

    /** A tooltip that waits a little, wraps, and stays long enough to be read. */
    static Tooltip tooltip(ObservableValue<String> text) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }

    /** What the lever means, then its default and where that comes from. */
    static String explanation(Parameter parameter, Text text) {
        return text.get("levers.explanation", text.help(parameter), text.valueWithUnit(parameter, parameter.defaultValue()),
                text.source(parameter));
    }

    private void configureSlider() {
        slider.setId("slider-" + parameter.key());
        slider.setMin(parameter.min());
        slider.setMax(parameter.max());
        slider.setValue(viewModel.valueProperty(parameter).get());
        slider.setBlockIncrement(parameter.step());
        slider.setMajorTickUnit((parameter.max() - parameter.min()) / MAJOR_TICKS);
        slider.setMinorTickCount(3);
        slider.setShowTickMarks(true);
        slider.accessibleTextProperty().bind(text.of(() -> text.now().spokenName(parameter)));
        slider.accessibleHelpProperty().bind(text.of(() -> explanation(parameter, text.now())));

        // Slider -> model: every position is snapped to the step before it becomes the scenario.
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!showingModelValue) {
                viewModel.set(parameter, parameter.snap(now.doubleValue()));
                showModelValue();
            }
        });
        // Model -> slider: typed values, resets, loaded files.
        viewModel.valueProperty(parameter).addListener((obs, old, now) -> showModelValue());
        slider.valueChangingProperty().addListener((obs, was, dragging) -> viewModel.adjustingProperty().set(dragging));
        // Page Up/Down jump a tenth of the range and Home/End go to the ends. Handled here, before the
        // slider's own keys, and consumed, so the lever column does not scroll as well.
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            double now = viewModel.valueProperty(parameter).get();
            double target = switch (e.getCode()) {
                case PAGE_UP -> parameter.snap(clamp(now + jump()));
                case PAGE_DOWN -> parameter.snap(clamp(now - jump()));
                case HOME -> parameter.min();
                case END -> parameter.max();
                default -> Double.NaN;
            };
            if (!Double.isNaN(target)) {
                viewModel.set(parameter, target);
                e.consume();
            }
        });
    }

    /** A tenth of the range, on the step grid. */
    private double jump() {
        double steps = Math.max(1, Math.round((parameter.max() - parameter.min()) / 10 / parameter.step()));
        return steps * parameter.step();
    }

    private double clamp(double v) {
        return Math.max(parameter.min(), Math.min(parameter.max(), v));
    }

    private void showModelValue() {
        showingModelValue = true;
        try {
            slider.setValue(viewModel.valueProperty(parameter).get());
        } finally {
            showingModelValue = false;
        }
    }
}
