package org.divergence.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;
import org.divergence.text.Language;
import org.divergence.ui.app.Mount;
import org.divergence.ui.app.TestWindow;
import org.divergence.ui.app.UserInput;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.PulseFrameScheduler;

/**
 * The lever column alone, typed into and keyed as a user would: refused values, Escape, reset,
 * values kept as typed, keys that must not scroll the column. (That the charts draw the view-model's
 * projection is the window tests' part; here the projection itself is checked.)
 */
class LeverFieldsFxTest {

    private final FxRobot robot = new FxRobot();
    private UserInput user;
    private ExplorerViewModel viewModel;

    @BeforeEach
    void mountTheLeverColumn() {
        viewModel = TestWindow.onFx(() -> new ExplorerViewModel(new PulseFrameScheduler()));
        Mount.of(() -> new LeverPanel(viewModel), 360, 780);
        user = new UserInput();
    }

    private double value(Parameter p) {
        return TestWindow.onFx(() -> viewModel.getScenario().get(p));
    }

    private Slider slider(Parameter p) {
        return robot.lookup("#slider-" + p.key()).queryAs(Slider.class);
    }

    private void assertProjectionOf(Scenario expected) {
        Mount.awaitFrame(viewModel);
        assertThat(TestWindow.onFx(viewModel::getProjection)).isEqualTo(DivergenceModel.run(expected));
    }

    private void type(Parameter p, String text) {
        TextField field = robot.lookup("#field-" + p.key()).queryAs(TextField.class);
        user.clickOn(field);
        robot.interact(field::selectAll);
        user.write(text).type(KeyCode.ENTER);
    }

    @Test
    void anOutOfRangeValueIsRefusedWithAMessageAndTheSliderKeepsItsValue() {
        type(Parameter.ELECTRICITY_PRICE, "5");

        Label message = robot.lookup("#message-electricityPrice").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("between 0.01 and 0.3 USD/kWh");
        assertThat(TestWindow.onFx(() -> slider(Parameter.ELECTRICITY_PRICE).getValue())).isEqualTo(0.05);
        assertThat(value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.05);
        assertProjectionOf(Scenario.defaults());
    }

    private void speak(Language language) {
        TestWindow.onFx(() -> {
            viewModel.window().text().languageProperty().set(language);
            return null;
        });
    }

    @Test
    void aDecimalCommaIsAcceptedWhereTheWindowsLanguageWritesOneWhateverTheSystems() {
        speak(Language.GERMAN);
        type(Parameter.ELECTRICITY_PRICE, "0,08");
        assertThat(value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.08);
        assertThat(robot.lookup("#field-electricityPrice").queryAs(TextField.class).getText()).isEqualTo("0,080");
        type(Parameter.ELECTRICITY_PRICE, "5");
        assertThat(robot.lookup("#message-electricityPrice").queryAs(Label.class).getText())
                .isEqualTo("5 ist nicht erlaubt: Strompreis muss zwischen 0,01 und 0,3 USD/kWh liegen.");

        speak(Language.ENGLISH);
        assertThat(robot.lookup("#message-electricityPrice").queryAs(Label.class).getText())
                .as("a refusal is said again in the new language")
                .isEqualTo("5 is not allowed: Electricity price must be between 0.01 and 0.3 USD/kWh.");
        assertThat(robot.lookup("#field-electricityPrice").queryAs(TextField.class).getText()).isEqualTo("0.080");
        type(Parameter.ELECTRICITY_PRICE, "0,09");
        assertThat(value(Parameter.ELECTRICITY_PRICE)).as("not a decimal comma in English").isEqualTo(0.08);
        assertThat(robot.lookup("#message-electricityPrice").queryAs(Label.class).getText()).contains("not a number");
    }

    @Test
    void advancedAssumptionsMarkChangedValuesAndFilterByName() {
        javafx.scene.control.TitledPane advanced = robot.lookup("#advanced-assumptions")
                .queryAs(javafx.scene.control.TitledPane.class);
        assertThat(advanced.getText()).isEqualTo("Advanced assumptions");
        robot.interact(() -> advanced.setExpanded(true));
        TestWindow.onFx(() -> {
            viewModel.set(Parameter.RESIDENTIAL_PRICE, 0.3);
            viewModel.set(Parameter.DATA_CENTER_PUE, 1.5);
            return null;
        });
        assertThat(advanced.getText()).isEqualTo("Advanced assumptions · 2 changed");
        Label residential = (Label) TestWindow.onFx(() -> robot.lookup("#field-residentialPrice").query().getParent()
                .getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.getLabelFor() != null && "field-residentialPrice".equals(l.getLabelFor().getId()))
                .findFirst().orElseThrow());
        assertThat(residential.getStyleClass()).contains("changed");
        assertThat(residential.getText()).startsWith("• ");
        assertThat(robot.lookup("#field-residentialPrice").queryAs(TextField.class).getAccessibleText())
                .contains("changed from the default");

