package org.divergence.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.divergence.model.Halving;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.ParameterGroup;
import org.divergence.model.RegulationDesign;

/**
 * Generates the parts of docs/ that describe the format from the code itself (the Parameter and
 * Output tables), so the documentation cannot drift from what the app reads and writes.
 * {@link FormatDocsTest} compares them with the committed files.
 */
final class FormatDocs {

    static final String FIELDS_START = "<!-- fields:start (generated from Parameter by FormatDocsTest; do not edit) -->";
    static final String FIELDS_END = "<!-- fields:end -->";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private FormatDocs() {}

    /** docs/scenario.schema.json: JSON Schema (draft 2020-12) of format {@value ScenarioFormat#CURRENT_VERSION}. */
    static String schema() throws Exception {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:divergence:scenario-format:" + ScenarioFormat.CURRENT_VERSION);
        root.put("title", "Divergence scenario file (format " + ScenarioFormat.CURRENT_VERSION + ")");
        root.put("description", "A what-if scenario for Divergence, file extension " + ScenarioFormat.EXTENSION
                + ". See docs/SCENARIO_FORMAT.md. Divergence also opens files that break this schema in harmless"
                + " ways (unknown or missing fields), with warnings.");
        root.put("type", "object");
        root.putArray("required").add("formatVersion").add("levers").add("assumptions");
        root.put("additionalProperties", false);
        ObjectNode properties = root.putObject("properties");
        properties.putObject("$schema").put("type", "string")
                .put("description", "Optional: lets editors validate the file against this schema.");
        properties.putObject("formatVersion").put("const", ScenarioFormat.CURRENT_VERSION)
                .put("description", "Version of this file format. Older versions are migrated when opened; newer ones are refused.");
        properties.putObject("modelVersion").put("type", "string")
                .put("description", "Version of the model's equations the file was saved with (informational).");
        properties.putObject("name").put("type", "string").put("maxLength", ScenarioFormat.MAX_NAME_CHARS)
                .put("description", "Name shown in the title bar and in figures.");
        properties.putObject("description").put("type", "string").put("maxLength", ScenarioFormat.MAX_DESCRIPTION_CHARS)
                .put("description", "Notes: the story the scenario tells, its sources, the assignment.");
        properties.putObject("created").put("type", "string").put("format", "date-time")
                .put("description", "When the scenario was first saved, ISO-8601 UTC.");
        properties.putObject("modified").put("type", "string").put("format", "date-time")
                .put("description", "When the scenario was last saved, ISO-8601 UTC.");
        properties.putObject("levers").put("$ref", "#/$defs/levers");
        properties.putObject("assumptions").put("$ref", "#/$defs/assumptions");
        properties.putObject("view").put("$ref", "#/$defs/view");

        ObjectNode defs = root.putObject("$defs");
        defs.set("levers", section("The four headline levers.", true));
        ObjectNode assumptions = section("Every advanced assumption, the regulation design and the random seed.", false);
        ObjectNode design = ((ObjectNode) assumptions.get("properties")).putObject("regulationDesign");
        design.put("description", "Which way regulation pushes.");
        ArrayNode designs = design.putArray("enum");
        for (RegulationDesign d : RegulationDesign.values()) {
            designs.add(d.key());
        }
        ((ObjectNode) assumptions.get("properties")).putObject("seed").put("type", "integer")
                .put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE)
                .put("description", "Random seed for Monte Carlo runs; the central projection draws nothing.");
        ((ArrayNode) assumptions.get("required")).add("regulationDesign").add("seed");
        defs.set("assumptions", assumptions);

