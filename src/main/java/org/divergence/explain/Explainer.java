package org.divergence.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.divergence.model.Mechanisms;
import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.Projection;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;
import org.divergence.text.Text;

/**
 * Writes the "Why?" of a projection for one year: a short chain of causes in plain words with the
 * current numbers, each sentence tied to the setting that drives it (docs/MODEL.md, section 20), in
 * the language of the {@link Text} it is given. Every sentence is chosen by the numbers: a class is
 * said to be out of the money only when its break-even is below the price, a paradox is named only
 * when it holds.
 */
public final class Explainer {

    /** The two indices the headline chart shows, decomposed lever by lever. */
    public static final List<Output> INDICES = List.of(Output.MINING_DECENTRALIZATION, Output.EDGE_DECENTRALIZATION);

    private final Text text;
    private final Numbers numbers;

    private Explainer(Text text) {
        this.text = text;
        this.numbers = new Numbers(text);
    }

    /**
     * @param current      the projection on screen
     * @param baseline     the scenario the changes are measured from
     * @param baselineName its name in sentences ("Baseline: today's world"), in the language of {@code text}
     * @param year         the summary year (clamped to the projection's horizon)
     * @param text         the language the sentences are written in
     */
    public static Explanation explain(Projection current, Scenario baseline, String baselineName, int year, Text text) {
        return new Explainer(text).explain(current, baseline, baselineName, year);
    }

    private Explanation explain(Projection current, Scenario baseline, String baselineName, int year) {
        int step = current.stepAt(year);
        int shownYear = (int) Math.floor(current.year(step) + 1e-9);
        List<Decomposition> changes = LeverDecomposition.of(baseline, current.scenario(), shownYear, INDICES);
        List<Cause> causes = new ArrayList<>();
        if (changes.stream().allMatch(d -> d.parts().isEmpty())) {
            causes.add(new Cause(Cause.Topic.CHANGE, text.get("why.unchanged", baselineName, Numbers.year(shownYear),
                    numbers.index(changes.get(0).current()), numbers.index(changes.get(1).current())),
                    Driver.of(Parameter.ELECTRICITY_PRICE)));
        } else {
            changes.forEach(d -> causes.add(change(d, baselineName, shownYear)));
        }
        causes.addAll(mining(current, step, shownYear));
        causes.addAll(edgeAi(current, step, shownYear));
        causes.add(regulation(current, step));
        return new Explanation(shownYear, baselineName, causes, changes, text);
    }

    // --- change from the baseline ----------------------------------------------------------------

    private Cause change(Decomposition d, String baselineName, int year) {
        String name = text.get(d.output() == Output.MINING_DECENTRALIZATION ? "why.index.mining" : "why.index.edge");
        List<Decomposition.Part> moved = d.parts().stream()
                .filter(p -> !Numbers.roundsAway(p.value()))
                .sorted(Comparator.comparingDouble((Decomposition.Part p) -> -Math.abs(p.value())))
                .toList();
        Driver driver = d.largest().map(Decomposition.Part::driver).orElse(Driver.of(Parameter.ELECTRICITY_PRICE));
        if (moved.isEmpty()) {
            return new Cause(Cause.Topic.CHANGE, text.get("why.change.barely", name, numbers.index(d.current()),
                    Numbers.year(year), baselineName, numbers.index(d.baseline())), driver);
        }
        List<String> parts = moved.stream()
                .map(p -> text.get("why.change.part", text.inSentence(p.driver().label(text)), numbers.points(p.value())))
                .toList();
        return new Cause(Cause.Topic.CHANGE, text.get("why.change.parts", name, numbers.index(d.current()),
                Numbers.year(year), numbers.points(d.total()), baselineName, numbers.index(d.baseline()),
                String.join(", ", parts)), driver);
    }

    // --- mining ----------------------------------------------------------------------------------

