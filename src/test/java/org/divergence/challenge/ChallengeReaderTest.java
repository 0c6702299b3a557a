package org.divergence.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.divergence.challenge.Condition.Comparison;
import org.divergence.challenge.Condition.Period;
import org.divergence.challenge.Condition.Target;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.scenario.Presets;
import org.divergence.scenario.Problem;
import org.divergence.scenario.ScenarioFileException;
import org.divergence.scenario.ScenarioReader;

/** Challenge files: what a teacher writes opens as meant, and every mistake is named by its field. */
class ChallengeReaderTest {

    @TempDir
    Path folder;

    private static Challenge read(String json) throws ScenarioFileException {
        return ChallengeReader.read(json.getBytes(StandardCharsets.UTF_8), "class.challenge.json", "class");
    }

    /** The problems of a file that must not open, as "field: message". */
    private static java.util.List<String> problems(String json) {
        try {
            read(json);
        } catch (ScenarioFileException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("opened, but should not have: " + json);
    }

    private static String withGoal(String goal) {
        return "{ \"challengeFormat\": 1, \"title\": \"T\", \"question\": \"Q?\", \"goal\": [" + goal + "] }";
    }

    @Test
    void aSmallFileOpensFromTheBaselineWithItsConditionsAndLocks() throws Exception {
        Challenge challenge = read("""
                { "challengeFormat": 1, "title": "Overtake", "question": "Make edge AI overtake mining.",
                  "goal": [
                    { "output": "edge_decentralization_index", "overtakes": { "output": "mining_decentralization_index" },
                      "before": 2032 },
                    { "output": "mining_decentralization_index", "above": { "output": "mining_decentralization_index", "at": 2025 },
                      "at": 2035, "label": "Mining rises" },
                    { "output": "mining_nakamoto_coefficient", "above": 9, "from": 2030 }
                  ],
                  "locked": ["npuThroughput", "regulationDesign"] }
                """);

        assertThat(challenge.id()).isEqualTo("class");
        assertThat(challenge.hint()).isEmpty();
        assertThat(challenge.start().scenario()).isEqualTo(Presets.find(Presets.BASELINE).orElseThrow().document().scenario());
        assertThat(challenge.start().name()).isEqualTo("Overtake");
        assertThat(challenge.goal()).extracting(Condition::comparison)
                .containsExactly(Comparison.OVERTAKES, Comparison.ABOVE, Comparison.ABOVE);
        assertThat(challenge.goal().get(0).target())
                .isEqualTo(new Target.OtherOutput(Output.MINING_DECENTRALIZATION, OptionalInt.empty()));
        assertThat(challenge.goal().get(0).period()).isEqualTo(Period.before(2032));
        assertThat(challenge.goal().get(1).target())
                .isEqualTo(new Target.OtherOutput(Output.MINING_DECENTRALIZATION, OptionalInt.of(2025)));
        assertThat(challenge.goal().get(1).label()).contains("Mining rises");
        assertThat(challenge.goal().get(2).period()).as("until defaults to the horizon's end").isEqualTo(Period.from(2030, 2040));
        assertThat(challenge.locks()).extracting(Lock::key).containsExactly("npuThroughput", "regulationDesign");
    }

    @Test
    void anEmbeddedScenarioIsReadLikeAScenarioFileAndAPresetByItsId() throws Exception {
        Challenge embedded = read("""
                { "challengeFormat": 1, "title": "T", "question": "Q?",
                  "scenario": { "levers": { "electricityPrice": 0.02 }, "assumptions": { "endYear": 2045 } },
                  "goal": [{ "output": "mining_hhi", "below": 1000, "at": 2045 }] }
                """);
        Challenge preset = read("""
                { "challengeFormat": 1, "title": "T", "question": "Q?", "preset": "npu-leap",
                  "goal": [{ "output": "edge_inference_share", "above": 0.5, "before": 2030 }] }
                """);

        assertThat(embedded.start().scenario().get(Parameter.ELECTRICITY_PRICE)).isEqualTo(0.02);
        assertThat(embedded.start().scenario().endYear()).isEqualTo(2045);
        assertThat(preset.start().scenario()).isEqualTo(Presets.find("npu-leap").orElseThrow().document().scenario());
        assertThat(preset.start().name()).as("named after the challenge, not the preset").isEqualTo("T");
    }

    @Test
    void everyMistakeInAConditionIsNamedByItsField() {
        assertThat(problems(withGoal("{ \"output\": \"mining_index\", \"above\": 40, \"at\": 2035 }")))
                .singleElement().asString().startsWith("goal[0].output: unknown output the text \"mining_index\"")
                .contains("mining_decentralization_index");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"at\": 2035 }")))
                .containsExactly("goal[0]: needs a comparison: one of above, below, overtakes, fallsBelow");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"above\": 1, \"below\": 9, \"at\": 2035 }")))
                .containsExactly("goal[0]: has 2 of above, below, overtakes, fallsBelow; keep one (above, below)");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"above\": 1 }")))
                .containsExactly("goal[0]: needs a time: one of at, before, from");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"above\": 1, \"at\": 2060 }")))
                .containsExactly("goal[0].at: must be a whole year from 2025 to 2040, got 2060");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"above\": \"high\", \"at\": 2030 }")))
                .singleElement().asString().startsWith("goal[0].above: must be a finite number or an output");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"abvoe\": 1, \"above\": 1, \"at\": 2030 }")))
                .singleElement().asString().startsWith("goal[0].abvoe: unknown field (misspelt?)");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"overtakes\": 1, \"at\": 2030 }")))
                .containsExactly("goal[0].overtakes: is a crossing: it needs \"before\" (a year), not \"at\"");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"above\": 1, \"at\": 2030, \"until\": 2035 }")))
                .containsExactly("goal[0].until: only goes with \"from\"");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"above\": 1, \"from\": 2035, \"until\": 2030 }")))
                .containsExactly("goal[0].until: must be a whole year from 2035 to 2040, got 2030");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"above\": { \"output\": \"mining_hhi\", \"at\": 2024 }, \"at\": 2030 }")))
                .containsExactly("goal[0].above.at: must be a whole year from 2025 to 2040, got 2024");
        assertThat(problems(withGoal("{ \"output\": \"mining_hhi\", \"above\": NaN, \"at\": 2030 }")))
                .singleElement().asString().startsWith("goal[0].above: must be a finite number");
    }

    @Test
    void everyMistakeAtTheTopIsListedAtOnce() {
        assertThat(problems("""
                { "challengeFormat": 1, "title": "", "hints": "x", "preset": "nope",
                  "goal": [], "locked": ["npuThroughput", "npuThroughput", "speed"] }
                """)).containsExactlyInAnyOrder(
                "hints: unknown field (misspelt?); known here: challengeFormat, goal, hint, locked, preset, question, scenario, title",
                "title: must be text, got blank text",
                "question: missing: every challenge needs one",
                "preset: must name a preset (" + String.join(", ", Presets.ids()) + "), got the text \"nope\"",
                "goal: must list 1 to 12 conditions, got 0",
                "locked[1]: \"npuThroughput\" is listed twice",
                "locked[2]: must be the key of a lever or assumption as in scenario files (such as \"npuThroughput\"),"
                        + " or \"regulationDesign\"; got the text \"speed\"");
    }

    @Test
    void problemsOfTheEmbeddedScenarioNameTheirFieldUnderScenario() {
        assertThat(problems("""
                { "challengeFormat": 1, "title": "T", "question": "Q?",
                  "scenario": { "levers": { "npuThroughput": 9000 } },
                  "goal": [{ "output": "mining_hhi", "below": 1000, "at": 2035 }] }
                """)).containsExactly("scenario.levers.npuThroughput: must be between 1 and 500 TOPS, got 9000");
        assertThat(problems("""
                { "challengeFormat": 1, "title": "T", "question": "Q?", "preset": "baseline", "scenario": {},
                  "goal": [{ "output": "mining_hhi", "below": 1000, "at": 2035 }] }
                """)).containsExactly("preset: give either \"scenario\" or \"preset\", not both");
    }

    @Test
    void aFileThatIsNotAChallengeOrIsFromANewerVersionSaysSo() {
        assertThatThrownBy(() -> read("{ \"formatVersion\": 2, \"levers\": {} }"))
                .hasMessage("class.challenge.json: is not a challenge file: it has no \"challengeFormat\" field"
                        + " (scenario files open with File > Open)");
        assertThatThrownBy(() -> read("{ \"challengeFormat\": 2 }"))
                .hasMessageContaining("written for a newer Divergence (challenge format 2)");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("must contain a JSON object");
        assertThatThrownBy(() -> read("{ \"challengeFormat\": 1, ")).hasMessageContaining("malformed JSON");
    }

    @Test
    void aChallengeFileOpenedAsAScenarioPointsToTheChallengesMenu() throws Exception {
        Path file = folder.resolve("class.challenge.json");
        Files.writeString(file, withGoal("{ \"output\": \"mining_hhi\", \"below\": 1000, \"at\": 2035 }"));

        assertThat(ChallengeReader.read(file).id()).isEqualTo("class");
        assertThatThrownBy(() -> ScenarioReader.read(file))
                .hasMessage("class.challenge.json: is a challenge file, not a scenario file: open it with"
                        + " Challenges > Open challenge file");
        assertThatThrownBy(() -> ChallengeReader.read(folder.resolve("missing.challenge.json")))
                .hasMessageStartingWith("missing.challenge.json: file not found");
        assertThatThrownBy(() -> ChallengeReader.read(folder)).hasMessageEndingWith("is a folder, not a challenge file");
    }
}
