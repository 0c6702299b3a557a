package org.divergence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.divergence.model.DivergenceModel;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.fixture.RunsTheModelByReference;
import org.divergence.ui.fixture.StylesInCode;

/**
 * The architecture, checked on the compiled classes (so every form of dependency counts: calls,
 * method references, fields, casts, not just imports):
 * <pre>
 *   model ← scenario ← AppInfo ← figure ← {cli, ui} ← launcher
 *   model ← scenario ← challenge ← ui
 *   model ← text (the window's words) ← {challenge, figure, ui}
 *   model, text ← explain ← ui           (the "Why?" sentences and the lever decomposition)
 *   ui: app → features (levers, charts, summary, files, menu) → explorer
 * </pre>
 * The rules also run against fixtures (test sources) that break them, so a rule that could never
 * fail is noticed.
 */
class ArchitectureTest {

    private static final String ROOT = "org.divergence";
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    /** Every package under ui but the composition root and the shared explorer: found, not listed, so a new one is covered. */
    private static final List<String> FEATURES = featuresOf(APP);

    private static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy(ROOT + ".model..")
            .layer("scenario").definedBy(ROOT + ".scenario..")
            .layer("challenge").definedBy(ROOT + ".challenge..")
            .layer("text").definedBy(ROOT + ".text..")
            .layer("explain").definedBy(ROOT + ".explain..")
            .layer("app info").definedBy(DescribedPredicate.describe("org.divergence.AppInfo",
                    (JavaClass c) -> c.getPackageName().equals(ROOT)))
            .layer("figure").definedBy(ROOT + ".figure..")
            .layer("cli").definedBy(ROOT + ".cli..")
            .layer("ui").definedBy(ROOT + ".ui..")
            .layer("launcher").definedBy(ROOT + ".launcher..")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("figure").mayOnlyBeAccessedByLayers("cli", "ui", "launcher")
            .whereLayer("challenge").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("explain").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("text").mayOnlyBeAccessedByLayers("challenge", "explain", "figure", "cli", "ui", "launcher")
            .whereLayer("app info").mayOnlyBeAccessedByLayers("figure", "cli", "ui", "launcher")
            .whereLayer("scenario").mayOnlyBeAccessedByLayers("app info", "challenge", "figure", "cli", "ui", "launcher")
            .whereLayer("model").mayOnlyBeAccessedByLayers("scenario", "text", "challenge", "explain", "app info", "figure",
                    "cli", "ui", "launcher");

    /** Only the window needs a display; the model, files and command line run headless. */
    private static final ArchRule NO_JAVAFX_OUTSIDE_THE_WINDOW = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".launcher..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "atlantafx..");

    /** Figures carry scenarios as bytes: the file layer never decodes or draws an image (no AWT, no ImageIO). */
    private static final ArchRule NO_IMAGING_IN_THE_FILE_LAYER = noClasses()
            .that().resideInAPackage(ROOT + ".scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..");

    /** The launcher may start JavaFX, but only to hand over to the window. */
    private static final ArchRule LAUNCHER_ONLY_LAUNCHES = noClasses()
            .that().resideInAPackage(ROOT + ".launcher..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.beans..");

    /**
     * Whatever the call form (a call or a method reference): only the view-model runs the model in the
     * window. Reading DivergenceModel.VERSION (About, Help > Model) is fine.
     */
    private static final ArchRule ONLY_THE_VIEW_MODEL_RUNS_THE_MODEL = noClasses()
            .that().resideInAPackage(ROOT + ".ui..")
            .and().doNotBelongToAnyOf(ExplorerViewModel.class)
            .should().accessTargetWhere(DescribedPredicate.describe("DivergenceModel.run",
                    (JavaAccess<?> access) -> access.getTargetOwner().isEquivalentTo(DivergenceModel.class)
                            && access.getName().equals("run")));

    /** Styles live in stylesheets; views are built in code, not FXML. */
    private static final ArchRule STYLES_IN_STYLESHEETS = noClasses()
            .that().resideInAPackage(ROOT + ".ui..")
            .should().callMethodWhere(DescribedPredicate.describe("setStyle on a JavaFX node",
                    (JavaMethodCall call) -> call.getName().equals("setStyle")
                            && call.getTargetOwner().getPackageName().startsWith("javafx.")))
            .orShould().dependOnClassesThat().resideInAPackage("javafx.fxml..");

