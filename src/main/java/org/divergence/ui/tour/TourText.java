package org.divergence.ui.tour;

import java.util.List;

/** Every word the tour shows, in one place (for translation): its steps, buttons and menu item. */
final class TourText {

    static final String MENU_ITEM = "_Tour";
    static final String MENU_HELP = "A short tour of the window: levers, charts, baseline, explanation and export";

    /** The counter over the card: "Step 2 of 6". */
    static final String STEP_OF = "Step %1$d of %2$d";
    /** What a screen reader says about the card: "Tour, step 2 of 6: Watch the consequences". */
    static final String CARD_SPOKEN = "Tour, step %1$d of %2$d: %3$s";

    static final String SKIP = "Skip tour";
    static final String SKIP_SPOKEN = "Skip the tour";
    static final String SKIP_TIP = "Close the tour (Esc). Help > Tour shows it again.";
    static final String BACK = "Back";
    static final String BACK_SPOKEN = "Previous step";
    static final String BACK_TIP = "Previous step (Left arrow)";
    static final String NEXT = "Next";
    static final String NEXT_SPOKEN = "Next step";
    static final String NEXT_TIP = "Next step (Right arrow or Enter)";
    static final String DONE = "Done";
    static final String DONE_SPOKEN = "Finish the tour";

    /** The steps, in order: causes, consequences, why, compared with what, in words, shared. */
    static final List<TourStep> STEPS = List.of(
            new TourStep(List.of("#lever-panel", ".levers-strip"), "Move the causes",
                    "These levers are the causes: the price of electricity, how efficient mining machines are, how "
                            + "fast the AI chips in phones and laptops are, and how strong regulation is. Drag a "
                            + "slider, type a value, or use the arrow keys."),
            new TourStep(List.of("#chart-headline", "#tab-overview", "#detail-tabs"), "Watch the consequences",
                    "The headline chart puts both sectors on one decentralization index from 0 to 100: Bitcoin "
                            + "mining and edge AI. Higher means spread over more hands. Hover over it to read exact "
                            + "values."),
            new TourStep(List.of("#detail-tabs"), "Look behind the index",
                    "The detail tabs show why it moves: who mines and at what power price, where AI inference "
                            + "runs and what it costs. Ctrl+1 and Ctrl+2 switch between them. The Why? tab says it "
                            + "in words: how much each lever moved each index, and which sentence comes from which lever."),
            new TourStep(List.of("#menu-compare", "#chart-headline", "#detail-tabs"), "Compare with a baseline",
                    "Once you move a lever, every chart draws today's world dashed beside your scenario. The "
                            + "Compare menu chooses another baseline: a preset, a file, or the scenario on screen."),
            new TourStep(List.of(".summary-bar", "#summary-sentence"), "Read the explanation",
                    "This sentence says in words what the charts show in the chosen year, and how it differs "
                            + "from the baseline. Change the year in the box beside it."),
            new TourStep(List.of("#menu-file"), "Share what you found",
                    "File > Export figure (Ctrl+E) saves a chart as PNG, SVG or PDF. The figure carries its "
                            + "scenario: open it in Divergence to get the scenario back. Help > Tour shows this "
                            + "tour again."));

    private TourText() {}
}
