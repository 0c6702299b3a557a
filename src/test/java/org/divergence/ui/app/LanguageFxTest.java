package org.divergence.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;

import org.divergence.figure.Charts;
import org.divergence.model.Parameter;
import org.divergence.text.Language;
import org.divergence.ui.charts.ChartView;

/**
 * View > Language: the window relabels itself at once (menus, levers, charts, summary), writes numbers
 * with a decimal comma in German, and keeps the scenario and its undo history. (That the choice
 * carries over to the next run: {@link RememberedLooksFxTest}.)
 */
class LanguageFxTest extends SharedWindowTest {

    static Stream<MenuItem> items(List<MenuItem> items) {
        return items.stream().flatMap(item -> item instanceof Menu menu
                ? Stream.concat(Stream.of(item), items(menu.getItems())) : Stream.of(item));
    }

    private MenuItem item(String id) {
        return WindowDriver.onFx(() -> items(List.copyOf(((MenuBar) stage.getScene().lookup(".menu-bar")).getMenus()))
                .filter(each -> id.equals(each.getId())).findFirst().orElseThrow());
    }

    private List<String> menuTitles() {
        return WindowDriver.onFx(() -> ((MenuBar) stage.getScene().lookup(".menu-bar")).getMenus().stream()
                .map(Menu::getText).toList());
    }

    private String text(String selector) {
        return WindowDriver.onFx(() -> ((javafx.scene.control.Labeled) stage.getScene().lookup(selector)).getText());
    }

    /** Chooses a language in View > Language, as a click on its item does. */
    private void choose(Language language) {
        RadioMenuItem choice = (RadioMenuItem) item("menu-language-" + language.tag());
        robot.interact(choice::fire);
    }

    @Test
    void choosingDeutschRelabelsTheWindowAtOnceAndWritesDecimalCommas() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        assertThat(menuTitles()).contains("_File", "_View", "_Help");

        choose(Language.GERMAN);
        window.awaitFrame();

        assertThat(menuTitles()).containsExactly("_Datei", "_Bearbeiten", "_Vorlagen", "V_ergleichen", "Auf_gaben",
                "_Ansicht", "_Hilfe");
        assertThat(WindowDriver.onFx(() -> ((RadioMenuItem) item("menu-language-de")).isSelected())).isTrue();
        assertThat(WindowDriver.onFx(() -> item("menu-language").getText())).isEqualTo("_Sprache");
        assertThat(text("#lever-electricityPrice .lever-name")).isEqualTo("Strompreis");
        assertThat(text("#lever-asicEfficiency .lever-name")).isEqualTo("ASIC-Effizienz");
        assertThat(text("#lever-npuThroughput .lever-name")).isEqualTo("NPU-Durchsatz");
        assertThat(text("#lever-regulationStrength .lever-name")).isEqualTo("Regulierungsstärke");
        assertThat(text("#reset-all")).isEqualTo("Alles auf Standard zurücksetzen");
        assertThat(WindowDriver.onFx(() -> ((TitledPane) stage.getScene().lookup("#advanced-assumptions")).getText()))
                .isEqualTo("Erweiterte Annahmen");
        assertThat(WindowDriver.onFx(() -> ((TextField) stage.getScene().lookup("#field-electricityPrice")).getText()))
                .as("a decimal comma").isEqualTo("0,050");
        assertThat(WindowDriver.onFx(() -> stage.getScene().getRoot().lookupAll("#lever-electricityPrice .lever-range")
                .stream().map(n -> ((Label) n).getText()).toList())).containsExactly("0,010", "0,300");
        assertThat(WindowDriver.onFx(() -> ((TabPane) stage.getScene().lookup("#detail-tabs")).getTabs().stream()
                .map(Tab::getText).toList())).contains("Mining im Detail", "Edge-KI im Detail");
        assertThat(text("#summary-sentence")).startsWith("2035 halten die drei größten Mining-Betreiber")
                .contains("Dezentralisierungsindex");

        ChartView headline = window.chart("chart-headline");
        assertThat(WindowDriver.onFx(() -> headline.spec().title())).isEqualTo("Dezentralisierung: Bitcoin-Mining gegen Edge-KI");
        assertThat(WindowDriver.onFx(() -> headline.rendering().orElseThrow().texts().stream()
                .map(t -> t.text()).toList())).contains("Dezentralisierung: Bitcoin-Mining gegen Edge-KI", "Jahr",
                "Bitcoin-Mining", "Edge-KI");
        ChartView breakEven = window.reveal(Charts.BREAK_EVEN.id());
        assertThat(WindowDriver.onFx(() -> breakEven.rendering().orElseThrow().texts().stream().map(t -> t.text())
                .filter(t -> t.matches("\\d+[.,]\\d+")).toList())).as("tick labels with a decimal comma")
                .isNotEmpty().allMatch(t -> t.contains(",") && !t.contains("."));

