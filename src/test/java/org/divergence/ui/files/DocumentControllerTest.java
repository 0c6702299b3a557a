package org.divergence.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;

import org.divergence.text.Text;
import org.junit.jupiter.api.io.TempDir;

import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.divergence.scenario.AutosaveStore;
import org.divergence.scenario.Presets;
import org.divergence.scenario.RecentFiles;
import org.divergence.scenario.ScenarioDocument;
import org.divergence.scenario.ScenarioReader;
import org.divergence.scenario.ScenarioWriter;
import org.divergence.scenario.ViewSettings;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.explorer.RecordedNotices;
import org.divergence.ui.explorer.WindowState;
import org.divergence.ui.files.DocumentDialogs.NameAndNotes;
import org.divergence.ui.files.DocumentDialogs.UnsavedChoice;

/**
 * The document's commands and unsaved-changes rules, without the JavaFX toolkit. Background work
 * runs at once on the test's thread unless a test holds it back ({@link #heldWork}) to see what
 * happens while a file is still being read or written.
 */
class DocumentControllerTest {

    private static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");

    @TempDir
    Path folder;

    private final ExplorerViewModel viewModel = new ExplorerViewModel(Runnable::run);
    private final WindowState window = viewModel.window();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final RecordedNotices notices = new RecordedNotices();
    /** Work the workers have not run yet, when a test holds it back. */
    private final Deque<Runnable> heldWork = new ArrayDeque<>();
    private boolean holdWork;
    private final BackgroundWork work = new BackgroundWork(
            task -> {
                if (holdWork) {
                    heldWork.add(task);
                } else {
                    task.run();
                }
            }, Runnable::run, notices);
    private RecentFilesList recent;
    private AutosaveStore autosave;
    private DocumentController documents;

    private DocumentController documents() {
        if (documents == null) {
            recent = new RecentFilesList(new RecentFiles(folder.resolve("data/recent-files.json")), work, viewModel.window().text());
            autosave = new AutosaveStore(folder.resolve("data/autosave"));
            documents = new DocumentController(viewModel, dialogs, notices, recent, autosave, work,
                    Clock.fixed(NOW, ZoneOffset.UTC));
        }
        return documents;
    }

    private Path scenarioFile(String name, Scenario scenario) throws Exception {
        Path file = folder.resolve(name);
        ScenarioWriter.save(file, ScenarioDocument.untitled(scenario).withName(name));
        return file;
    }

    /** What a command ended with; it must have ended (the work ran at once). */
    private static boolean done(CompletionStage<Boolean> command) {
        return command.toCompletableFuture().getNow(null);
    }

    private String title() {
        return window.documentNameProperty().get();
    }

    @Test
    void startsUntitledAndUnmodified() {
        assertThat(documents().isModified()).isFalse();
        assertThat(title()).isEmpty();
        assertThat(documents().file()).isEmpty();
    }

