package org.divergence.ui.menu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.divergence.model.DivergenceModel;
import org.divergence.scenario.AtomicFiles;
import org.divergence.ui.explorer.BackgroundWork;
import org.divergence.ui.explorer.BackgroundWork.Lane;
import org.divergence.ui.explorer.Notices;
import org.divergence.ui.explorer.Scrolling;
import org.divergence.ui.explorer.WindowText;
import org.divergence.text.Text;

/**
 * Help > Model: the model's documentation (docs/MODEL.md, shipped inside the app, since an installed
 * app has no docs folder) drawn legibly, with its headings as a table of contents, a find box, and
 * every parameter's entry (its row in the parameters table: default, range, meaning, public source)
 * reachable from the lever or assumption it belongs to. The Markdown itself can be saved.
 */
final class ModelHelp {

    /** Where the build puts docs/MODEL.md inside the app. */
    static final String DOCUMENTATION = "/docs/MODEL.md";
    private static final Lane SAVING = Lane.inOrder("model documentation");

    private final Window owner;
    private final BackgroundWork work;
    private final Notices notices;
    private final WindowText text;
    private final Consumer<String> webPages;
    private Stage stage;
    private MarkdownView document;
    private ScrollPane scroller;
    private final List<Node> marked = new ArrayList<>();
    private final Label found = new Label();
    private int findIndex = -1;

    /**
     * @param webPages opens a link to a web page (the system browser)
     */
    ModelHelp(Window owner, BackgroundWork work, Notices notices, WindowText text, Consumer<String> webPages) {
        this.owner = owner;
        this.work = work;
        this.notices = notices;
        this.text = text;
        this.webPages = webPages;
    }

