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

/**
 * Writes the "Why?" of a projection for one year: a short chain of causes in plain words with the
 * current numbers, each sentence tied to the setting that drives it (docs/MODEL.md, section 15).
 * Every sentence is chosen by the numbers: a class is said to be out of the money only when its
 * break-even is below the price, a paradox is named only when it holds.
 */
public final class Explainer {

    /** The two indices the headline chart shows, decomposed lever by lever. */
    public static final List<Output> INDICES = List.of(Output.MINING_DECENTRALIZATION, Output.EDGE_DECENTRALIZATION);

    private Explainer() {}

    /**
     * @param current      the projection on screen
     * @param baseline     the scenario the changes are measured from
     * @param baselineName its name in sentences ("Baseline")
     * @param year         the summary year (clamped to the projection's horizon)
     */
    public static Explanation explain(Projection current, Scenario baseline, String baselineName, int year) {
        int step = current.stepAt(year);
        int shownYear = (int) Math.floor(current.year(step) + 1e-9);
        List<Decomposition> changes = LeverDecomposition.of(baseline, current.scenario(), shownYear, INDICES);
        List<Cause> causes = new ArrayList<>();
        if (changes.stream().allMatch(d -> d.parts().isEmpty())) {
            causes.add(new Cause(Cause.Topic.CHANGE, "Every setting is as in “" + baselineName + "”, so both indices are "
                    + "where it has them in " + shownYear + ": mining " + Numbers.index(changes.get(0).current())
                    + ", edge AI " + Numbers.index(changes.get(1).current()) + ". Move a lever to see what it changes.",
                    Driver.of(Parameter.ELECTRICITY_PRICE)));
        } else {
            changes.forEach(d -> causes.add(change(d, baselineName, shownYear)));
        }
        causes.addAll(mining(current, step, shownYear));
        causes.addAll(edgeAi(current, step, shownYear));
        causes.add(regulation(current, step));
        return new Explanation(shownYear, baselineName, causes, changes);
    }

    // --- change from the baseline ----------------------------------------------------------------

    static Cause change(Decomposition d, String baselineName, int year) {
        String name = d.output() == Output.MINING_DECENTRALIZATION ? "The mining index" : "The edge-AI index";
        String where = name + " is " + Numbers.index(d.current()) + " in " + year;
        List<Decomposition.Part> moved = d.parts().stream()
                .filter(p -> !Numbers.points(p.value()).startsWith("±"))
                .sorted(Comparator.comparingDouble((Decomposition.Part p) -> -Math.abs(p.value())))
                .toList();
        Driver driver = d.largest().map(Decomposition.Part::driver).orElse(Driver.of(Parameter.ELECTRICITY_PRICE));
        if (moved.isEmpty()) {
            return new Cause(Cause.Topic.CHANGE, where + ", as in “" + baselineName + "” ("
                    + Numbers.index(d.baseline()) + "): the settings that differ barely move it.", driver);
        }
        List<String> parts = moved.stream()
                .map(p -> lowerFirst(p.driver().label()) + " " + Numbers.points(p.value()))
                .toList();
        return new Cause(Cause.Topic.CHANGE, where + ", " + Numbers.points(d.total()) + " points against “"
                + baselineName + "” (" + Numbers.index(d.baseline()) + "): " + String.join(", ", parts) + ".", driver);
    }

    // --- mining ----------------------------------------------------------------------------------

    static List<Cause> mining(Projection p, int step, int year) {
        double price = p.scenario().electricityPrice();
        Driver driver = Driver.of(Parameter.ELECTRICITY_PRICE);
        List<Cause> causes = new ArrayList<>();
        List<String> running = new ArrayList<>();
        OperatorClass closest = null;
        for (OperatorClass c : OperatorClass.values()) {
            double breakEven = p.value(c.breakevenOutput(), step);
            if (breakEven < price) {
                causes.add(new Cause(Cause.Topic.MINING, c.label() + " are out of the money in " + year + since(p, c, step)
                        + ": they break even at an electricity price of " + Numbers.about(breakEven)
                        + " USD/kWh, and it is " + Numbers.about(price) + " USD/kWh.", driver));
            } else {
                running.add(lowerFirst(c.label()) + " (" + Numbers.about(breakEven) + ")");
                if (closest == null || breakEven < p.value(closest.breakevenOutput(), step)) {
                    closest = c;
                }
            }
        }
        if (causes.isEmpty()) {
            causes.add(new Cause(Cause.Topic.MINING, "Every class of miner covers its running costs in " + year
                    + ": the electricity price of " + Numbers.about(price) + " USD/kWh is below each class's break-even, "
                    + "the closest being " + lowerFirst(closest.label()) + " at "
                    + Numbers.about(p.value(closest.breakevenOutput(), step)) + " USD/kWh.", driver));
        } else if (!running.isEmpty()) {
            causes.add(new Cause(Cause.Topic.MINING, "Still in the money, with break-even prices in USD/kWh: "
                    + String.join(", ", running) + ".", driver));
        }
        return causes;
    }