        choose(Language.ENGLISH);
        assertThat(menuTitles()).contains("_File", "_View", "_Help");
        assertThat(text("#lever-electricityPrice .lever-name")).isEqualTo("Electricity price");
        assertThat(WindowDriver.onFx(() -> ((TextField) stage.getScene().lookup("#field-electricityPrice")).getText()))
                .isEqualTo("0.050");
        assertThat(WindowDriver.onFx(() -> headline.spec().title())).isEqualTo(Charts.HEADLINE.title());
    }

    @Test
    void everyMenuHasOneItemPerAccessKeyInEveryLanguage() {
        for (Language language : Language.values()) {
            choose(language);
            List<String> clashes = WindowDriver.onFx(() -> {
                MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
                List<String> found = new java.util.ArrayList<>(clashes(List.copyOf(bar.getMenus())));
                items(List.copyOf(bar.getMenus())).filter(item -> item instanceof Menu)
                        .forEach(menu -> found.addAll(clashes(((Menu) menu).getItems())));
                return found;
            });
            assertThat(clashes).as(language + ": two items of one menu on the same Alt key").isEmpty();
        }
    }

    /** Items of one menu whose access key (the letter after "_") another item already has. */
    private static List<String> clashes(List<? extends MenuItem> items) {
        Map<Character, String> taken = new java.util.HashMap<>();
        List<String> clashes = new java.util.ArrayList<>();
        for (MenuItem item : items) {
            String text = item.getText();
            int at = text == null ? -1 : text.indexOf('_');
            if (at >= 0 && at + 1 < text.length() && item.isVisible()) {
                String other = taken.putIfAbsent(Character.toLowerCase(text.charAt(at + 1)), text);
                if (other != null) {
                    clashes.add(other + " / " + text);
                }
            }
        }
        return clashes;
    }

    @Test
    void nothingShownIsCutShortInEitherLanguageAtAnyWindowOrTextSize() {
        double[][] sizes = {{1024, 700}, {1280, 720}, {1920, 1080}};
        List<String> cut = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            choose(language);
            robot.interact(() -> {
                javafx.scene.Parent root = stage.getScene().getRoot();
                for (org.divergence.ui.explorer.TextSize size : org.divergence.ui.explorer.TextSize.values()) {
                    shared.state().textSizeProperty().set(size);
                    for (double[] window : sizes) {
                        for (int pass = 0; pass < 3; pass++) {
                            root.applyCss();
                            root.resize(window[0], window[1]);
                            root.layout();
                        }
                        String where = language + " " + (int) window[0] + "x" + (int) window[1] + " " + size;
                        root.lookupAll("*").stream()
                                .filter(n -> n instanceof javafx.scene.control.Labeled && shown(n))
                                .map(n -> (javafx.scene.control.Labeled) n)
                                .filter(LanguageFxTest::cutShort)
                                .forEach(l -> cut.add(where + ": \"" + l.getText() + "\""));
                    }
                }
                shared.state().textSizeProperty().set(org.divergence.ui.explorer.TextSize.NORMAL);
            });
        }
        assertThat(cut).isEmpty();
    }

    /** Visible, and so is every parent up to the scene's root. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** A label that shows "…" (or its ellipsis) instead of the end of its text. */
    private static boolean cutShort(javafx.scene.control.Labeled labeled) {
        String text = labeled.getText();
        javafx.scene.Node shown = labeled.lookup(".text");
        if (text == null || text.isEmpty() || !(shown instanceof javafx.scene.text.Text drawn)) {
            return false;
        }
        String ellipsis = labeled.getEllipsisString();
        return !ellipsis.isEmpty() && drawn.getText().endsWith(ellipsis) && !text.endsWith(ellipsis);
    }

    @Test
    void switchingKeepsTheScenarioAndItsUndoHistoryAndNamesTheStepsInTheNewLanguage() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        WindowDriver.onFx(() -> {
            viewModel.set(Parameter.ELECTRICITY_PRICE, 0.08);
            return null;
        });
        window.awaitFrame();

        choose(Language.GERMAN);

        assertThat(window.value(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.08);
        assertThat(WindowDriver.onFx(() -> item("menu-undo").getText())).isEqualTo("_Rückgängig: Strompreis geändert");
        robot.interact(() -> item("menu-undo").fire());
        window.awaitFrame();
        assertThat(window.value(Parameter.ELECTRICITY_PRICE)).isEqualTo(Parameter.ELECTRICITY_PRICE.defaultValue());
        assertThat(WindowDriver.onFx(() -> item("menu-redo").getText())).isEqualTo("_Wiederholen: Strompreis geändert");
    }

    @Test
    void theShippedPresetsAreNamedInGermanWhereverTheyAreShownButKeepTheirNameInTheScenario() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        WindowDriver.onFx(() -> {
            viewModel.set(Parameter.NPU_THROUGHPUT, 150);
            return null;
        });
        window.awaitFrame();
        choose(Language.GERMAN);
        window.awaitFrame();

        assertThat(WindowDriver.onFx(() -> item("menu-preset-npu-leap").getText())).isEqualTo("NPU-Sprung");
        assertThat(WindowDriver.onFx(() -> item("menu-baseline-preset-baseline").getText()))
                .isEqualTo("Referenz: die heutige Welt");
        assertThat(text("#summary-sentence")).contains("Gegenüber der Referenz „Referenz: die heutige Welt“: Mining ");
        assertThat(WindowDriver.onFx(() -> String.join(" ", window.chart("chart-headline").rendering().orElseThrow()
                .texts().stream().map(t -> t.text()).toList()))).as("the legend, wrapped or not")
                .contains("Referenz: die heutige Welt, ± in 2035");
        assertThat(WindowDriver.onFx(() -> shared.state().baseline().orElseThrow().name()))
                .as("the scenario keeps the name its file gives").isEqualTo("Baseline: today's world");
    }

    @Test
    void aValueTypedWithADecimalCommaIsTakenInGerman() {
        WindowDriver window = new WindowDriver(robot, viewModel);
        choose(Language.GERMAN);
        TextField field = robot.lookup("#field-npuThroughput").queryAs(TextField.class);
        user.clickOn(field);
        robot.interact(field::selectAll);
        user.write("52,5").type(javafx.scene.input.KeyCode.ENTER);
        window.awaitFrame();

        assertThat(window.value(Parameter.NPU_THROUGHPUT)).isEqualTo(52.5);
        assertThat(WindowDriver.onFx(() -> field.getText())).isEqualTo("52,5");
    }
}