        ObjectNode view = defs.putObject("view");
        view.put("type", "object").put("description", "Window settings worth reopening; they never change the projection.")
                .put("additionalProperties", false);
        ObjectNode viewProperties = view.putObject("properties");
        viewProperties.putObject("summaryYear").put("type", "integer").put("minimum", (int) Halving.START_YEAR)
                .put("maximum", ScenarioWriter.plainNumber(Parameter.END_YEAR.max()))
                .put("description", "The year the summary talks about (within the horizon).");
        ObjectNode baseline = viewProperties.putObject("baseline");
        baseline.put("type", "object").put("description", "The scenario the projection is compared with, kept in full.")
                .put("additionalProperties", false);
        baseline.putArray("required").add("levers").add("assumptions");
        ObjectNode baselineProperties = baseline.putObject("properties");
        baselineProperties.putObject("name").put("type", "string");
        baselineProperties.putObject("levers").put("$ref", "#/$defs/levers");
        baselineProperties.putObject("assumptions").put("$ref", "#/$defs/assumptions");
        return ScenarioFormat.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static ObjectNode section(String description, boolean levers) {
        ObjectNode section = NODES.objectNode();
        section.put("type", "object").put("description", description).put("additionalProperties", false);
        ArrayNode required = section.putArray("required");
        ObjectNode properties = section.putObject("properties");
        for (Parameter p : Parameter.values()) {
            if (p.isLever() != levers) {
                continue;
            }
            required.add(p.key());
            properties.putObject(p.key())
                    .put("type", p.isInteger() ? "integer" : "number")
                    .put("title", p.label() + " (" + p.unit() + ")")
                    .put("description", p.description())
                    .put("minimum", ScenarioWriter.plainNumber(p.min()))
                    .put("maximum", ScenarioWriter.plainNumber(p.max()))
                    .put("default", ScenarioWriter.plainNumber(p.defaultValue()));
        }
        return section;
    }

    /** The field table of docs/SCENARIO_FORMAT.md, between its markers. */
    static String fieldsTable() {
        StringBuilder sb = new StringBuilder(FIELDS_START).append("\n\n");
        sb.append("| field | unit | allowed | default | meaning |\n|---|---|---|---|---|\n");
        for (ParameterGroup group : ParameterGroup.values()) {
            for (Parameter p : Parameter.values()) {
                if (p.group() == group) {
                    sb.append(String.format(Locale.ROOT, "| `%s.%s` | %s | %s to %s%s | %s | %s |%n",
                            p.isLever() ? "levers" : "assumptions", p.key(), p.unit(),
                            Parameter.plain(p.min()), Parameter.plain(p.max()), p.isInteger() ? ", whole" : "",
                            Parameter.plain(p.defaultValue()), p.label() + ". " + p.description()));
                }
            }
        }
        sb.append("| `assumptions.regulationDesign` | | `antiConsolidation`, `complianceBurden` | `antiConsolidation` | ")
                .append("Which way regulation pushes: surcharges on the largest operators, or fixed costs per operator. |\n");
        sb.append("| `assumptions.seed` | | whole number (64-bit) | 42 | Random seed for Monte Carlo runs. |\n");
        return sb.append('\n').append(FIELDS_END).toString();
    }

