package org.divergence.ui.menu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import org.divergence.ui.explorer.WindowText;

/**
 * A Markdown document (CommonMark with GitHub tables, parsed by commonmark-java) drawn as JavaFX
 * nodes: headings, paragraphs with emphasis, code and links, lists, formulas (code blocks, in a
 * monospaced box) and tables that wrap to the width. Every heading is an anchor (GitHub's slug of
 * its text), and so is every table row whose first cell is code, under that code ("electricityPrice"),
 * which is how a parameter's entry is found. Screen readers read each block's plain text.
 */
final class MarkdownView extends VBox {

    /** A place in the document one can go to: a heading or a keyed table row, with the nodes that show it. */
    record Anchor(String id, String title, int level, List<Node> nodes) {}

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Map<String, Anchor> anchors = new LinkedHashMap<>();
    private final List<Node> blocks = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private boolean measured;
    private final Consumer<String> onLink;
    private final WindowText text;

    /**
     * @param onLink what following a link does, given its destination ("#section" or a web address)
     */
    MarkdownView(String markdown, Consumer<String> onLink, WindowText text) {
        this.onLink = onLink;
        this.text = text;
        getStyleClass().add("markdown");
        org.commonmark.node.Node document = PARSER.parse(markdown);
        for (org.commonmark.node.Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            Node block = block(n);
            if (block != null) {
                getChildren().add(block);
            }
        }
    }

    /** Headings and keyed rows, in document order. */
    Map<String, Anchor> anchors() {
        return anchors;
    }

