package org.divergence.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;

/**
 * Every challenge shipped in assets/challenges opens, is not solved where it starts, and can be
 * solved without touching what it locks: a known solution for each is kept here, so a change to the
 * model that makes one impossible (or trivial) fails the build.
 */
class ShippedChallengesTest {

    /** A known solution of each shipped challenge, as changes to its start. */
    private static final Map<String, UnaryOperator<Scenario>> SOLUTIONS = Map.of(
            "half-on-devices", s -> s.with(Parameter.NPU_THROUGHPUT, 500),
            "many-hands", s -> s.with(Parameter.REGULATION_STRENGTH, 100),
            "mining-fights-back", s -> s.with(Parameter.REGULATION_STRENGTH, 100)
                    .with(Parameter.ANTI_CONSOLIDATION_SURCHARGE, 100),
            "edge-overtakes-mining", s -> s.with(Parameter.ELECTRICITY_PRICE, 0.3).with(Parameter.ASIC_EFFICIENCY, 5),
            "rules-backfire", s -> s.withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN)
                    .with(Parameter.REGULATION_STRENGTH, 100),
            "cheap-power", s -> s.with(Parameter.ASIC_EFFICIENCY, 40).with(Parameter.REGULATION_STRENGTH, 100),
            "decentralized-2040", s -> s.with(Parameter.ELECTRICITY_PRICE, 0.3).with(Parameter.ASIC_EFFICIENCY, 100)
                    .with(Parameter.NPU_THROUGHPUT, 150).with(Parameter.REGULATION_STRENGTH, 100));

    static Stream<Challenge> shipped() {
        return Challenges.all().stream();
    }

    @Test
    void atLeastSixShipAndIndexTxtListsEveryFileInTheFolder() throws IOException {
        assertThat(Challenges.all()).hasSizeGreaterThanOrEqualTo(6);
        List<String> files;
        try (Stream<Path> listed = Files.list(Path.of("assets", "challenges"))) {
            files = listed.map(p -> p.getFileName().toString()).filter(ChallengeFormat::hasExtension)
                    .map(ChallengeFormat::baseName).sorted().toList();
        }
        assertThat(Challenges.index()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(SOLUTIONS.keySet()).as("a known solution for every shipped challenge")
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void isNotSolvedWhereItStarts(Challenge challenge) {
        Progress start = ChallengeCheck.check(challenge, DivergenceModel.run(challenge.start().scenario()));

        assertThat(start.solved()).isFalse();
        assertThat(start.locks()).allMatch(Progress.LockStatus::kept);
        assertThat(start.goal()).anyMatch(status -> !status.met());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void isSolvedByItsKnownSolutionWithEveryLockKept(Challenge challenge) {
        Scenario solution = SOLUTIONS.get(challenge.id()).apply(challenge.start().scenario());

        Progress solved = ChallengeCheck.check(challenge, DivergenceModel.run(solution));

        assertThat(solved.goal()).allSatisfy(status -> assertThat(status.met()).as(status.toString()).isTrue());
        assertThat(solved.locks()).allMatch(Progress.LockStatus::kept);
        assertThat(solved.solved()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void opensUnderItsTitleWithTheQuestionAsItsNotes(Challenge challenge) {
        assertThat(challenge.title()).isNotBlank().hasSizeLessThan(40);
        assertThat(challenge.question()).endsWith(".");
        assertThat(challenge.hint()).isPresent();
        assertThat(challenge.start().name()).isEqualTo(challenge.title());
        assertThat(challenge.start().description()).isEqualTo(challenge.question());
    }
}