    /** docs/CSV_COLUMNS.md. */
    static String csvColumns() {
        StringBuilder sb = new StringBuilder();
        sb.append("# CSV columns\n\n");
        sb.append("<!-- Generated from the Output enum by FormatDocsTest; do not edit by hand. -->\n\n");
        sb.append("`java -jar divergence.jar --csv OUT` writes one header row, then one row\n")
                .append("per time step of the projection: quarterly by default (`stepsPerYear`), from 1 January of\n")
                .append("`startYear` (2025 unless backcasting) to 1 January of `endYear`. Columns are comma-separated,\n")
                .append("numbers use a dot and may use exponent notation (`1.5E-4`); each is written with enough digits to\n")
                .append("read back the exact value. Columns keep their place and meaning from release to release; new ones\n")
                .append("are appended (model 1.2 appended the last two below).\n\n");
        sb.append("| column | unit | meaning |\n|---|---|---|\n");
        sb.append("| `year` | decimal year | Time of the step: 2025.0 is 1 January 2025, 2025.25 is 1 April 2025. |\n");
        for (Output output : Output.values()) {
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | %s |%n", output.column(), unitText(output.unit()), output.label()));
        }
        sb.append("\nShares marked 0-1 are fractions (0.25 = 25 %). HHI is the Herfindahl-Hirschman index on the 0-10,000 scale.\n")
                .append("Both decentralization indices use one scale: 25 x log10(effective number of operators), clamped to 0-100,\n")
                .append("so 1 operator = 0, 10 = 25, 100 = 50, 1,000 = 75 and 10,000 or more = 100.\n");
        sb.append("""

                ## With a baseline

                `--baseline FILE|PRESET` adds, after the columns above, `baseline_` and each output column again
                (`baseline_btc_price_usd` ... `baseline_typical_device_tops`), computed from the baseline
                scenario as it is (the `--set` changes apply to the current scenario only). The rows stay the
                current scenario's time steps and there is no `baseline_year`: a row's baseline values are the
                baseline's at that same time. Where the baseline has no step at that time (its `endYear` is
                earlier, or its `stepsPerYear` coarser), its cells are empty and a one-line note on stderr says
                how many rows that is. `FILE|PRESET`: an existing file, or a name ending in `.json` or containing a
                `/`, is read as a scenario file (as `--scenario` reads it); anything else is a preset id (as `--preset`).

                ## With uncertainty bands (`--monte-carlo N`)

                `--monte-carlo N` runs the model along N random paths (docs/MODEL.md, section 17) and adds, after
                all the columns above, five columns for every output column, in the order of the table:
                `<column>_p10`, `<column>_p25`, `<column>_p50`, `<column>_p75` and `<column>_p90`
                (`btc_price_usd_p10` ... `edge_decentralization_index_p90`), the 10th to 90th percentiles of that
                output over the paths at the row's time step (linear interpolation between order statistics,
                R-7). The columns without a suffix stay the central projection, which draws nothing at random; it
                is not the `_p50` column. The paths draw from the scenario's `seed` (`--set seed=7`), so the same
                seed and N give the same file on every run and machine. N is 20 to 10,000.

                ## Sensitivity CSV (`--sensitivity OUT`)

                `java -jar divergence.jar --sensitivity OUT [--outcome NAME]` writes one header row, then one row
                per parameter that moves the projection (every parameter but `endYear`, `stepsPerYear` and the
                uncertainty settings), the largest effect first, with the columns:

                | column | meaning |
                |---|---|
                | `key` | the parameter's key, as for `--set` |
                | `low` | the low end of its range: its value x 0.75 (a tenth of its allowed range below, when the value is 0), within the allowed range |
                | `high` | the high end: its value x 1.25 (a tenth of its allowed range above, when 0), within the allowed range |
                | `outcome_at_low` | the outcome with the parameter at `low`, everything else as in the scenario |
                | `outcome_at_high` | the outcome with the parameter at `high` |

                `--outcome` names the outcome: `gap` (edge-AI decentralization index minus mining decentralization
                index, in index points) or any output column of the table above, optionally with `@YEAR`, the
                value at 1 January of that year (2025-2050; a year after the horizon reads its last step). The
                default is `gap@2035`.

                ## Sweep CSV (`--sweep`)

                `java -jar divergence.jar --sweep KEY=FROM:TO:STEPS [--sweep ...] [--years Y1,Y2,...] --csv OUT`
                writes one header row, then one row per scenario of the grid: every combination of the swept
                values (STEPS evenly spaced values from FROM to TO, both ends included), on top of the scenario
                from `--scenario`/`--preset` and `--set`. Rows are in grid order: the first `--sweep` varies
                slowest, the last fastest, as in nested loops. The columns are:

                1. one column per `--sweep`, in the order given, holding the swept value: the key in snake_case
                   with its unit, as in the table below;
                2. for each year of `--years` (default: 2035 and the scenario's `endYear`; only the end year when
                   it is 2035 or earlier; with `endYear` swept, the smallest swept end year), in that order, the
                   outcomes below, each named `<outcome>_<year>` (e.g. `mining_decentralization_index_2035`), the
                   value at 1 January of that year;
                3. with `--baseline`, `baseline_` and each column of part 2 again, computed from the baseline with
                   the row's swept values applied (empty where the baseline's horizon ends before the year).

                | outcome | unit | meaning |
                |---|---|---|
                """);
        for (Sweep.Outcome outcome : Sweep.Outcome.values()) {
            sb.append(String.format(Locale.ROOT, "| `%s_<year>` | %s | %s |%n", outcome.column(),
                    unitText(outcome.unit()), outcome.label()));
        }
        sb.append("\n| swept key | column |\n|---|---|\n");
        for (Parameter p : Parameter.values()) {
            sb.append(String.format(Locale.ROOT, "| `%s` | `%s` |%n", p.key(), Sweep.parameterColumn(p)));
        }
        sb.append("""

                A grid of more than 10,000,000 scenarios is refused (exit code 2), as is a value outside a key's
                range or, for `endYear` and `stepsPerYear`, a value that is not a whole number. `regulationDesign`
                and `seed` cannot be swept. The rows are computed on all cores and written in grid order, so the
                file is the same on every run.
                """);
        return sb.toString();
    }

    private static String unitText(String unit) {
        return switch (unit) {
            case "0-1" -> "fraction 0-1";
            case "0-100" -> "index 0-100";
            case "0-10,000" -> "HHI 0-10,000";
            default -> unit;
        };
    }
}
