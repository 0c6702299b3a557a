package org.divergence.ui.why;

import java.util.List;

import javafx.geometry.HPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.divergence.explain.Cause;
import org.divergence.explain.Decomposition;
import org.divergence.explain.Explanation;
import org.divergence.model.Output;
import org.divergence.ui.explorer.ExplorerViewModel;
import org.divergence.ui.explorer.WindowText;

/**
 * The "Why?" panel: for the summary year, the scenario's story (a preset's notes), how far each index
 * moved from the baseline lever by lever (the parts add up to the change, drawn as bars), then the
 * causes in plain words with their numbers. Each sentence ends in a link to the lever or assumption
 * that drives it; following it focuses that control. Redrawn from the view-model's explanation,
 * which is computed only while this panel is shown.
 */
public final class WhyPanel extends ScrollPane {

    private final ExplorerViewModel viewModel;
    private final VBox column = new VBox();
    private final Label heading = new Label();
    private final Label story = new Label();
    private final VBox storyBox;
    private final VBox changes = section();
    private final VBox mining = section();
    private final VBox edge = section();
    private final VBox regulation = section();
    /** Links made so far for the explanation on show, to number their ids. */
    private int links;

    public WhyPanel(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        WindowText text = viewModel.window().text();
        setId("why-panel");
        getStyleClass().add("why-panel");
        getStylesheets().add(WhyPanel.class.getResource("why.css").toExternalForm());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);

        heading.getStyleClass().add("why-heading");
        heading.setId("why-heading");
        heading.setWrapText(true);
        story.setId("why-story");
        story.getStyleClass().add("why-story");
        story.setWrapText(true);
        story.setMinHeight(Region.USE_PREF_SIZE);
        Label storyTitle = title(text, "why.story");
        storyTitle.setId("why-story-title");
        // The story speaks of the scenario as it was opened: say so once the user has changed it.
        storyTitle.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.window().modifiedProperty())
                .then(text.get("why.storyChanged")).otherwise(text.get("why.story")));
        storyBox = new VBox(storyTitle, story);
        storyBox.getStyleClass().add("why-story-box");
        storyBox.setId("why-story-box");

        column.getStyleClass().add("why-column");
        column.getChildren().addAll(heading, storyBox,
                titled(text, "why.section.change", changes), titled(text, "why.section.mining", mining),
                titled(text, "why.section.edge", edge), titled(text, "why.section.regulation", regulation));
        setContent(column);

        viewModel.explanationProperty().addListener((obs, old, now) -> show(now));
        viewModel.window().documentNotesProperty().addListener((obs, old, now) -> showStory(now));
        text.onChange(() -> showStory(viewModel.window().documentNotesProperty().get()));
        showStory(viewModel.window().documentNotesProperty().get());
        show(viewModel.explanationProperty().get());
    }

    private void showStory(String notes) {
        boolean any = notes != null && !notes.isBlank();
        // A shipped preset's story in the window's language; a user's own notes as written.
        story.setText(any ? viewModel.window().text().notes(notes).strip() : "");
        storyBox.setVisible(any);
        storyBox.setManaged(any);
    }

    private void show(Explanation explanation) {
        links = 0;
        if (explanation == null) {
            return;
        }
        org.divergence.text.Text words = explanation.text();
        heading.setText(words.get("why.heading", String.valueOf(explanation.year()), explanation.baselineName()));
        changes.getChildren().clear();
        List<Cause> changeSentences = explanation.about(Cause.Topic.CHANGE);
        // One sentence for each index that moved, with its parts as bars; one sentence when neither did.
        for (int i = 0; i < changeSentences.size(); i++) {
            changes.getChildren().add(sentence(changeSentences.get(i), words));
            Decomposition d = explanation.changes().get(i);
            if (!d.parts().isEmpty()) {
                changes.getChildren().add(bars(d, words));
            }
        }
        fill(mining, explanation.about(Cause.Topic.MINING), words);
        fill(edge, explanation.about(Cause.Topic.EDGE_AI), words);
        fill(regulation, explanation.about(Cause.Topic.REGULATION), words);
    }

    private void fill(VBox box, List<Cause> causes, org.divergence.text.Text words) {
        box.getChildren().setAll(causes.stream().map(c -> sentence(c, words)).toList());
    }

    /** The sentence, then a link to the setting that drives it. */
    private Node sentence(Cause cause, org.divergence.text.Text words) {
        Text text = new Text(cause.text() + " ");
        text.getStyleClass().add("why-text");
        String driver = cause.driver().label(words);
        Hyperlink link = new Hyperlink(words.get("why.link", driver));
        link.getStyleClass().add("why-link");
        link.setId("why-link-" + links++);
        link.setUserData(cause.driver().key());
        link.setAccessibleText(words.get("why.linkName", driver));
        link.setAccessibleHelp(words.get("why.linkHelp", cause.text(), driver));
        link.setOnAction(e -> {
            link.setVisited(false);
            viewModel.links().focusControl(cause.driver().key());
        });
        TextFlow flow = new TextFlow(text, link);
        flow.getStyleClass().add("why-sentence");
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(cause.text());
        return flow;
    }

    /** One bar per setting that differs, from a zero line in the middle: what it added or took away. */
    private Node bars(Decomposition d, org.divergence.text.Text words) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("why-bars");
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(0);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(name, bar, value);
        double largest = d.parts().stream().mapToDouble(p -> Math.abs(p.value())).max().orElse(0);
        String series = d.output() == Output.MINING_DECENTRALIZATION ? "mining" : "edge";
        int row = 0;
        for (Decomposition.Part part : d.parts()) {
            Label label = new Label(part.driver().label(words));
            label.getStyleClass().add("why-bar-name");
            PartBar drawn = new PartBar(largest == 0 ? 0 : part.value() / largest);
            drawn.getStyleClass().addAll("why-bar", "why-bar-" + series);
            Label number = new Label(words.decimal(String.format(java.util.Locale.ROOT, "%+.1f", part.value())).replace('-', '−'));
            number.getStyleClass().add("why-bar-value");
            drawn.setAccessibleRole(AccessibleRole.TEXT);
            drawn.setAccessibleText(words.get("why.barSpoken", part.driver().label(words), number.getText()));
            grid.addRow(row++, label, drawn, number);
        }
        return grid;
    }

    private static VBox section() {
        VBox box = new VBox();
        box.getStyleClass().add("why-section");
        return box;
    }

    private static Label title(WindowText text, String key) {
        Label title = new Label();
        title.textProperty().bind(text.get(key));
        title.getStyleClass().add("why-title");
        return title;
    }

    private static VBox titled(WindowText text, String key, VBox section) {
        VBox box = new VBox(title(text, key), section);
        box.getStyleClass().add("why-group");
        return box;
    }
}
