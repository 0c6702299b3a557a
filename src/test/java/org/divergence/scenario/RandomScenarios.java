package org.divergence.scenario;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.divergence.model.Parameter;
import org.divergence.model.RegulationDesign;
import org.divergence.model.Scenario;

/** Random but valid scenarios and documents for property tests; seeded, so failures reproduce. */
final class RandomScenarios {

    private static final String[] NAME_PARTS = {"Cheap power", "Ünïcödé ✓", "quote \" and \\ backslash",
            "tab\tand\nnewline", "emoji 🚀", "", "  spaces  ", "日本語", "<html>&amp;"};

    private final Random random;

    RandomScenarios(long seed) {
        this.random = new Random(seed);
    }

    Scenario scenario() {
        Scenario s = Scenario.defaults();
        for (Parameter p : Parameter.values()) {
            s = s.with(p, value(p));
        }
        return s.withRegulationDesign(RegulationDesign.values()[random.nextInt(RegulationDesign.values().length)])
                .withSeed(random.nextBoolean() ? random.nextLong() : random.nextInt(1000));
    }

    /** Mixes the kinds of values that break formats: bounds, slider steps, and full-precision doubles. */
    private double value(Parameter p) {
        if (p.isInteger()) {
            return p.min() + random.nextInt((int) (p.max() - p.min()) + 1);
        }
        return switch (random.nextInt(5)) {
            case 0 -> p.min();
            case 1 -> p.max();
            case 2 -> p.snap(p.min() + random.nextDouble() * (p.max() - p.min()));
            default -> Math.min(p.max(), p.min() + random.nextDouble() * (p.max() - p.min()));
        };
    }

    ScenarioDocument document() {
        Scenario scenario = scenario();
        Instant created = Instant.ofEpochSecond(1_600_000_000L + random.nextInt(200_000_000));
        OptionalInt summaryYear = random.nextBoolean()
                ? OptionalInt.of(2025 + random.nextInt(scenario.endYear() - 2025 + 1)) : OptionalInt.empty();
        Optional<ViewSettings.Baseline> baseline = random.nextBoolean()
                ? Optional.of(new ViewSettings.Baseline("Baseline " + random.nextInt(100), scenario()))
                : Optional.empty();
        String name = NAME_PARTS[random.nextInt(NAME_PARTS.length)] + " " + random.nextInt(1000);
        String description = NAME_PARTS[random.nextInt(NAME_PARTS.length)];
        return new ScenarioDocument(name, description, Optional.of(created),
                Optional.of(created.plusSeconds(random.nextInt(1_000_000))), scenario,
                new ViewSettings(summaryYear, baseline));
    }
}
