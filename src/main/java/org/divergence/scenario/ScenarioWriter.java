package org.divergence.scenario;

import static org.divergence.scenario.ScenarioFormat.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.divergence.model.DivergenceModel;
import org.divergence.model.Parameter;
import org.divergence.model.Scenario;

/**
 * Turns a {@link ScenarioDocument} into the pretty-printed JSON of format {@value ScenarioFormat#CURRENT_VERSION}.
 * Field order is fixed (parameters in {@link Parameter} order) and numbers are written in plain
 * decimal, so two saves of similar scenarios diff line by line.
 */
public final class ScenarioWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ScenarioWriter() {}

    /** The file's bytes: UTF-8, "\n" line ends, a final newline. */
    public static byte[] toBytes(ScenarioDocument document) {
        try {
            String json = ScenarioFormat.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toTree(document));
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; reaching here is a bug, not a user error.
            throw new IllegalStateException("could not serialise a scenario document", e);
        }
    }

    /**
     * Saves atomically: the previous file stays intact unless the new one was written completely.
     * Refuses to replace a figure (PNG, SVG, PDF): a figure opened as a scenario must be saved under
     * a new name, or its picture would be lost.
     */
    public static void save(Path file, ScenarioDocument document) throws IOException {
        java.util.Optional<FigureFiles.Kind> figure = FigureFiles.kindOf(file);
        if (figure.isPresent()) {
            throw new IOException(file.getFileName() + " is a " + figure.get() + " figure; saving the scenario over it"
                    + " would replace the picture. Save the scenario as a " + EXTENSION + " file instead");
        }
        AtomicFiles.write(file, toBytes(document));
    }

    static ObjectNode toTree(ScenarioDocument document) {
        ObjectNode root = NODES.objectNode();
        root.put(FORMAT_VERSION, CURRENT_VERSION);
        root.put(MODEL_VERSION, DivergenceModel.VERSION);
        root.put(NAME, document.name());
        root.put(DESCRIPTION, document.description());
        document.created().ifPresent(t -> root.put(CREATED, timestamp(t)));
        document.modified().ifPresent(t -> root.put(MODIFIED, timestamp(t)));
        writeScenario(root, document.scenario());
        ObjectNode view = root.putObject(VIEW);
        document.view().summaryYear().ifPresent(year -> view.put(SUMMARY_YEAR, year));
        document.view().baseline().ifPresent(baseline -> {
            ObjectNode node = view.putObject(BASELINE);
            node.put(NAME, baseline.name());
            writeScenario(node, baseline.scenario());
        });
        return root;
    }

    /** The levers and assumptions objects; shared by the document and its baseline. */
    private static void writeScenario(ObjectNode parent, Scenario scenario) {
        ObjectNode levers = parent.putObject(LEVERS);
        ObjectNode assumptions = parent.putObject(ASSUMPTIONS);
        for (Parameter p : Parameter.values()) {
            (p.isLever() ? levers : assumptions).put(p.key(), plainNumber(scenario.get(p)));
        }
        assumptions.put(REGULATION_DESIGN, scenario.regulationDesign().key());
        assumptions.put(SEED, scenario.seed());
    }

    /**
     * The shortest decimal that reads back as exactly this double, without exponent or ".0":
     * 0.05, 95000, 10000000 rather than 9.5E4 or 1.0E7.
     */
    static BigDecimal plainNumber(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
