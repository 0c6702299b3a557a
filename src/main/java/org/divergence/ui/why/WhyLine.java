package org.divergence.ui.why;

import java.util.Comparator;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import org.divergence.explain.Cause;
import org.divergence.explain.Decomposition;
import org.divergence.explain.Explanation;
import org.divergence.ui.explorer.ExplorerViewModel;

/**
 * The one "why" sentence presentation mode shows under the summary: how the index that moved most
 * from the baseline got there, lever by lever. Hidden while nothing differs from the baseline (the
 * summary says it all then).
 */
public final class WhyLine extends Label {

    public WhyLine(ExplorerViewModel viewModel) {
        setId("presentation-why");
        getStyleClass().add("why-line");
        getStylesheets().add(WhyLine.class.getResource("why.css").toExternalForm());
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(Region.USE_PREF_SIZE);
        viewModel.explanationProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.explanationProperty().get());
    }

    private void show(Explanation explanation) {
        String lead = explanation == null ? "" : lead(explanation);
        setText(lead);
        setVisible(!lead.isEmpty());
        setManaged(!lead.isEmpty());
    }

    /** The change sentence of the index that moved most, or empty when neither moved. */
    static String lead(Explanation explanation) {
        List<Decomposition> changes = explanation.changes();
        List<Cause> said = explanation.about(Cause.Topic.CHANGE);
        if (said.size() != changes.size()) {
            return ""; // one sentence for both: nothing differs from the baseline
        }
        int most = changes.indexOf(changes.stream().max(Comparator.comparingDouble(d -> Math.abs(d.total()))).orElseThrow());
        return said.get(most).text();
    }
}
