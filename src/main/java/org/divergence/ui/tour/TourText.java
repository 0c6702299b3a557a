package org.divergence.ui.tour;

import java.util.List;

/**
 * The tour's steps, in order: causes, consequences, why, compared with what, in words, shared. Each
 * names its words in the bundle ("tour.levers.title", "tour.levers.text") and what it points at.
 */
final class TourText {

    static final List<TourStep> STEPS = List.of(
            new TourStep(List.of("#lever-panel", ".levers-strip"), "tour.levers"),
            new TourStep(List.of("#chart-headline", "#tab-overview", "#detail-tabs"), "tour.headline"),
            new TourStep(List.of("#detail-tabs"), "tour.details"),
            new TourStep(List.of("#menu-compare", "#chart-headline", "#detail-tabs"), "tour.baseline"),
            new TourStep(List.of(".summary-bar", "#summary-sentence"), "tour.summary"),
            new TourStep(List.of("#menu-file"), "tour.share"));

    private TourText() {}
}