    /** Every top-level block with its plain text (its accessible text), for finding words. */
    List<Node> blocks() {
        return blocks;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    // --- blocks ------------------------------------------------------------------------------------

    private Node block(org.commonmark.node.Node n) {
        Node made;
        if (n instanceof Heading h) {
            TextFlow flow = inlines(h, "md-h" + Math.min(h.getLevel(), 4));
            String text = plain(h);
            flow.setAccessibleRole(AccessibleRole.TEXT);
            anchors.put(slug(text), new Anchor(slug(text), text, h.getLevel(), List.of(flow)));
            made = flow;
        } else if (n instanceof Paragraph p) {
            made = inlines(p, "md-paragraph");
        } else if (n instanceof IndentedCodeBlock code) {
            made = formula(code.getLiteral());
        } else if (n instanceof FencedCodeBlock code) {
            made = formula(code.getLiteral());
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            made = list(n);
        } else if (n instanceof BlockQuote quote) {
            VBox box = new VBox();
            box.getStyleClass().add("md-quote");
            for (org.commonmark.node.Node c = quote.getFirstChild(); c != null; c = c.getNext()) {
                Node inner = block(c);
                if (inner != null) {
                    box.getChildren().add(inner);
                }
            }
            made = box;
        } else if (n instanceof TableBlock table) {
            made = table(table);
        } else if (n instanceof ThematicBreak) {
            Region rule = new Region();
            rule.getStyleClass().add("md-rule");
            made = rule;
        } else {
            return null; // HTML comments (the generated-section markers) are not shown
        }
        if (n.getParent() instanceof org.commonmark.node.Document) {
            blocks.add(made);
        }
        return made;
    }

    /** A formula or code: monospaced, kept line by line, wrapped only where the window is narrower. */
    private static Node formula(String literal) {
        Label text = new Label(literal.stripTrailing());
        text.getStyleClass().add("md-formula");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setAccessibleText(literal.strip());
        return text;
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = new VBox();
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : "•");
            marker.getStyleClass().add("md-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md-item");
            for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                Node inner = block(c);
                if (inner != null) {
                    content.getChildren().add(inner);
                }
            }
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add("md-list-row");
            box.getChildren().add(row);
        }
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(plain(list));
        return box;
    }

    /**
     * A table in a grid. Columns with short entries keep their width; columns with long text (a
     * meaning, a source) share the rest and wrap.
     */
    private Node table(TableBlock table) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (org.commonmark.node.Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (org.commonmark.node.Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<TableCell> cells = new ArrayList<>();
                for (org.commonmark.node.Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add((TableCell) cell);
                }
                rows.add(cells);
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] longest = new int[columns];
        for (List<TableCell> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                longest[c] = Math.max(longest[c], plain(row.get(c)).length());
            }
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        // Widths are set at the first layout, when the text's fonts are known (measureTables).
        Table shownTable = new Table(new ArrayList<>(), new ArrayList<>(), longest);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            if (longest[c] > 40) {
                column.setHgrow(Priority.ALWAYS);
            }
            grid.getColumnConstraints().add(column);
            shownTable.columns().add(column);
            shownTable.cells().add(new ArrayList<>());
        }
        tables.add(shownTable);
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> row = rows.get(r);
            List<Node> shown = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                TableCell cell = row.get(c);
                TextFlow flow = inlines(cell, r == 0 ? "md-th" : "md-td");
                if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
                    flow.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                }
                flow.getStyleClass().add(r % 2 == 1 ? "md-row-odd" : "md-row-even");
                flow.setMinWidth(0);
                flow.setPrefWidth(0);
                shownTable.cells().get(c).add(flow);
                flow.setMaxWidth(Double.MAX_VALUE);
                flow.setMaxHeight(Double.MAX_VALUE);
                grid.add(flow, c, r);
                shown.add(flow);
            }
            // A row keyed by code in its first cell ("`electricityPrice`") is that key's entry.
            if (r > 0 && !row.isEmpty() && row.get(0).getFirstChild() instanceof Code key
                    && key.getNext() == null && !anchors.containsKey(key.getLiteral())) {
                String title = row.size() > 1 ? plain(row.get(1)) : key.getLiteral();
                anchors.put(key.getLiteral(), new Anchor(key.getLiteral(), title, 0, List.copyOf(shown)));
            }
        }
        grid.setAccessibleRole(AccessibleRole.TEXT);
        grid.setAccessibleText(String.join("\n", rows.stream()
                .map(row -> String.join(" | ", row.stream().map(MarkdownView::plain).toList())).toList()));
        return grid;
    }

    /** A table's columns and the cells of each, for sizing once fonts are known. */
    private record Table(List<ColumnConstraints> columns, List<List<TextFlow>> cells, int[] longest) {}

    @Override
    protected void layoutChildren() {
        if (!measured && getScene() != null) {
            measured = true;
            tables.forEach(MarkdownView::measure);
        }
        super.layoutChildren();
    }

    /**
     * Each column is never narrower than its longest word (up to 8 em), so words are not broken; short columns
     * (units, defaults) keep their whole text on one line when they can; columns with long text (a
     * meaning, a source) share what is left and wrap.
     */
    private static void measure(Table table) {
        Text probe = new Text();
        for (int c = 0; c < table.columns().size(); c++) {
            double longestWord = 0;
            double widest = 0;
            for (TextFlow flow : table.cells().get(c)) {
                double padding = flow.snappedLeftInset() + flow.snappedRightInset() + 2;
                double line = 0;
                for (Node child : flow.getChildren()) {
                    if (child instanceof Text t) {
                        probe.setFont(t.getFont());
                        for (String word : t.getText().split("\\s+")) {
                            probe.setText(word);
                            longestWord = Math.max(longestWord, probe.getLayoutBounds().getWidth() + padding);
                        }
                        probe.setText(t.getText());
                        line += probe.getLayoutBounds().getWidth();
                    }
                }
                widest = Math.max(widest, line + padding);
            }
            ColumnConstraints column = table.columns().get(c);
            // A word longer than a few em (a parameter's key in code) may break rather than push the
            // table past the window.
            double em = probe.getFont().getSize();
            longestWord = Math.min(longestWord, 8 * em);
            column.setMinWidth(Math.ceil(longestWord));
            column.setPrefWidth(Math.ceil(table.longest()[c] > 40 ? Math.max(longestWord, widest / 4) : widest));
        }
    }

    // --- inlines -------------------------------------------------------------------------------------

    private TextFlow inlines(org.commonmark.node.Node parent, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        addInlines(parent, flow, List.of());
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(plain(parent));
        return flow;
    }

    private void addInlines(org.commonmark.node.Node parent, TextFlow flow, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(text(t.getLiteral(), styles));
            } else if (n instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), with(styles, "md-code")));
            } else if (n instanceof Emphasis) {
                addInlines(n, flow, with(styles, "md-em"));
            } else if (n instanceof StrongEmphasis) {
                addInlines(n, flow, with(styles, "md-strong"));
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles));
            } else if (n instanceof Link link) {
                Hyperlink shown = new Hyperlink(plain(link));
                shown.getStyleClass().add("md-link");
                shown.setTooltip(new Tooltip(link.getDestination()));
                shown.accessibleHelpProperty().bind(text.get("modelHelp.linkHelp", link.getDestination()));
                shown.setOnAction(e -> onLink.accept(link.getDestination()));
                flow.getChildren().add(shown);
            } else {
                addInlines(n, flow, styles);
            }
        }
    }

    private static Text text(String literal, List<String> styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private static List<String> with(List<String> styles, String added) {
        List<String> more = new ArrayList<>(styles);
        more.add(added);
        return more;
    }

    /** The text of a node and everything inside it, without markup. */
    static String plain(org.commonmark.node.Node node) {
        StringBuilder out = new StringBuilder();
        appendPlain(node, out);
        return out.toString().strip();
    }

    private static void appendPlain(org.commonmark.node.Node node, StringBuilder out) {
        if (node instanceof org.commonmark.node.Text t) {
            out.append(t.getLiteral());
        } else if (node instanceof Code c) {
            out.append(c.getLiteral());
        } else if (node instanceof IndentedCodeBlock c) {
            out.append(c.getLiteral());
        } else if (node instanceof FencedCodeBlock c) {
            out.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        }
        for (org.commonmark.node.Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            appendPlain(c, out);
            if (c instanceof Paragraph || c instanceof ListItem) {
                out.append('\n');
            }
        }
    }
}