        user.clickOn(robot.lookup("#assumption-filter").query()).write("price");
        assertThat(visible("field-residentialPrice")).isTrue();
        assertThat(visible("field-btcPrice")).isTrue();
        assertThat(visible("field-dataCenterPue")).isFalse();
        assertThat(visible("field-npuGrowth")).isFalse();

        robot.interact(() -> robot.lookup("#assumption-filter").queryAs(TextField.class).setText("zzz"));
        assertThat(robot.lookup(".assumption-no-match").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup(".assumption-no-match").queryAs(Label.class).getText()).contains("zzz");

        TestWindow.onFx(() -> {
            viewModel.resetAll();
            return null;
        });
        assertThat(advanced.getText()).isEqualTo("Advanced assumptions");
        assertThat(residential.getStyleClass()).doesNotContain("changed");
    }

    private boolean visible(String id) {
        return TestWindow.onFx(() -> robot.lookup("#" + id).query().isVisible());
    }

    @Test
    void garbageIsRefusedThenAGoodValueIsAppliedAndClearsTheMessage() {
        Label message = robot.lookup("#message-npuThroughput").queryAs(Label.class);

        type(Parameter.NPU_THROUGHPUT, "lots");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("not a number");
        assertThat(TestWindow.onFx(() -> slider(Parameter.NPU_THROUGHPUT).getValue())).isEqualTo(40);

        type(Parameter.NPU_THROUGHPUT, "-3");
        assertThat(message.getText()).contains("between 1 and 500 TOPS");
        assertThat(value(Parameter.NPU_THROUGHPUT)).isEqualTo(40);

        type(Parameter.NPU_THROUGHPUT, "1e400");
        assertThat(message.getText()).startsWith("1e400 is not allowed");
        assertThat(value(Parameter.NPU_THROUGHPUT)).isEqualTo(40);

        type(Parameter.NPU_THROUGHPUT, "120");
        assertThat(message.isVisible()).isFalse();
        assertThat(TestWindow.onFx(() -> slider(Parameter.NPU_THROUGHPUT).getValue())).isEqualTo(120);
        assertProjectionOf(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 120));
    }

    @Test
    void escapePutsTheCurrentValueBack() {
        TextField field = robot.lookup("#field-regulationStrength").queryAs(TextField.class);
        user.clickOn(field);
        robot.interact(field::selectAll);
        user.write("abc").type(KeyCode.ESCAPE);
        assertThat(field.getText()).isEqualTo("20");
        assertThat(robot.lookup("#message-regulationStrength").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void resetButtonPutsTheDefaultBack() {
        type(Parameter.ASIC_EFFICIENCY, "30");
        assertThat(value(Parameter.ASIC_EFFICIENCY)).isEqualTo(30);

        user.clickOn("#reset-asicEfficiency");
        assertThat(value(Parameter.ASIC_EFFICIENCY)).isEqualTo(17.5);
        assertThat(TestWindow.onFx(() -> slider(Parameter.ASIC_EFFICIENCY).getValue())).isEqualTo(17.5);
        assertProjectionOf(Scenario.defaults());
    }

    @Test
    void aTypedValueIsKeptAsTypedAndTheSliderSnapsOnlyWhenItMoves() {
        type(Parameter.ELECTRICITY_PRICE, "0.123");

        assertThat(value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.123);
        assertThat(robot.lookup("#field-electricityPrice").queryAs(TextField.class).getText()).isEqualTo("0.123");
        assertThat(TestWindow.onFx(() -> slider(Parameter.ELECTRICITY_PRICE).getValue())).isEqualTo(0.123);
        assertProjectionOf(Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.123));

        // Moving the slider one step lands on the step grid again: 0.123 + 0.005 -> 0.13.
        robot.interact(() -> slider(Parameter.ELECTRICITY_PRICE).requestFocus());
        user.type(KeyCode.RIGHT);
        assertThat(value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.13);
    }

    @Test
    void homeAndEndOnASliderDoNotScrollTheLeverColumn() {
        ScrollPane column = robot.lookup("#lever-panel").queryAs(ScrollPane.class);
        robot.interact(() -> column.getScene().getWindow().setHeight(600));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(TestWindow.onFx(() -> column.getContent().getLayoutBounds().getHeight() > column.getViewportBounds().getHeight()))
                .as("the column scrolls at this height").isTrue();
        robot.interact(() -> slider(Parameter.NPU_THROUGHPUT).requestFocus());
        double before = TestWindow.onFx(column::getVvalue);

        user.type(KeyCode.END);
        assertThat(value(Parameter.NPU_THROUGHPUT)).isEqualTo(500);
        assertThat(TestWindow.onFx(column::getVvalue)).as("End moved the lever, not the column").isEqualTo(before);

        user.type(KeyCode.HOME);
        assertThat(value(Parameter.NPU_THROUGHPUT)).isEqualTo(1);
        assertThat(TestWindow.onFx(column::getVvalue)).isEqualTo(before);
    }
}
