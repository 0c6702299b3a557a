package org.divergence.scenario;

/**
 * One thing wrong with a scenario file: the field as a JSON path ("levers.electricityPrice",
 * empty for the file as a whole) and what is wrong with it, worded for the user.
 */
public record Problem(String field, String message) {

    public Problem {
        field = field == null ? "" : field;
    }

    static Problem ofFile(String message) {
        return new Problem("", message);
    }

    /** "levers.electricityPrice: must be between 0.01 and 0.3 USD/kWh, got 5". */
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