    /** Shows the window (one at a time; brought to the front if already open) at the top or where it was. */
    void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
    }

    /**
     * Shows the window at an entry: a parameter's key ("electricityPrice") or a heading's anchor
     * ("6-the-two-regulation-designs"), marked until the next one. Unknown keys show the top.
     */
    void showAt(String key) {
        show();
        MarkdownView.Anchor anchor = key == null ? null : document.anchors().get(key);
        if (anchor != null) {
            reveal(anchor.nodes());
        }
    }

    private Stage build() {
        document = new MarkdownView(read(text.now()), this::follow, text);
        document.setId("model-help-document");
        scroller = new ScrollPane(document);
        scroller.setId("model-help-scroller");
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("model-help-scroller");

        ListView<MarkdownView.Anchor> contents = new ListView<>(FXCollections.observableArrayList(
                document.anchors().values().stream().filter(a -> a.level() >= 1 && a.level() <= 3).toList()));
        contents.setId("model-help-contents");
        contents.accessibleTextProperty().bind(text.get("modelHelp.contentsName"));
        contents.accessibleHelpProperty().bind(text.get("modelHelp.contentsHelp"));
        contents.getStyleClass().add("model-help-contents");
        contents.setCellFactory(list -> new ListCell<>() {
            {
                // As wide as the list, never wider: a long title ends in "…" instead of scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(MarkdownView.Anchor item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                getStyleClass().removeAll("model-help-level-2", "model-help-level-3");
                if (!empty && item != null && item.level() > 1) {
                    getStyleClass().add("model-help-level-" + item.level());
                }
            }
        });
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                reveal(now.nodes());
            }
        });

        TextField find = new TextField();
        find.setId("model-help-find");
        find.promptTextProperty().bind(text.get("modelHelp.findPrompt"));
        find.accessibleTextProperty().bind(text.get("modelHelp.findName"));
        find.accessibleHelpProperty().bind(text.get("modelHelp.findHelp"));
        find.textProperty().addListener((obs, old, now) -> {
            findIndex = -1;
            findNext(now);
        });
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                findNext(find.getText());
            }
        });
        HBox.setHgrow(find, Priority.ALWAYS);
        found.setId("model-help-found");
        found.getStyleClass().add("model-help-found");
        found.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button save = new Button();
        save.textProperty().bind(text.get("modelHelp.save"));
        save.setId("save-model-documentation");
        save.accessibleHelpProperty().bind(text.get("modelHelp.saveHelp"));
        save.setOnAction(e -> saveDocumentation());
        HBox top = new HBox(find, found, save);
        top.getStyleClass().add("model-help-top");

        SplitPane split = new SplitPane(contents, scroller);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(contents, false);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        root.getStyleClass().add("model-help");
        root.getStylesheets().add(ModelHelp.class.getResource("model-help.css").toExternalForm());

        Stage window = new Stage();
        window.initOwner(owner);
        window.titleProperty().bind(text.get("modelHelp.title", DivergenceModel.VERSION));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1180, screen.getWidth()), Math.min(760, screen.getHeight()));
        // The window's theme (its stylesheets) and text size (a style class on its root) carry over, also
        // when they change while this is open.
        javafx.beans.binding.Bindings.bindContent(scene.getStylesheets(), owner.getScene().getStylesheets());
        followTextSize(owner.getScene().getRoot(), root);
        window.setScene(scene);
        return window;
    }

    private static void followTextSize(javafx.scene.Parent from, javafx.scene.Parent to) {
        Runnable copy = () -> {
            to.getStyleClass().removeIf(c -> c.startsWith("zoom-"));
            from.getStyleClass().stream().filter(c -> c.startsWith("zoom-")).forEach(to.getStyleClass()::add);
        };
        copy.run();
        from.getStyleClass().addListener((javafx.collections.ListChangeListener<String>) change -> copy.run());
    }

    private static String read(Text words) {
        try (InputStream in = ModelHelp.class.getResourceAsStream(DOCUMENTATION)) {
            if (in == null) {
                return "# " + words.get("modelHelp.missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A link inside the document goes to its anchor; any other opens in the browser. */
    private void follow(String destination) {
        if (destination.startsWith("#")) {
            showAt(destination.substring(1));
        } else {
            webPages.accept(destination);
        }
    }

    /** Goes to the next top-level block that contains the words, from the one found last. */
    private void findNext(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<Node> blocks = document.blocks();
        if (wanted.isEmpty()) {
            found.setText("");
            return;
        }
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String said = blocks.get(i).getAccessibleText();
            if (said != null && said.toLowerCase(Locale.ROOT).contains(wanted)) {
                hits.add(i);
            }
        }
        if (hits.isEmpty()) {
            found.setText(text.now().get("modelHelp.notFound"));
            return;
        }
        int next = hits.stream().filter(i -> i > findIndex).findFirst().orElse(hits.get(0));
        findIndex = next;
        found.setText(text.now().get("modelHelp.found", hits.indexOf(next) + 1, hits.size()));
        reveal(List.of(blocks.get(next)));
    }

    /** Scrolls the nodes to the top of the view and marks them. */
    private void reveal(List<Node> nodes) {
        marked.forEach(n -> n.getStyleClass().remove("md-target"));
        marked.clear();
        marked.addAll(nodes);
        nodes.forEach(n -> n.getStyleClass().add("md-target"));
        if (!nodes.isEmpty()) {
            Scrolling.reveal(scroller, nodes.get(0), 0.1, true);
        }
    }

    private void saveDocumentation() {
        Text t = text.now();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.get("modelHelp.saveTitle"));
        chooser.setInitialFileName("Divergence-model-" + DivergenceModel.VERSION + ".md");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("modelHelp.markdown"), "*.md"));
        java.io.File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        work.submit(SAVING, t.get("modelHelp.saving"), progress -> {
            try (InputStream in = ModelHelp.class.getResourceAsStream(DOCUMENTATION)) {
                if (in == null) {
                    throw new IOException(t.get("modelHelp.missing"));
                }
                AtomicFiles.write(target, in.readAllBytes());
            }
            return target;
        }, saved -> notices.info(t.get("notice.saved"), t.get("modelHelp.saved", saved.getFileName().toString())));
    }
}
