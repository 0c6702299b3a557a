package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/MODEL.md from drifting away from the code. The parameter and output tables are
 * generated from the {@link Parameter} and {@link Output} enums (re-run with
 * -Ddivergence.updateDocs=true to rewrite them after changing an enum); the hand-written tables of
 * internal constants and operator classes are checked value by value against the code.
 */
class ModelDocumentTest {

    static final Path DOCUMENT = Path.of("docs/MODEL.md");
    private static final List<Class<?>> CONSTANT_HOLDERS = List.of(
            MiningModel.class, EdgeAiModel.class, Halving.class, Concentration.class);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?(e-?[0-9]+)?");

    @Test
    void parameterTableIsGeneratedFromTheParameterEnum() throws IOException {
        checkGenerated("parameters", parameterTable());
    }

    @Test
    void outputTableIsGeneratedFromTheOutputEnum() throws IOException {
        checkGenerated("outputs", outputTable());
    }

    @Test
    void everyInternalConstantIsDocumentedWithItsValue() throws IOException, IllegalAccessException {
        String doc = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> holder : CONSTANT_HOLDERS) {
            for (Field field : holder.getDeclaredFields()) {
                int mod = field.getModifiers();
                if (!Modifier.isStatic(mod) || !Modifier.isFinal(mod) || field.isSynthetic()) {
                    continue;
                }
                Class<?> type = field.getType();
                if (!(type == double.class || type == int.class || type == long.class || type == double[].class)) {
                    continue;
                }
                field.setAccessible(true);
                String name = holder.getSimpleName() + "." + field.getName();
                String row = rowStartingWith(doc, "| `" + name + "` |");
                checked++;
                if (row == null) {
                    problems.add(name + ": no row in the constants table");
                    continue;
                }
                double[] expected = type == double[].class ? (double[]) field.get(null)
                        : new double[] {((Number) field.get(null)).doubleValue()};
                double[] documented = numbers(cell(row, 2));
                if (!close(expected, documented)) {
                    problems.add(name + ": code has " + java.util.Arrays.toString(expected) + ", document says " + cell(row, 2));
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void operatorClassTableMatchesTheCode() throws IOException, ReflectiveOperationException {
        String doc = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        for (OperatorClass c : OperatorClass.values()) {
            String row = rowStartingWith(doc, "| `" + c.name() + "` |");
            assertThat(row).as("row for " + c).isNotNull();
            assertThat(numbers(cell(row, 2))[0]).as(c + " initial share, %").isEqualTo(c.initialShare() * 100);
            assertThat(numbers(cell(row, 3))[0]).as(c + " size or count").isEqualTo(field(c, "sizeOrCount"));
            assertThat(cell(row, 3)).as(c + " growth by entry").contains((boolean) field(c, "growsByEntry") ? "EH/s each" : "firms");
            assertThat(numbers(cell(row, 4))[0]).as(c + " cost of capital, %/yr").isCloseTo(c.costOfCapital() * 100,
                    org.assertj.core.api.Assertions.within(1e-9));
            Parameter premium = (Parameter) field(c, "powerPremium");
            assertThat(cell(row, 5)).as(c + " power price").contains(premium == null ? "1 ×" : "`" + premium.key() + "`");
            assertThat(cell(row, 6)).as(c + " machine age").contains("`" + ((Parameter) field(c, "vintage")).key() + "`");
            assertThat(numbers(cell(row, 7))[0]).as(c + " surcharge weight").isEqualTo(c.surchargeWeight());
        }
    }

    @Test
    void everyCitedReferenceIsListedWithALinkAndNoFigureIsLeftUnsure() throws IOException {
        String doc = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int references = doc.indexOf("## 15. References");
        assertThat(references).as("a References section").isPositive();
        String list = doc.substring(references, doc.indexOf("\n## ", references + 5));
        Matcher cited = Pattern.compile("\\[R(\\d+)\\]").matcher(doc);
        List<String> problems = new ArrayList<>();
        while (cited.find()) {
            String entry = "* [R" + cited.group(1) + "] ";
            int at = list.indexOf(entry);
            if (at < 0) {
                problems.add("[R" + cited.group(1) + "] is cited but not listed");
                continue;
            }
            int end = list.indexOf("\n* [R", at + 1);
            String text = list.substring(at, end < 0 ? list.length() : end);
            if (!text.contains("https://") && !text.contains("http://")) {
                problems.add("[R" + cited.group(1) + "] has no URL or DOI link");
            }
        }
        if (doc.contains("(?)")) {
            problems.add("a figure is still marked (?): confirm it, replace it or label it a model assumption");
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void everyHistoryFileNamesItsSourceAndHowItWasRetrieved() {
        for (String file : List.of("network-hashrate.csv", "btc-price.csv", "fees-per-block.csv", "hashprice.csv",
                "pool-shares.csv", "asic-frontier.csv", "npu-tops.csv", "ai-pc-share.csv", "cloud-shares.csv")) {
            History.Table table = History.table(file);
            assertThat(table.sourceUrl()).as(file).startsWith("https://");
            assertThat(String.join(" ", table.notes())).as(file).contains("source:").contains("retrieval:");
            assertThat(table.rows()).as(file).isNotEmpty();
            for (List<String> row : table.rows()) {
                assertThat(row).as(file).hasSameSizeAs(table.header());
            }
        }
    }

    @Test
    void theDocumentStatesTheModelVersion() throws IOException {
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8)).contains("model version " + DivergenceModel.VERSION);
    }

    // --- generated tables ------------------------------------------------------------------------

    static String parameterTable() {
        StringBuilder sb = new StringBuilder();
        for (ParameterGroup group : ParameterGroup.values()) {
            sb.append("\n**").append(group.label()).append("**\n\n");
            sb.append("| Key | Name | Unit | Default | Range | Step | Meaning | Source |\n");
            sb.append("|---|---|---|---:|---|---:|---|---|\n");
            for (Parameter p : Parameter.values()) {
                if (p.group() != group) {
                    continue;
                }
                sb.append("| `").append(p.key()).append("` | ").append(escape(p.label())).append(" | ")
                        .append(escape(p.unit())).append(" | ").append(number(p, p.defaultValue())).append(" | ")
                        .append(number(p, p.min())).append(" – ").append(number(p, p.max())).append(" | ")
                        .append(number(p, p.step())).append(" | ").append(escape(p.description())).append(" | ")
                        .append(escape(p.source())).append(" |\n");
            }
        }
        return sb.toString();
    }

    static String outputTable() {
        StringBuilder sb = new StringBuilder("\n| CSV column | Series | Unit |\n|---|---|---|\n");
        for (Output o : Output.values()) {
            sb.append("| `").append(o.column()).append("` | ").append(escape(o.label())).append(" | ")
                    .append(escape(o.unit())).append(" |\n");
        }
        return sb.toString();
    }

    private static void checkGenerated(String name, String expected) throws IOException {
        String begin = "<!-- generated:" + name + ":begin (ModelDocumentTest; do not edit by hand) -->";
        String end = "<!-- generated:" + name + ":end -->";
        String doc = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int from = doc.indexOf(begin);
        int to = doc.indexOf(end);
        assertThat(from).as("marker " + begin).isNotNegative();
        assertThat(to).as("marker " + end).isGreaterThan(from);
        String actual = doc.substring(from + begin.length(), to);
        if (!actual.equals(expected + "\n") && Boolean.getBoolean("divergence.updateDocs")) {
            doc = doc.substring(0, from + begin.length()) + expected + "\n" + doc.substring(to);
            Files.writeString(DOCUMENT, doc, StandardCharsets.UTF_8);
            actual = expected + "\n";
        }
        assertThat(actual).as("the %s table in %s; re-run with -Ddivergence.updateDocs=true", name, DOCUMENT)
                .isEqualTo(expected + "\n");
    }

    /** A parameter value as the table shows it: years plain (2040), other numbers grouped (95,000). */
    static String number(Parameter p, double value) {
        return p == Parameter.END_YEAR ? Parameter.plain(value) : number(value);
    }

    /** Plain decimal with thousands separators: 1,000; 0.036; 10,000,000. */
    static String number(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        String grouped = Math.abs(value) >= 1_000
                ? String.format(Locale.ROOT, "%,d", Long.parseLong(whole))
                : whole;
        return grouped + fraction;
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }

    // --- reading the hand-written tables -----------------------------------------------------------

    private static String rowStartingWith(String doc, String prefix) {
        for (String line : doc.split("\n")) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /** Cell n (1-based) of a markdown table row. */
    private static String cell(String row, int n) {
        String[] cells = row.split("(?<!\\\\)\\|");
        return cells[n].trim();
    }

    private static double[] numbers(String text) {
        List<Double> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(text.replace("×10^", "e").replace(" ", ""));
        while (m.find()) {
            values.add(Double.parseDouble(m.group().replace(",", "")));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean close(double[] expected, double[] documented) {
        if (documented.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 5e-4 * Math.abs(expected[i]) + 1e-300;
            if (Math.abs(expected[i] - documented[i]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    private static Object field(OperatorClass c, String name) throws ReflectiveOperationException {
        Field f = OperatorClass.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(c);
    }
}