    /**
     * " since 2028, after the April 2028 halving cut the block subsidy to 1.5625 BTC", " since 2031",
     * or " from the start": when the class's current spell below its break-even began.
     */
    private static String since(Projection p, OperatorClass c, int step) {
        double price = p.scenario().electricityPrice();
        int first = step;
        while (first > 0 && p.value(c.breakevenOutput(), first - 1) < price) {
            first--;
        }
        if (first == 0) {
            return ", as they were from the start in " + (int) Math.floor(p.year(0));
        }
        double began = p.year(first);
        String since = " since " + Numbers.monthYear(began);
        // A halving up to half a year before the last step in the money is what tipped the class over.
        return Mechanisms.halvings(p.year(first - 1) - 0.5, began).stream().findFirst()
                .map(h -> since + ", after the halving of " + Numbers.monthYear(h.year()) + " cut the block subsidy to "
                        + Numbers.btc(h.subsidyAfter()))
                .orElse(since);
    }

    // --- edge AI -----------------------------------------------------------------------------------

    static List<Cause> edgeAi(Projection p, int step, int year) {
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
        causes.add(new Cause(Cause.Topic.EDGE_AI, Numbers.percent(edge) + " of AI inference runs on people's devices in "
                + year + ": " + Numbers.percent(capable) + " of devices are AI-capable, " + Numbers.percent(fits)
                + " of tasks fit on them, and users keep " + Numbers.percent(kept) + " of those on the device.", weakest));

        double deviceModel = Mechanisms.deviceModelBillionParams(s, t);
        double medianTask = Mechanisms.medianTaskBillionParams(s, t);
        int bought = (int) Math.floor(Mechanisms.typicalDeviceBought(s, t));
        causes.add(new Cause(Cause.Topic.EDGE_AI, "The typical device in use (bought in " + bought + ", "
                + Numbers.about(Mechanisms.typicalDeviceTops(s, t)) + " TOPS) runs models of up to "
                + Numbers.about(deviceModel) + " billion parameters; the median task needs " + Numbers.about(medianTask)
                + " billion, so " + Numbers.percent(fits) + " of tasks fit.", Driver.of(Parameter.NPU_THROUGHPUT)));

        double npuGrowth = s.get(Parameter.NPU_GROWTH);
        double taskGrowth = s.get(Parameter.TASK_SIZE_GROWTH);
        String trend = npuGrowth > taskGrowth ? "so the share of tasks that fit grows"
                : npuGrowth < taskGrowth ? "so the share of tasks that fit shrinks" : "so the share of tasks that fit stays";
        causes.add(new Cause(Cause.Topic.EDGE_AI, "New devices gain " + Numbers.about(npuGrowth) + " % NPU throughput a year "
                + "and tasks grow " + Numbers.about(taskGrowth) + " % a year, " + trend + ".",
                Driver.of(Parameter.TASK_SIZE_GROWTH)));

        causes.add(costs(p, step, year));
        return causes;
    }