    @Test
    void movingALeverMarksTheDocumentAndMovingItBackClearsTheMark() {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        assertThat(documents.isModified()).isTrue();

        viewModel.set(Parameter.NPU_THROUGHPUT, Parameter.NPU_THROUGHPUT.defaultValue());
        assertThat(documents.isModified()).isFalse();
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsTheChange() {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        assertThat(done(documents.newDocument())).isFalse();

        assertThat(dialogs.asked).containsExactly("save changes to Untitled scenario before starting a new scenario");
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(100);
        assertThat(documents.isModified()).isTrue();
    }

    @Test
    void newWithDontSaveDiscardsTheChange() {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);

        assertThat(done(documents.newDocument())).isTrue();

        assertThat(viewModel.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(documents.isModified()).isFalse();
    }

    @Test
    void newWithSaveWritesTheFileFirst() throws Exception {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        Path target = folder.resolve("kept");
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        dialogs.fileAnswers.add(Optional.of(target));

        assertThat(done(documents.newDocument())).isTrue();

        Path written = folder.resolve("kept.divergence.json");
        assertThat(ScenarioReader.read(written).document().scenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(100);
        assertThat(viewModel.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(recent.files()).containsExactly(written);
    }

    @Test
    void cancellingTheSaveDialogCancelsTheNew() {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        dialogs.fileAnswers.add(Optional.empty());

        assertThat(done(documents.newDocument())).isFalse();
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(100);
    }

    @Test
    void openingAFileShowsItsScenarioAndNameUnmodified() throws Exception {
        Path file = scenarioFile("cheap.divergence.json", Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.02));

        assertThat(done(documents().open(file))).isTrue();

        assertThat(viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.02);
        assertThat(title()).isEqualTo("cheap.divergence.json");
        assertThat(documents.isModified()).isFalse();
        assertThat(documents.file()).contains(file.toAbsolutePath());
        assertThat(recent.files()).containsExactly(file);
    }

    @Test
    void aBrokenFileShowsTheErrorAndLeavesTheScenarioOnScreenAsItWas() throws Exception {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 123);
        Scenario before = viewModel.getScenario();
        Path broken = Files.writeString(folder.resolve("broken.divergence.json"),
                "{\"formatVersion\": 2, \"levers\": {\"npuThroughput\": \"fast\"}}");

        assertThat(done(documents.open(broken))).isFalse();

        assertThat(dialogs.openErrors).singleElement().satisfies(e -> assertThat(e.getMessage())
                .isEqualTo("broken.divergence.json: levers.npuThroughput: must be a number between 1 and 500 TOPS, got the text \"fast\""));
        assertThat(dialogs.asked).as("no pointless question about unsaved work").isEmpty();
        assertThat(viewModel.getScenario()).isSameAs(before);
        assertThat(documents.isModified()).isTrue();
        assertThat(documents.file()).isEmpty();
    }

    @Test
    void warningsAreShownAfterOpening() throws Exception {
        Path file = scenarioFile("partial.divergence.json", Scenario.defaults());
        Files.writeString(file, Files.readString(file).replace("\"seed\": 42", "\"colour\": 1"));

        documents().open(file);

        // A notice says so at once; its "Show notes" button lists them.
        assertThat(notices.of(Notices.Kind.WARNING)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Opened with 2 notes");
            assertThat(n.action()).isPresent();
            assertThat(dialogs.warnings).isEmpty();
            n.action().get().run().run();
        });
        assertThat(dialogs.warnings).singleElement().satisfies(list -> assertThat(list).extracting(Object::toString)
                .containsExactlyInAnyOrder("assumptions.colour: unknown field, ignored",
                        "assumptions.seed: missing; set to the default 42"));
    }

    @Test
    void aRecentFileThatIsGoneIsReportedAndForgotten() throws Exception {
        Path file = scenarioFile("gone.divergence.json", Scenario.defaults());
        documents().open(file);
        Files.delete(file);

        assertThat(done(documents.open(file))).isFalse();

        assertThat(dialogs.openErrors).hasSize(1);
        assertThat(recent.files()).isEmpty();
    }

    @Test
    void saveWritesToTheOpenFileAndClearsTheMark() throws Exception {
        Path file = scenarioFile("mine.divergence.json", Scenario.defaults());
        documents().open(file);
        viewModel.set(Parameter.REGULATION_STRENGTH, 70);

        assertThat(done(documents.save())).isTrue();

        assertThat(dialogs.asked).isEmpty();
        assertThat(documents.isModified()).isFalse();
        ScenarioDocument saved = ScenarioReader.read(file).document();
        assertThat(saved.scenario().get(Parameter.REGULATION_STRENGTH)).isEqualTo(70);
        assertThat(saved.modified()).contains(NOW);
        assertThat(saved.name()).isEqualTo("mine.divergence.json");
    }

    @Test
    void saveAsAddsTheExtensionAndSuggestsANameFromTheDocument() throws Exception {
        documents().openPreset(Presets.find("npu-leap").orElseThrow());
        dialogs.fileAnswers.add(Optional.of(folder.resolve("my leap")));

        assertThat(done(documents.saveAs())).isTrue();

        assertThat(dialogs.asked).containsExactly("save as NPU leap.divergence.json");
        assertThat(documents.file()).contains(folder.resolve("my leap.divergence.json"));
        assertThat(ScenarioReader.read(folder.resolve("my leap.divergence.json")).document().created()).contains(NOW);
        assertThat(title()).isEqualTo("my leap.divergence.json");
    }

    @Test
    void aFailedSaveKeepsTheWorkAndTheMark() throws Exception {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        dialogs.fileAnswers.add(Optional.of(folder.resolve("no/such/folder/x.divergence.json")));

        assertThat(done(documents.save())).isFalse();

        assertThat(dialogs.saveErrors).hasSize(1);
        assertThat(documents.isModified()).isTrue();
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(100);
    }