    private List<Cause> mining(Projection p, int step, int year) {
        double price = p.scenario().electricityPrice();
        Driver driver = Driver.of(Parameter.ELECTRICITY_PRICE);
        List<Cause> causes = new ArrayList<>();
        List<String> running = new ArrayList<>();
        OperatorClass closest = null;
        for (OperatorClass c : OperatorClass.values()) {
            double breakEven = p.value(c.breakevenOutput(), step);
            if (breakEven < price) {
                causes.add(new Cause(Cause.Topic.MINING, text.get("why.outOfTheMoney", text.operatorClass(c),
                        Numbers.year(year), since(p, c, step), numbers.about(breakEven), numbers.about(price)), driver));
            } else {
                running.add(text.get("why.running", text.inSentence(text.operatorClass(c)), numbers.about(breakEven)));
                if (closest == null || breakEven < p.value(closest.breakevenOutput(), step)) {
                    closest = c;
                }
            }
        }
        if (causes.isEmpty()) {
            causes.add(new Cause(Cause.Topic.MINING, text.get("why.allInTheMoney", Numbers.year(year), numbers.about(price),
                    text.inSentence(text.operatorClass(closest)), numbers.about(p.value(closest.breakevenOutput(), step))),
                    driver));
        } else if (!running.isEmpty()) {
            causes.add(new Cause(Cause.Topic.MINING, text.get("why.stillInTheMoney", String.join(", ", running)), driver));
        }
        return causes;
    }

    /**
     * " since April 2028, after the halving of April 2028 cut the block subsidy to 1.5625 BTC",
     * " since July 2031", or ", as they were from the start in 2025": when the class's current spell
     * below its break-even began.
     */
    private String since(Projection p, OperatorClass c, int step) {
        double price = p.scenario().electricityPrice();
        int first = step;
        while (first > 0 && p.value(c.breakevenOutput(), first - 1) < price) {
            first--;
        }
        if (first == 0) {
            return text.get("why.since.start", Numbers.year((int) Math.floor(p.year(0))));
        }
        double began = p.year(first);
        // A halving up to half a year before the last step in the money is what tipped the class over.
        return Mechanisms.halvings(p.year(first - 1) - 0.5, began).stream().findFirst()
                .map(h -> text.get("why.since.halving", numbers.monthYear(began), numbers.monthYear(h.year()),
                        numbers.btc(h.subsidyAfter())))
                .orElseGet(() -> text.get("why.since", numbers.monthYear(began)));
    }

    // --- edge AI -----------------------------------------------------------------------------------

    private List<Cause> edgeAi(Projection p, int step, int year) {
        Scenario s = p.scenario();
        double t = p.year(step);
        List<Cause> causes = new ArrayList<>();
        double edge = p.value(Output.EDGE_SHARE, step);
        double capable = p.value(Output.CAPABLE_DEVICE_SHARE, step);
        double fits = p.value(Output.TASK_FIT_SHARE, step);
        double kept = p.value(Output.DEVICE_PREFERENCE, step);
        // The chain: on device = capable × fits × kept; the link is the weakest factor's setting.
        Driver weakest = capable <= fits && capable <= kept ? Driver.of(Parameter.DEVICE_REPLACEMENT)
                : fits <= kept ? Driver.of(Parameter.NPU_THROUGHPUT) : Driver.of(Parameter.PRIVACY_VALUE);
        causes.add(new Cause(Cause.Topic.EDGE_AI, text.get("why.edgeShare", numbers.percent(edge), Numbers.year(year),
                numbers.percent(capable), numbers.percent(fits), numbers.percent(kept)), weakest));

        double typicalTops = p.value(Output.TYPICAL_DEVICE_TOPS, step);
        causes.add(new Cause(Cause.Topic.EDGE_AI, text.get("why.taskFit", numbers.about(typicalTops),
                numbers.about(s.get(Parameter.DEVICE_REPLACEMENT)),
                numbers.about(Mechanisms.deviceModelBillionParams(typicalTops)),
                numbers.about(Mechanisms.medianTaskBillionParams(s, t)), numbers.percent(fits)),
                Driver.of(Parameter.NPU_THROUGHPUT)));

        double npuGrowth = s.get(Parameter.NPU_GROWTH);
        double taskGrowth = s.get(Parameter.TASK_SIZE_GROWTH);
        String trend = text.get(npuGrowth > taskGrowth ? "why.trend.grows"
                : npuGrowth < taskGrowth ? "why.trend.shrinks" : "why.trend.stays");
        causes.add(new Cause(Cause.Topic.EDGE_AI, text.get("why.growth", numbers.about(npuGrowth), numbers.about(taskGrowth),
                trend), Driver.of(Parameter.TASK_SIZE_GROWTH)));

        causes.add(costs(p, step, year));
        return causes;
    }