    /**
     * The paradox, when it holds: the cloud is cheaper per token, yet the on-device share rises,
     * because the privacy value outweighs the cost gap. Otherwise, what decides instead.
     */
    static Cause costs(Projection p, int step, int year) {
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
            String cheaper = "In " + year + " cloud inference costs " + Numbers.about(cloud) + " USD per million tokens, "
                    + Numbers.about(device / cloud) + " times less than on a device (" + Numbers.about(device) + " USD)";
            // What keeping a task on the device costs its user more, net of fetching the cloud's answer.
            String extra = gap <= 0
                    ? "and, counting the " + Numbers.about(fetch) + " USD a device spends fetching a cloud answer, keeping it there costs them nothing extra"
                    : (privacy > 3 * gap ? "far " : "") + "more than the " + Numbers.about(gap) + " USD extra it costs them (net of the "
                            + Numbers.about(fetch) + " USD a device spends fetching a cloud answer)";
            if (privacy > gap && edgeNow > edgeStart && year > startYear) {
                return new Cause(Cause.Topic.EDGE_AI, cheaper + ", yet the on-device share rose from "
                        + Numbers.percent(edgeStart) + " in " + startYear + " to " + Numbers.percent(edgeNow)
                        + ": users value keeping a million tokens on their device at " + Numbers.about(privacy) + " USD, "
                        + extra + ", so privacy decides.", driver);
            }
            if (privacy > gap) {
                return new Cause(Cause.Topic.EDGE_AI, cheaper + ", but users value keeping a million tokens on their "
                        + "device at " + Numbers.about(privacy) + " USD, " + extra + ", so most tasks that fit stay on the device.",
                        driver);
            }
            return new Cause(Cause.Topic.EDGE_AI, cheaper + ", and the " + Numbers.about(gap) + " USD a device costs "
                    + "over the cloud outweighs the " + Numbers.about(privacy) + " USD users value privacy at, so most "
                    + "tasks go to the cloud even where they fit on the device.", driver);
        }
        return new Cause(Cause.Topic.EDGE_AI, "In " + year + " on-device inference is cheaper (a million tokens cost "
                + Numbers.about(cloud) + " USD in the cloud and " + Numbers.about(device) + " USD on a device, plus " + Numbers.about(fetch) + " USD for the device to fetch a cloud answer), and users add a "
                + "privacy value of " + Numbers.about(privacy) + " USD, so tasks that fit stay on the device.",
                Driver.of(Parameter.RESIDENTIAL_PRICE));
    }

    // --- regulation --------------------------------------------------------------------------------

    static Cause regulation(Projection p, int step) {
        Scenario s = p.scenario();
        double strength = s.get(Parameter.REGULATION_STRENGTH);
        RegulationDesign design = s.regulationDesign();
        if (strength == 0) {
            return new Cause(Cause.Topic.REGULATION, "Regulation strength is 0 %, so the "
                    + design.label().toLowerCase(java.util.Locale.ROOT) + " design changes nothing.",
                    Driver.of(Parameter.REGULATION_STRENGTH));
        }
        String at = design.label() + " at " + Numbers.about(strength) + " % strength: ";
        if (design == RegulationDesign.ANTI_CONSOLIDATION) {
            return new Cause(Cause.Topic.REGULATION, at + "hyperscale miners pay a "
                    + Numbers.about(100 * Mechanisms.powerSurcharge(s, OperatorClass.HYPERSCALE)) + " % surcharge on power and "
                    + "industrial ones " + Numbers.about(100 * Mechanisms.powerSurcharge(s, OperatorClass.INDUSTRIAL))
                    + " %; privacy rules raise the value of on-device inference " + Numbers.about(Mechanisms.privacyFactor(s))
                    + "-fold, to " + Numbers.about(Mechanisms.privacyValue(s)) + " USD per million tokens; the three largest "
                    + "clouds lose " + Numbers.about(100 * Mechanisms.bigCloudShareLoss(s)) + " % of their share.",
                    Driver.regulationDesign());
        }
        double perOperator = Mechanisms.complianceCostPerOperator(s);
        // A home miner runs 500 TH/s (docs/MODEL.md 3.4): the fixed cost per TH/s a day, against the hashprice.
        double homePerThDay = perOperator / 365.25 / OperatorClass.HOME.operatorSizeTh(0);
        double hashprice = p.value(Output.HASHPRICE, step);
        return new Cause(Cause.Topic.REGULATION, at + "every mining operator pays " + Numbers.about(perOperator)
                + " USD a year whatever its size, " + Numbers.about(homePerThDay) + " USD per TH/s a day for a home miner, "
                + Numbers.percent(homePerThDay / hashprice) + " of the hashprice; on-device developers pass on "
                + Numbers.about(Mechanisms.deviceComplianceCost(s)) + " USD per million tokens; smaller clouds lose "
                + Numbers.about(100 * Mechanisms.smallCloudShareLoss(s)) + " % of their share.", Driver.regulationDesign());
    }

    private static String lowerFirst(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
