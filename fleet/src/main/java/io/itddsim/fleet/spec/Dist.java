package io.itddsim.fleet.spec;

import io.itddsim.fleet.random.Draws;
import java.io.Serializable;
import java.util.List;

/**
 * A distribution of a whole-number quantity in its base unit (nanolitres, microseconds, ng/day...),
 * as a fleet file writes it: a fixed value, {@code uniform: [lo, hi]}, {@code log_uniform: [lo, hi]},
 * {@code lognormal: {median, sigma}} or {@code choice: [a, b, ...]} (equally likely). Draws are
 * rounded to the nearest whole unit.
 */
public sealed interface Dist extends Serializable {
    long draw(Draws.Stream r);

    /** Smallest value a draw can take (before clamping by the caller); for checks. */
    long min();

    /** Largest value a draw can take; {@link Long#MAX_VALUE} when unbounded (lognormal). */
    long max();

    record Fixed(long value) implements Dist {
        @Override
        public long draw(Draws.Stream r) {
            return value;
        }

        @Override
        public long min() {
            return value;
        }

        @Override
        public long max() {
            return value;
        }
    }

    record Uniform(long lo, long hi) implements Dist {
        @Override
        public long draw(Draws.Stream r) {
            return r.between(lo, hi);
        }

        @Override
        public long min() {
            return lo;
        }

        @Override
        public long max() {
            return hi;
        }
    }

    /** Uniform in the logarithm: as likely to fall in 1-2 mg/day as in 5-10 mg/day. */
    record LogUniform(long lo, long hi) implements Dist {
        @Override
        public long draw(Draws.Stream r) {
            double x = StrictMath.exp(StrictMath.log(lo) + r.uniform() * (StrictMath.log(hi) - StrictMath.log(lo)));
            return Math.max(lo, Math.min(hi, Math.round(x)));
        }

        @Override
        public long min() {
            return lo;
        }

        @Override
        public long max() {
            return hi;
        }
    }

    /** Log-normal: {@code median x exp(sigma x Z)}, at least 1. */
    record LogNormal(double median, double sigma) implements Dist {
        @Override
        public long draw(Draws.Stream r) {
            double x = median * StrictMath.exp(sigma * r.normal());
            return Math.max(1, Math.round(Math.min(x, 1e17)));
        }

        @Override
        public long min() {
            return 1;
        }

        @Override
        public long max() {
            return Long.MAX_VALUE;
        }
    }

    record Choice(List<Long> values) implements Dist {
        public Choice {
            values = List.copyOf(values);
        }

        @Override
        public long draw(Draws.Stream r) {
            return values.get((int) r.between(0, values.size() - 1));
        }

        @Override
        public long min() {
            return values.stream().mapToLong(Long::longValue).min().orElseThrow();
        }

        @Override
        public long max() {
            return values.stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }
}
