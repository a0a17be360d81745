package io.itddsim.bench.cli.client;

import io.itddsim.bench.scenario.QuantityKind;

/** Quantities with units on the command line, as in scenario files ("40 uL", "30m", "25 mg/mL"). */
final class Quantity {

    private Quantity() {}

    static long parse(String option, QuantityKind kind, String text) throws ConnectionOptions.BadInput {
        try {
            return kind.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConnectionOptions.BadInput(option + ": " + e.getMessage());
        }
    }
}
