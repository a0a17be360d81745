package io.itddsim.sim.fault;

import io.itddsim.sim.event.EventType;

/**
 * What a fault waits for, once its {@code at} time has come, before it becomes active: a quantity
 * crossing a threshold, or an event the firmware logs.
 */
public sealed interface FaultCondition permits FaultCondition.Threshold, FaultCondition.AfterEvent {

    /**
     * A quantity compared with a threshold, e.g. {@code reservoir_actual < 5 mL}. It is checked on a
     * fixed grid of sim time (the schedule's poll interval), the same instants whether or not quiet
     * ticks are skipped, so fast-forward stays invisible.
     */
    record Threshold(Quantity quantity, Comparison comparison, long value)
            implements FaultCondition, java.io.Serializable {
        @Override
        public String toString() {
            return quantity.key() + " " + comparison.symbol() + " " + value + " " + quantity.unit();
        }
    }

    /** The first event of a type the firmware logs once the fault waits (at or after {@code at}). */
    record AfterEvent(EventType type) implements FaultCondition, java.io.Serializable {
        @Override
        public String toString() {
            return "after " + type.name();
        }
    }

    /** What a threshold condition can read: ground truth of the plant, or the firmware's belief. */
    enum Quantity {
        /** True volume in the reservoir (plant). */
        RESERVOIR_ACTUAL("reservoir_actual", "nL"),
        /** The firmware's reservoir estimate. */
        RESERVOIR_ESTIMATE("reservoir_estimate", "nL"),
        /** Solution delivered into the spinal fluid so far (plant). */
        DELIVERED("delivered", "nL");

        private final String key;
        private final String unit;

        Quantity(String key, String unit) {
            this.key = key;
            this.unit = unit;
        }

        public String key() {
            return key;
        }

        public String unit() {
            return unit;
        }

        /** By scenario spelling; null when unknown. */
        public static Quantity byKey(String key) {
            for (Quantity q : values()) {
                if (q.key.equals(key)) {
                    return q;
                }
            }
            return null;
        }
    }

    enum Comparison {
        BELOW("<"),
        AT_MOST("<="),
        ABOVE(">"),
        AT_LEAST(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(long actual, long threshold) {
            return switch (this) {
                case BELOW -> actual < threshold;
                case AT_MOST -> actual <= threshold;
                case ABOVE -> actual > threshold;
                case AT_LEAST -> actual >= threshold;
            };
        }

        /** By symbol; null when unknown. */
        public static Comparison bySymbol(String symbol) {
            for (Comparison c : values()) {
                if (c.symbol.equals(symbol)) {
                    return c;
                }
            }
            return null;
        }
    }
}