    @Test
    void aPresetOpensAsAnUntitledDocumentNamedAfterIt() {
        Presets.Preset preset = Presets.find("compliance-heavy").orElseThrow();

        assertThat(done(documents().openPreset(preset))).isTrue();

        assertThat(viewModel.getScenario()).isEqualTo(preset.document().scenario());
        assertThat(title()).isEqualTo(preset.name());
        assertThat(documents.file()).isEmpty();
        assertThat(documents.isModified()).isFalse();
    }

    @Test
    void aTemplateAsksAboutUnsavedWorkAndNamesItsStepInItsOwnWords() {
        Presets.Preset start = new Presets.Preset("c", Presets.find("npu-leap").orElseThrow().document().withName("A challenge"));
        documents();
        viewModel.set(Parameter.REGULATION_STRENGTH, 70);
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        assertThat(done(documents.openTemplate(start, t -> t.get("challenge.opening", "A challenge")))).isFalse();
        assertThat(viewModel.getScenario().get(Parameter.REGULATION_STRENGTH)).as("cancelled: nothing changes").isEqualTo(70);

        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        assertThat(done(documents.openTemplate(start, t -> t.get("challenge.opening", "A challenge")))).isTrue();

        assertThat(dialogs.asked).containsExactly(
                "save changes to " + ScenarioDocument.UNTITLED + " before opening the challenge A challenge",
                "save changes to " + ScenarioDocument.UNTITLED + " before opening the challenge A challenge");
        assertThat(viewModel.getScenario()).isEqualTo(start.document().scenario());
        assertThat(title()).isEqualTo("A challenge");
        assertThat(documents.isModified()).isFalse();
        assertThat(viewModel.history().nextUndoProperty().get().orElseThrow().label(Text.ENGLISH))
                .isEqualTo("opening the challenge A challenge");
    }

    @Test
    void revertGoesBackToTheFileAfterAsking() throws Exception {
        Path file = scenarioFile("r.divergence.json", Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 80));
        documents().open(file);
        viewModel.set(Parameter.NPU_THROUGHPUT, 300);

        assertThat(done(documents.revert())).isTrue();