    @Test
    void everyLayerIsThereAndTheLayersPointOneWay() {
        for (String layer : List.of("model", "scenario", "text", "challenge", "explain", "figure", "cli", "ui", "launcher")) {
            assertThat(APP.that(resideIn(ROOT + "." + layer))).as(layer + " classes imported").isNotEmpty();
        }
        LAYERS.check(APP);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(APP);
        slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void featurePackagesDependOnTheExplorerNeverOnEachOtherOrTheApp() {
        assertThat(FEATURES).contains("levers", "charts", "summary", "files", "menu");
        for (String feature : FEATURES) {
            featureRule(feature, FEATURES).check(APP);
        }
        noClasses().that().resideInAPackage(ROOT + ".ui.explorer..")
                .should().dependOnClassesThat().resideInAnyPackage(otherThan("explorer", FEATURES).toArray(String[]::new))
                .check(APP);
    }

    /** A feature's classes depend on no other feature's and not on the composition root. */
    private static ArchRule featureRule(String feature, List<String> features) {
        return noClasses().that().resideInAPackage(ROOT + ".ui." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(otherThan(feature, features).toArray(String[]::new));
    }

    private static List<String> otherThan(String feature, List<String> features) {
        List<String> others = new java.util.ArrayList<>(features.stream()
                .filter(f -> !f.equals(feature)).map(f -> ROOT + ".ui." + f + "..").toList());
        others.add(ROOT + ".ui.app..");
        return others;
    }

    private static List<String> featuresOf(JavaClasses classes) {
        return classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + ".ui."))
                .map(p -> p.substring((ROOT + ".ui.").length()).split("\\.")[0])
                .filter(f -> !f.equals("app") && !f.equals("explorer"))
                .distinct().sorted().toList();
    }

    @Test
    void noJavaFxOutsideTheWindow() {
        NO_JAVAFX_OUTSIDE_THE_WINDOW.check(APP);
        LAUNCHER_ONLY_LAUNCHES.check(APP);
        NO_IMAGING_IN_THE_FILE_LAYER.check(APP);
    }

    @Test
    void onlyTheViewModelRunsTheModel() {
        ONLY_THE_VIEW_MODEL_RUNS_THE_MODEL.check(APP);
    }

    @Test
    void stylesLiveInStylesheetsNotInCode() {
        STYLES_IN_STYLESHEETS.check(APP);
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(RunsTheModelByReference.class, StylesInCode.class,
                org.divergence.fixture.outside.UsesJavaFx.class, org.divergence.ui.fixture.other.UsesAnotherFeature.class);
        assertThat(ONLY_THE_VIEW_MODEL_RUNS_THE_MODEL.evaluate(fixtures).hasViolation())
                .as("a method reference DivergenceModel::run is caught").isTrue();
        assertThat(STYLES_IN_STYLESHEETS.evaluate(fixtures).hasViolation()).as("setStyle is caught").isTrue();
        assertThat(NO_JAVAFX_OUTSIDE_THE_WINDOW.evaluate(fixtures).hasViolation())
                .as("JavaFX outside the window is caught").isTrue();
        List<String> fixtureFeatures = featuresOf(fixtures);
        assertThat(fixtureFeatures).as("feature packages found, not listed").containsExactly("fixture");
        assertThat(featureRule("fixture.other", List.of("fixture.other", "fixture")).evaluate(fixtures).hasViolation())
                .as("one feature using another is caught").isTrue();

        JavaClasses upsideDown = new ClassFileImporter().importClasses(org.divergence.fixture.outside.UsesJavaFx.class,
                org.divergence.model.fixture.ModelUsingTheWindow.class, ExplorerViewModel.class);
        assertThat(LAYERS.evaluate(upsideDown).hasViolation()).as("the model using the window is caught").isTrue();
    }

    private static DescribedPredicate<JavaClass> resideIn(String packageName) {
        return DescribedPredicate.describe("reside in " + packageName,
                c -> c.getPackageName().equals(packageName) || c.getPackageName().startsWith(packageName + "."));
    }
}
