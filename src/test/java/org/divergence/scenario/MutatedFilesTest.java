package org.divergence.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A corpus of damaged files, generated from valid ones by the mutations real files suffer (cut off,
 * bytes lost or garbled, hand edits gone wrong): each must either open or fail with a
 * ScenarioFileException whose message is one clear line. Any other exception is a bug.
 */
class MutatedFilesTest {

    private static final int MUTANTS = 2_000;
    private static final String SOURCE = "mutant.divergence.json";
    private static final byte[] JSON_BYTES = "{}[]:,\"\\ 0123456789.eE+-truefalsenullNaNInfinity\n\t".getBytes(StandardCharsets.US_ASCII);

    @Test
    void everyMutantOpensOrFailsWithAClearMessage() throws Exception {
        Random random = new Random(5);
        RandomScenarios scenarios = new RandomScenarios(6);
        int opened = 0;
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] valid = ScenarioWriter.toBytes(scenarios.document());
            byte[] mutant = mutate(valid, random);
            try {
                LoadedScenario loaded = ScenarioReader.read(mutant, SOURCE, "mutant");
                assertThat(loaded.document()).isNotNull();
                opened++;
            } catch (ScenarioFileException e) {
                assertThat(e.getMessage()).startsWith(SOURCE + ": ").doesNotContain("\n", "\r");
                assertThat(e.getMessage().length()).isBetween(SOURCE.length() + 6, 1_000);
                assertThat(e.problems()).isNotEmpty();
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("mutant %d threw %s instead of a ScenarioFileException:%n%s", i, e,
                        new String(mutant, StandardCharsets.UTF_8), e);
            }
        }
        // Both outcomes must be common, or the corpus is not exercising the reader.
        assertThat(opened).isGreaterThan(MUTANTS / 20);
        assertThat(refused).isGreaterThan(MUTANTS / 4);
    }

    private static byte[] mutate(byte[] valid, Random random) throws Exception {
        byte[] result = valid;
        int rounds = 1 + random.nextInt(random.nextInt(10) == 0 ? 8 : 2);
        for (int r = 0; r < rounds; r++) {
            result = switch (random.nextInt(10)) {
                case 0 -> deleteRange(result, random);
                case 1 -> insertBytes(result, random);
                case 2 -> flipBit(result, random);
                case 3 -> Arrays.copyOf(result, random.nextInt(result.length + 1));
                case 4 -> duplicateLine(result, random);
                case 5 -> deleteLine(result, random);
                case 6, 7, 8 -> replaceValue(result, random);
                default -> swapLines(result, random);
            };
        }
        return result;
    }

    private static byte[] deleteRange(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(20));
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
    }

    private static byte[] insertBytes(byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length + 1);
        byte[] insert = new byte[1 + random.nextInt(8)];
        for (int i = 0; i < insert.length; i++) {
            insert[i] = random.nextBoolean() ? JSON_BYTES[random.nextInt(JSON_BYTES.length)] : (byte) random.nextInt(256);
        }
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    private static byte[] flipBit(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] out = bytes.clone();
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** The hand-edit that gives duplicate keys. */
    private static byte[] duplicateLine(byte[] bytes, Random random) {
        List<String> lines = lines(bytes);
        int i = random.nextInt(lines.size());
        lines.add(i, lines.get(i));
        return join(lines);
    }

    private static byte[] deleteLine(byte[] bytes, Random random) {
        List<String> lines = lines(bytes);
        lines.remove(random.nextInt(lines.size()));
        return join(lines);
    }

    private static byte[] swapLines(byte[] bytes, Random random) {
        List<String> lines = lines(bytes);
        java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        return join(lines);
    }

    /** Parses (if still possible) and puts a value of another type, range or shape somewhere. */
    private static byte[] replaceValue(byte[] bytes, Random random) throws Exception {
        JsonNode root;
        try {
            root = ScenarioFormat.mapper().readTree(bytes);
        } catch (Exception e) {
            return flipBit(bytes, random);
        }
        if (!(root instanceof ObjectNode object)) {
            return bytes;
        }
        List<ObjectNode> containers = new ArrayList<>();
        collectObjects(object, containers);
        ObjectNode target = containers.get(random.nextInt(containers.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() || random.nextInt(8) == 0 ? "extra" + random.nextInt(3) : names.get(random.nextInt(names.size()));
        switch (random.nextInt(14)) {
            case 0 -> target.put(name, "text");
            case 1 -> target.putNull(name);
            case 2 -> target.putArray(name).add(1).add("two");
            case 3 -> target.putObject(name).put("nested", true);
            case 4 -> target.put(name, true);
            case 5 -> target.put(name, Double.NaN);
            case 6 -> target.put(name, Double.POSITIVE_INFINITY);
            case 7 -> target.put(name, -random.nextDouble() * 1e6);
            case 8 -> target.put(name, random.nextDouble() * 1e12);
            case 9 -> target.put(name, new java.math.BigInteger(200, random));
            case 10 -> target.remove(name);
            case 11 -> target.put(name, random.nextInt(5) - 1);
            case 12 -> {
                ArrayNode deep = target.putArray(name);
                for (int i = 0; i < 40; i++) {
                    deep = deep.addArray();
                }
            }
            default -> target.put(name, "x".repeat(random.nextInt(20_000)));
        }
        return ScenarioFormat.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static void collectObjects(ObjectNode node, List<ObjectNode> into) {
        into.add(node);
        node.elements().forEachRemaining(child -> {
            if (child instanceof ObjectNode o) {
                collectObjects(o, into);
            }
        });
    }
}