    /**
     * The paradox, when it holds: the cloud is cheaper per token, yet the on-device share rises,
     * because the privacy value outweighs the cost gap. Otherwise, what decides instead.
     */
    private Cause costs(Projection p, int step, int year) {
        Scenario s = p.scenario();
        double cloud = p.value(Output.CLOUD_COST, step);
        double device = p.value(Output.EDGE_COST, step);
        double fetch = Mechanisms.fetchCost(s);
        double privacy = Mechanisms.privacyValue(s);
        double gap = device - cloud - fetch; // what running on the device costs a user more than the cloud
        double edgeNow = p.value(Output.EDGE_SHARE, step);
        double edgeStart = p.value(Output.EDGE_SHARE, 0);
        int startYear = (int) Math.floor(p.year(0));
        Driver driver = Driver.of(Parameter.PRIVACY_VALUE);
        if (cloud < device) {
            String cheaper = text.get("why.cloudCheaper", Numbers.year(year), numbers.about(cloud),
                    numbers.about(device / cloud), numbers.about(device));
            // What keeping a task on the device costs its user more, net of fetching the cloud's answer.
            String extra = gap <= 0 ? text.get("why.extra.none", numbers.about(fetch))
                    : text.get(privacy > 3 * gap ? "why.extra.farMore" : "why.extra.more", numbers.about(gap),
                            numbers.about(fetch));
            if (privacy > gap && edgeNow > edgeStart && year > startYear) {
                return new Cause(Cause.Topic.EDGE_AI, text.get("why.paradox", cheaper, numbers.percent(edgeStart),
                        Numbers.year(startYear), numbers.percent(edgeNow), numbers.about(privacy), extra), driver);
            }
            if (privacy > gap) {
                return new Cause(Cause.Topic.EDGE_AI, text.get("why.privacyKeeps", cheaper, numbers.about(privacy), extra),
                        driver);
            }
            return new Cause(Cause.Topic.EDGE_AI, text.get("why.cloudWins", cheaper, numbers.about(gap),
                    numbers.about(privacy)), driver);
        }
        return new Cause(Cause.Topic.EDGE_AI, text.get("why.deviceCheaper", Numbers.year(year), numbers.about(cloud),
                numbers.about(device), numbers.about(fetch), numbers.about(privacy)), Driver.of(Parameter.RESIDENTIAL_PRICE));
    }

    // --- regulation --------------------------------------------------------------------------------

    private Cause regulation(Projection p, int step) {
        Scenario s = p.scenario();
        double strength = s.get(Parameter.REGULATION_STRENGTH);
        RegulationDesign design = s.regulationDesign();
        if (strength == 0) {
            return new Cause(Cause.Topic.REGULATION, text.get("why.regulation.off", text.inSentence(text.design(design))),
                    Driver.of(Parameter.REGULATION_STRENGTH));
        }
        String name = text.design(design);
        String percent = numbers.about(strength);
        if (design == RegulationDesign.ANTI_CONSOLIDATION) {
            return new Cause(Cause.Topic.REGULATION, text.get("why.regulation.antiConsolidation", name, percent,
                    numbers.about(100 * Mechanisms.powerSurcharge(s, OperatorClass.HYPERSCALE)),
                    numbers.about(100 * Mechanisms.powerSurcharge(s, OperatorClass.INDUSTRIAL)),
                    numbers.about(Mechanisms.privacyFactor(s)), numbers.about(Mechanisms.privacyValue(s)),
                    numbers.about(100 * Mechanisms.bigCloudShareLoss(s))), Driver.regulationDesign());
        }
        double perOperator = Mechanisms.complianceCostPerOperator(s);
        // A home miner runs 500 TH/s (docs/MODEL.md 3.4): the fixed cost per TH/s a day, against the hashprice.
        double homePerThDay = perOperator / 365.25 / OperatorClass.HOME.operatorSizeTh(0);
        double hashprice = p.value(Output.HASHPRICE, step);
        return new Cause(Cause.Topic.REGULATION, text.get("why.regulation.complianceBurden", name, percent,
                numbers.about(perOperator), numbers.about(homePerThDay), numbers.percent(homePerThDay / hashprice),
                numbers.about(Mechanisms.deviceComplianceCost(s)), numbers.about(100 * Mechanisms.smallCloudShareLoss(s))),
                Driver.regulationDesign());
    }
}
