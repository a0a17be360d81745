package io.itddsim.bench.expect;

import java.math.BigDecimal;
import java.util.Set;

/** What a signal must satisfy at a sample: a range, a tolerance around another signal, or a state. */
sealed interface Condition {

    /** As the scenario writes it: "min 27 mL max 28 mL", "near reservoir_actual within 0.5 mL", "is STALLED". */
    String describe(Signal signal);

    boolean holds(Signal signal, Sample sample);

    /** The sample's value as evidence: "27.2 mL", or "27.2 mL, reservoir_actual 27.9 mL (off by 0.7 mL)". */
    String show(Signal signal, Sample sample);

    /** Signals besides the checked one that the condition reads. */
    default Set<Signal> alsoReads() {
        return Set.of();
    }

    /** {@code min} and/or {@code max}, both inclusive; null for no bound. */
    record Range(Long min, Long max) implements Condition {
        @Override
        public String describe(Signal signal) {
            if (min != null && max != null) {
                return "between " + signal.format(min) + " and " + signal.format(max);
            }
            return min != null ? "at least " + signal.format(min) : "at most " + signal.format(max);
        }

        @Override
        public boolean holds(Signal signal, Sample sample) {
            long v = sample.value(signal);
            return (min == null || v >= min) && (max == null || v <= max);
        }

        @Override
        public String show(Signal signal, Sample sample) {
            long v = sample.value(signal);
            String s = signal.format(v);
            if (min != null && v < min) {
                return s + ", below " + signal.format(min);
            }
            if (max != null && v > max) {
                return s + ", above " + signal.format(max);
            }
            return s;
        }
    }

    /**
     * Within a tolerance of another signal of the same unit: an absolute one, or parts per million
     * of the other's value.
     */
    record Near(Signal other, long toleranceAbs, long tolerancePpm) implements Condition {
        @Override
        public String describe(Signal signal) {
            String tol = tolerancePpm >= 0
                    ? BigDecimal.valueOf(tolerancePpm, 4).stripTrailingZeros().toPlainString() + "%"
                    : signal.format(toleranceAbs);
            return "within " + tol + " of " + other.key();
        }

        long allowed(Sample sample) {
            if (tolerancePpm < 0) {
                return toleranceAbs;
            }
            return Math.abs(sample.value(other)) / 1_000_000 * tolerancePpm
                    + Math.abs(sample.value(other)) % 1_000_000 * tolerancePpm / 1_000_000;
        }

        @Override
        public boolean holds(Signal signal, Sample sample) {
            return Math.abs(sample.value(signal) - sample.value(other)) <= allowed(sample);
        }

        @Override
        public String show(Signal signal, Sample sample) {
            long off = sample.value(signal) - sample.value(other);
            return signal.format(sample.value(signal)) + ", " + other.key() + " " + other.format(sample.value(other))
                    + " (off by " + signal.unit().format(Math.abs(off)) + ", allowed "
                    + signal.unit().format(allowed(sample)) + ")";
        }

        @Override
        public Set<Signal> alsoReads() {
            return Set.of(other);
        }
    }

    /** A state signal in one state. */
    record Is(int state) implements Condition {
        @Override
        public String describe(Signal signal) {
            return "is " + signal.states().get(state);
        }

        @Override
        public boolean holds(Signal signal, Sample sample) {
            return sample.value(signal) == state;
        }

        @Override
        public String show(Signal signal, Sample sample) {
            return signal.format(sample.value(signal));
        }
    }
}