        assertThat(dialogs.asked).containsExactly("revert r.divergence.json");
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(80);
        assertThat(documents.isModified()).isFalse();
    }

    @Test
    void editingNameAndNotesIsAnUnsavedChangeThatIsSaved() throws Exception {
        Path file = scenarioFile("n.divergence.json", Scenario.defaults());
        documents().open(file);
        dialogs.nameAndNotesAnswer = Optional.of(new NameAndNotes("Homework 3", "Cheap power, strict rules."));

        documents.editNameAndNotes();
        assertThat(documents.isModified()).isTrue();
        documents.save();

        ScenarioDocument saved = ScenarioReader.read(file).document();
        assertThat(saved.name()).isEqualTo("Homework 3");
        assertThat(saved.description()).isEqualTo("Cheap power, strict rules.");
    }

    @Test
    void unsavedWorkIsAutosavedAndClearedOnceSaved() throws Exception {
        documents();
        documents.autosave();
        assertThat(autosave.ownFile()).doesNotExist();

        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        documents.autosave();
        assertThat(autosave.ownFile()).exists();

        dialogs.fileAnswers.add(Optional.of(folder.resolve("saved.divergence.json")));
        documents.save();
        assertThat(autosave.ownFile()).doesNotExist();
    }

    @Test
    void aCleanCloseLeavesNothingToRecover() {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        documents.autosave();
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);

        assertThat(done(documents.mayClose())).isTrue();
        documents.closed();

        assertThat(autosave.ownFile()).doesNotExist();
    }

    @Test
    void workFromACrashedSessionIsRecoveredAsUnsavedChangesToItsFile() throws Exception {
        Path file = scenarioFile("thesis.divergence.json", Scenario.defaults());
        ScenarioDocument work = ScenarioReader.read(file).document()
                .withScenario(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 250));
        new AutosaveStore(folder.resolve("data/autosave"), Long.MAX_VALUE).save(work, Optional.of(file), NOW);

        documents().offerRecovery();

        assertThat(dialogs.asked).containsExactly("recover thesis.divergence.json");
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(250);
        assertThat(documents.file()).contains(file);
        assertThat(documents.isModified()).isTrue();
        assertThat(autosave.recoverable()).isEmpty();

        documents.revert();
        assertThat(viewModel.getScenario()).isEqualTo(Scenario.defaults());
    }

    @Test
    void declinedRecoveryIsDiscarded() throws Exception {
        new AutosaveStore(folder.resolve("data/autosave"), Long.MAX_VALUE)
                .save(ScenarioDocument.untitled(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 250)), Optional.empty(), NOW);
        dialogs.recoverAnswer = false;

        documents().offerRecovery();

        assertThat(viewModel.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(autosave.recoverable()).isEmpty();
    }

    @Test
    void theSummaryYearIsSavedAndRestoredWithTheFile() throws Exception {
        documents();
        window.setSummaryYear(2031);
        dialogs.fileAnswers.add(Optional.of(folder.resolve("year.divergence.json")));
        documents.save();
        assertThat(ScenarioReader.read(folder.resolve("year.divergence.json")).document().view().summaryYear()).hasValue(2031);

        window.setSummaryYear(2040);
        documents.open(folder.resolve("year.divergence.json"));

        assertThat(window.getSummaryYear()).isEqualTo(2031);
    }

    @Test
    void aSingleDroppedFileOpensAndSeveralAreRefused() throws Exception {
        Path first = scenarioFile("a.divergence.json", Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 60));
        Path second = scenarioFile("b.divergence.json", Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 70));

        assertThat(DocumentFeature.openDropped(documents(), java.util.List.of(first.toFile(), second.toFile()))).isFalse();
        assertThat(viewModel.getScenario()).isEqualTo(Scenario.defaults());

        assertThat(DocumentFeature.openDropped(documents, java.util.List.of(second.toFile()))).isTrue();
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(70);
    }

    @Test
    void reopeningTheOpenFileAsksNothingWhenUnchangedAndAsksToRevertWhenChanged() throws Exception {
        Path file = scenarioFile("s1.divergence.json", Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 80));
        documents().open(file);

        assertThat(done(documents.open(file))).isTrue();
        assertThat(dialogs.asked).as("unchanged: nothing to ask").isEmpty();

        viewModel.set(Parameter.NPU_THROUGHPUT, 300);
        dialogs.revertAnswer = false;
        assertThat(done(documents.open(file))).isFalse();
        assertThat(dialogs.asked).containsExactly("revert s1.divergence.json");
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(300);

        dialogs.revertAnswer = true;
        assertThat(done(documents.open(file))).isTrue();
        assertThat(dialogs.asked).as("never 'save changes to s1 before opening s1'")
                .containsExactly("revert s1.divergence.json", "revert s1.divergence.json");
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(80);
        assertThat(documents.isModified()).isFalse();
    }

    @Test
    void aChangedPresetIsNotSavedWithThePresetsStory() throws Exception {
        Presets.Preset preset = Presets.find("npu-leap").orElseThrow();
        documents().openPreset(preset);
        double npu = preset.document().scenario().get(Parameter.NPU_THROUGHPUT);
        viewModel.set(Parameter.NPU_THROUGHPUT, 450);
        viewModel.setRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN);
        dialogs.fileAnswers.add(Optional.of(folder.resolve("changed.divergence.json")));

        assertThat(done(documents.save())).isTrue();

        String notes = ScenarioReader.read(folder.resolve("changed.divergence.json")).document().description();
        assertThat(notes).isNotEqualTo(preset.description())
                .isEqualTo("Started from the preset “NPU leap”, then changed: NPU throughput "
                        + Parameter.NPU_THROUGHPUT.format(npu) + " → 450 TOPS; regulation design "
                        + preset.document().scenario().regulationDesign().label() + " → Compliance burden.");
        assertThat(documents.isModified()).as("what is on screen is what was saved").isFalse();
    }

    @Test
    void anUnchangedPresetKeepsItsStoryAndTheUsersOwnNotesAreKept() throws Exception {
        Presets.Preset preset = Presets.find("npu-leap").orElseThrow();
        documents().openPreset(preset);
        dialogs.fileAnswers.add(Optional.of(folder.resolve("as-is.divergence.json")));
        documents.save();
        assertThat(ScenarioReader.read(folder.resolve("as-is.divergence.json")).document().description())
                .isEqualTo(preset.description());

        documents.openPreset(preset);
        viewModel.set(Parameter.NPU_THROUGHPUT, 450);
        dialogs.nameAndNotesAnswer = Optional.of(new NameAndNotes(preset.name(), "My own notes."));
        documents.editNameAndNotes();
        dialogs.fileAnswers.add(Optional.of(folder.resolve("mine.divergence.json")));
        documents.save();
        assertThat(ScenarioReader.read(folder.resolve("mine.divergence.json")).document().description())
                .isEqualTo("My own notes.");
    }

    @Test
    void nothingIsReadOrShownUntilTheBackgroundReadHasFinished() throws Exception {
        Path file = scenarioFile("slow.divergence.json", Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 90));
        documents();
        holdWork = true;

        CompletionStage<Boolean> opening = documents.open(file);
        Files.delete(file);
        scenarioFile("slow.divergence.json", Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 95));

        assertThat(opening.toCompletableFuture()).isNotDone();
        assertThat(viewModel.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(work.jobs()).hasSize(1);

        heldWork.poll().run();

        assertThat(done(opening)).isTrue();
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT))
                .as("the file as it was when the worker read it").isEqualTo(95);
    }

    @Test
    void changesMadeWhileASaveIsWritingStayOnScreenAndStayUnsaved() throws Exception {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        dialogs.fileAnswers.add(Optional.of(folder.resolve("racing.divergence.json")));
        holdWork = true;

        CompletionStage<Boolean> saving = documents.save();
        viewModel.set(Parameter.NPU_THROUGHPUT, 200);
        holdWork = false;
        while (!heldWork.isEmpty()) {
            heldWork.poll().run();
        }

        assertThat(done(saving)).isTrue();
        assertThat(ScenarioReader.read(folder.resolve("racing.divergence.json")).document().scenario()
                .get(Parameter.NPU_THROUGHPUT)).isEqualTo(100);
        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(200);
        assertThat(documents.isModified()).isTrue();
        assertThat(title()).isEqualTo("racing.divergence.json");
    }

    @Test
    void aSaveThatFinishesAfterTheUserMovedOnDoesNotTieItsFileToTheNextDocument() throws Exception {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        dialogs.fileAnswers.add(Optional.of(folder.resolve("old.divergence.json")));
        holdWork = true;
        CompletionStage<Boolean> saving = documents.save();

        // While the file is still being written, the user opens a preset and drops the changes.
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        Presets.Preset preset = Presets.find("npu-leap").orElseThrow();
        assertThat(done(documents.openPreset(preset))).isTrue();
        holdWork = false;
        while (!heldWork.isEmpty()) {
            heldWork.poll().run();
        }

        assertThat(done(saving)).isTrue();
        assertThat(ScenarioReader.read(folder.resolve("old.divergence.json")).document().scenario()
                .get(Parameter.NPU_THROUGHPUT)).isEqualTo(100);
        assertThat(documents.file()).as("the preset is not tied to the old file").isEmpty();
        assertThat(title()).isEqualTo(preset.name());
        assertThat(documents.isModified()).isFalse();
        assertThat(viewModel.getScenario()).isEqualTo(preset.document().scenario());
    }

    @Test
    void aCancelledReadEndsTheCommandInsteadOfLeavingItWaiting() throws Exception {
        Path file = scenarioFile("never.divergence.json", Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 90));
        documents();
        holdWork = true;
        CompletionStage<Boolean> opening = documents.open(file);

        work.jobs().get(0).cancel();
        assertThat(opening.toCompletableFuture()).as("ends when the worker gets to it").isNotDone();
        heldWork.poll().run();

        assertThat(done(opening)).isFalse();
        assertThat(viewModel.getScenario()).isEqualTo(Scenario.defaults());
        assertThat(dialogs.openErrors).as("a cancelled read is not an error").isEmpty();
    }

    @Test
    void aFigureOpensItsScenarioAsATemplateSoSaveNeverWritesOverThePicture() throws Exception {
        Scenario inFigure = Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 222);
        var document = ScenarioDocument.untitled(inFigure).withName("From a paper");
        Path figure = folder.resolve("figure-3.png");
        Files.write(figure, org.divergence.scenario.FigureFiles.embedInPng(tinyPng(), document));

        assertThat(done(documents().open(figure))).isTrue();

        assertThat(viewModel.getScenario()).isEqualTo(inFigure);
        assertThat(documents.file()).as("not the figure's path").isEmpty();
        assertThat(title()).isEqualTo("From a paper");
        assertThat(recent.files()).containsExactly(figure.toAbsolutePath());
        dialogs.fileAnswers.add(Optional.empty());
        assertThat(done(documents.save())).isFalse();
        assertThat(dialogs.asked).as("Save asks where, as for a new scenario").containsExactly("save as From a paper.divergence.json");
    }

    private static byte[] tinyPng() throws Exception {
        var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theBaselineIsSavedWithTheFileAndComesBackAndChangingItIsAnUnsavedChange() throws Exception {
        documents();
        Scenario cheap = Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.02);
        window.baselineProperty().set(new ViewSettings.Baseline("Cheap power", cheap));
        assertThat(documents.isModified()).as("a new baseline is something Save would write").isTrue();
        dialogs.fileAnswers.add(Optional.of(folder.resolve("compared.divergence.json")));
        documents.save();
        assertThat(ScenarioReader.read(folder.resolve("compared.divergence.json")).document().view().baseline())
                .contains(new ViewSettings.Baseline("Cheap power", cheap));
        assertThat(documents.isModified()).isFalse();

        window.baselineProperty().set(null);
        assertThat(documents.isModified()).isTrue();
        dialogs.revertAnswer = true;
        documents.revert();
        assertThat(window.baseline()).contains(new ViewSettings.Baseline("Cheap power", cheap));
    }

    @Test
    void aFileWithoutABaselineComparesWithTheBaselinePreset() throws Exception {
        Path file = scenarioFile("plain.divergence.json", Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 90));
        documents();
        window.baselineProperty().set(null);
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        documents.open(file);
        assertThat(window.baseline()).contains(WindowState.defaultBaseline());
        assertThat(documents.isModified()).isFalse();
    }

    @Test
    void theAutosaveIsWhatAnotherSessionWouldRecover() throws Exception {
        Path file = scenarioFile("essay.divergence.json", Scenario.defaults());
        documents().open(file);
        viewModel.set(Parameter.ELECTRICITY_PRICE, 0.123);
        window.setSummaryYear(2031);

        documents.autosave();

        assertThat(autosave.ownFile()).exists();
        assertThat(new AutosaveStore(folder.resolve("data/autosave"), -1).recoverable())
                .as("this process still runs, so its work is not a crash's").isEmpty();
        // The next start is another process, and this one has ended: its autosave is now a crash's.
        Files.move(autosave.ownFile(), autosave.ownFile().resolveSibling("autosave-" + Long.MAX_VALUE + ".json"));
        assertThat(new AutosaveStore(folder.resolve("data/autosave"), -1).recoverable()).singleElement().satisfies(r -> {
            assertThat(r.document().scenario().get(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.123);
            assertThat(r.document().view().summaryYear()).hasValue(2031);
            assertThat(r.originalFile()).contains(file.toAbsolutePath());
        });
    }

    @Test
    void aFailedAutosaveIsToldOnceNotAtEveryChange() throws Exception {
        Path blocked = Files.writeString(folder.resolve("not-a-folder"), "a file where the autosave folder should be");
        recent = new RecentFilesList(new RecentFiles(folder.resolve("data/recent-files.json")), work, viewModel.window().text());
        autosave = new AutosaveStore(blocked.resolve("autosave"));
        documents = new DocumentController(viewModel, dialogs, notices, recent, autosave, work, Clock.fixed(NOW, ZoneOffset.UTC));

        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        documents.autosave();
        viewModel.set(Parameter.NPU_THROUGHPUT, 110);
        documents.autosave();

        assertThat(notices.of(Notices.Kind.WARNING)).singleElement()
                .satisfies(n -> assertThat(n.title()).isEqualTo("Autosave failed"));
        assertThat(documents.isModified()).isTrue();
    }

    @Test
    void aSaveIsConfirmedByANoticeNotADialog() throws Exception {
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 100);
        dialogs.fileAnswers.add(Optional.of(folder.resolve("noticed.divergence.json")));

        documents.save();

        assertThat(notices.of(Notices.Kind.INFO)).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Saved");
            assertThat(n.text()).contains("noticed.divergence.json");
        });
    }

    @Test
    void undoingAnOpenBringsBackTheDiscardedWorkWithItsUnsavedMarkAndRedoReopens() throws Exception {
        Path file = scenarioFile("cheap.divergence.json", Scenario.defaults().with(Parameter.ELECTRICITY_PRICE, 0.02));
        documents();
        viewModel.set(Parameter.NPU_THROUGHPUT, 150);
        dialogs.unsavedAnswers.add(UnsavedChoice.DONT_SAVE);
        assertThat(done(documents.open(file))).isTrue();
        assertThat(viewModel.history().nextUndoProperty().get().orElseThrow().label(Text.ENGLISH))
                .isEqualTo("opening cheap.divergence.json");

        viewModel.history().undo();

        assertThat(viewModel.getScenario().get(Parameter.NPU_THROUGHPUT)).isEqualTo(150);
        assertThat(viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE))
                .isEqualTo(Parameter.ELECTRICITY_PRICE.defaultValue());
        assertThat(documents.file()).isEmpty();
        assertThat(title()).isEmpty();
        assertThat(documents.isModified()).isTrue();

        viewModel.history().redo();

        assertThat(viewModel.getScenario().get(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.02);
        assertThat(documents.file()).contains(file.toAbsolutePath());
        assertThat(title()).isEqualTo("cheap.divergence.json");
        assertThat(documents.isModified()).isFalse();
    }

    @Test
    void undoingBackToWhatWasSavedClearsTheMark() throws Exception {
        Path file = scenarioFile("mine.divergence.json", Scenario.defaults());
        documents().open(file);
        viewModel.set(Parameter.REGULATION_STRENGTH, 70);
        viewModel.set(Parameter.REGULATION_STRENGTH, 80);
        assertThat(documents.isModified()).isTrue();

        viewModel.history().undo();
        assertThat(documents.isModified()).isTrue();
        viewModel.history().undo();

        assertThat(documents.isModified()).isFalse();
        assertThat(viewModel.history().nextUndoProperty().get().orElseThrow().label(Text.ENGLISH))
                .isEqualTo("opening mine.divergence.json");
    }

    @Test
    void aRevertCanBeUndoneSoTheRevertedWorkIsNotLost() throws Exception {
        Path file = scenarioFile("mine.divergence.json", Scenario.defaults());
        documents().open(file);
        viewModel.set(Parameter.REGULATION_STRENGTH, 70);
        assertThat(done(documents.revert())).isTrue();
        assertThat(viewModel.getScenario().get(Parameter.REGULATION_STRENGTH))
                .isEqualTo(Parameter.REGULATION_STRENGTH.defaultValue());

        viewModel.history().undo();

        assertThat(viewModel.getScenario().get(Parameter.REGULATION_STRENGTH)).isEqualTo(70);
        assertThat(documents.isModified()).isTrue();
        assertThat(documents.file()).contains(file.toAbsolutePath());
    }

    @Test
    void renamingIsAStepAndOpeningTheDocumentAlreadyShownIsNone() throws Exception {
        documents();
        assertThat(done(documents.newDocument())).isTrue();
        assertThat(viewModel.history().nextUndoProperty().get()).isEmpty();

        dialogs.nameAndNotesAnswer = Optional.of(new NameAndNotes("Cheap power", "notes"));
        documents.editNameAndNotes();
        assertThat(documents.currentDocument().name()).isEqualTo("Cheap power");

        viewModel.history().undo();

        assertThat(documents.currentDocument().name()).isEqualTo(ScenarioDocument.UNTITLED);
        assertThat(documents.isModified()).isFalse();
    }

    @Test
    void aSaveThatFinishesAfterAnUndoOfTheOpenDoesNotTieItsFileToTheDocumentShown() throws Exception {
        Path file = scenarioFile("mine.divergence.json", Scenario.defaults());
        documents().open(file);
        viewModel.set(Parameter.REGULATION_STRENGTH, 70);
        holdWork = true;
        CompletionStage<Boolean> saving = documents.save();
        viewModel.history().undo();
        viewModel.history().undo();
        holdWork = false;
        heldWork.poll().run();

        assertThat(done(saving)).isTrue();
        assertThat(documents.file()).isEmpty();
        assertThat(ScenarioReader.read(file).document().scenario().get(Parameter.REGULATION_STRENGTH)).isEqualTo(70);
    }

    @Test
    void safeFileNamesFromDocumentNames() {
        assertThat(DocumentController.safeFileName("a/b: c?")).isEqualTo("a-b- c-");
        assertThat(DocumentController.safeFileName(ScenarioDocument.UNTITLED)).isEqualTo("scenario");
        assertThat(DocumentController.safeFileName("  ")).isEqualTo("scenario");
    }
}
