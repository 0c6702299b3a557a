package org.divergence.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The in-between quantities of the equations that a reader asks about ("how big a model does a
 * device run?", "what does this regulation do?"), read from the same constants the model uses, for
 * explanations outside the model. The projection itself does not depend on this class; tests tie
 * each quantity to the outputs it produces.
 */
public final class Mechanisms {

    private Mechanisms() {}

    // --- devices and tasks (docs/MODEL.md 4.2, 4.3) ---------------------------------------------

    /**
     * Billions of parameters (4-bit) of the largest model a device with {@code typicalTops} runs; the
     * typical installed device's TOPS is an output of the model ({@link Output#TYPICAL_DEVICE_TOPS}).
     */
    public static double deviceModelBillionParams(double typicalTops) {
        return EdgeAiModel.BILLION_PARAMS_PER_TOPS * typicalTops;
    }

    /** Billions of parameters the median task needs at a decimal year. */
    public static double medianTaskBillionParams(Scenario s, double year) {
        return EdgeAiModel.MEDIAN_TASK_BILLION_PARAMS
                * Math.pow(1 + s.rate(Parameter.TASK_SIZE_GROWTH), year - Halving.START_YEAR);
    }

    // --- regulation (docs/MODEL.md section 6) -----------------------------------------------------

    /** Surcharge on a mining class's power bill as a fraction (0.1 = 10 %); zero under compliance burden. */
    public static double powerSurcharge(Scenario s, OperatorClass c) {
        return antiConsolidation(s) ? s.regulation() * s.get(Parameter.ANTI_CONSOLIDATION_SURCHARGE) / 100 * c.surchargeWeight() : 0;
    }

    /** Yearly fixed cost per mining operator, USD; zero under anti-consolidation. */
    public static double complianceCostPerOperator(Scenario s) {
        return antiConsolidation(s) ? 0 : s.regulation() * s.get(Parameter.COMPLIANCE_COST);
    }

    /** Factor on users' privacy and latency value (privacy rules under anti-consolidation). */
    public static double privacyFactor(Scenario s) {
        return antiConsolidation(s) ? 1 + EdgeAiModel.PRIVACY_RULE_BOOST * s.regulation() : 1;
    }

    /** The privacy and latency value users weigh in the choice, USD per million tokens. */
    public static double privacyValue(Scenario s) {
        return s.get(Parameter.PRIVACY_VALUE) * privacyFactor(s);
    }

    /** Fraction of their share the three largest clouds lose to caps (anti-consolidation). */
    public static double bigCloudShareLoss(Scenario s) {
        return antiConsolidation(s) ? EdgeAiModel.BIG_PROVIDER_CAP * s.regulation() : 0;
    }

    /** Fraction of their share the smaller clouds lose (compliance burden). */
    public static double smallCloudShareLoss(Scenario s) {
        return antiConsolidation(s) ? 0 : EdgeAiModel.SMALL_PROVIDER_LOSS * s.regulation();
    }

    /** Compliance cost small on-device developers pass on, USD per million tokens (compliance burden). */
    public static double deviceComplianceCost(Scenario s) {
        return antiConsolidation(s) ? 0 : EdgeAiModel.DEVICE_COMPLIANCE_USD_PER_MTOK * s.regulation();
    }

    // --- costs a task's user compares (docs/MODEL.md 4.5, 4.6) -------------------------------------

    /** What a device spends fetching a cloud answer, USD per million tokens (charged to the cloud side). */
    public static double fetchCost(Scenario s) {
        return 1e6 * EdgeAiModel.FETCH_J_PER_TOKEN / 3.6e6 * s.get(Parameter.RESIDENTIAL_PRICE);
    }

    // --- halvings ------------------------------------------------------------------------------

    /** A halving: the decimal year it is expected and the block subsidy after it, BTC. */
    public record HalvingEvent(double year, double subsidyAfter) {}

    /** The halvings expected between two decimal years, in order. */
    public static List<HalvingEvent> halvings(double from, double to) {
        List<HalvingEvent> found = new ArrayList<>();
        for (long height = Halving.HALVING_INTERVAL; height < 64L * Halving.HALVING_INTERVAL; height += Halving.HALVING_INTERVAL) {
            double year = Halving.yearOfHeight(height);
            if (year > to) {
                break;
            }
            if (year >= from) {
                found.add(new HalvingEvent(year, Halving.subsidyAtHeight(height)));
            }
        }
        return found;
    }

    private static boolean antiConsolidation(Scenario s) {
        return s.regulationDesign() == RegulationDesign.ANTI_CONSOLIDATION;
    }
}
