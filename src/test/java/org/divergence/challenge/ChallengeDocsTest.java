package org.divergence.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.divergence.scenario.Presets;

/** docs/CHALLENGES.md stays true: its examples open, and it lists every shipped challenge and preset. */
class ChallengeDocsTest {

    private static final Path DOC = Path.of("docs", "CHALLENGES.md");

    private static String doc() throws IOException {
        return Files.readString(DOC);
    }

    private static List<String> jsonBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void theExampleChallengeAndTheExampleConditionOpen() throws Exception {
        List<String> blocks = jsonBlocks(doc());
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        for (String block : blocks) {
            String file = block.contains("\"challengeFormat\"") ? block
                    : "{ \"challengeFormat\": 1, \"title\": \"T\", \"question\": \"Q?\", \"goal\": [" + block + "] }";
            Challenge read = ChallengeReader.read(file.getBytes(StandardCharsets.UTF_8), "CHALLENGES.md", "doc");
            assertThat(read.goal()).isNotEmpty();
        }
    }

    @Test
    void itListsEveryShippedChallengeAndEveryPresetId() throws Exception {
        String text = doc();
        for (Challenge shipped : Challenges.all()) {
            assertThat(text).contains("| `" + shipped.id() + "` | " + shipped.title() + " |");
        }
        for (String preset : Presets.ids()) {
            assertThat(text).contains("`" + preset + "`");
        }
    }
}
