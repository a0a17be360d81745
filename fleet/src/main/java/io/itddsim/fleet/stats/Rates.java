package io.itddsim.fleet.stats;

/** Confidence intervals for a proportion and for an event rate, the two other figures the field reports. */
public final class Rates {
    private Rates() {}

    /** A value with its 95% confidence interval. */
    public record Interval(double value, double lower, double upper) {
        public boolean contains(double x) {
            return x >= lower && x <= upper;
        }
    }

    /** A proportion {@code k / n} with Wilson's score interval. */
    public static Interval proportion(long k, long n) {
        if (n == 0) {
            return new Interval(Double.NaN, 0, 1);
        }
        double z = SurvivalCurve.Z95;
        double p = (double) k / n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denom;
        double half = z * StrictMath.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * Events per unit of exposure with a Poisson interval by Byar's approximation (within a few per
     * cent of the exact interval from 5 events up, and conservative below).
     */
    public static Interval poisson(long events, double exposure) {
        if (exposure <= 0) {
            return new Interval(Double.NaN, 0, Double.POSITIVE_INFINITY);
        }
        double z = SurvivalCurve.Z95;
        double d = events;
        double lower = d == 0 ? 0 : d * StrictMath.pow(1 - 1 / (9 * d) - z / (3 * StrictMath.sqrt(d)), 3);
        double d1 = d + 1;
        double upper = d1 * StrictMath.pow(1 - 1 / (9 * d1) + z / (3 * StrictMath.sqrt(d1)), 3);
        return new Interval(d / exposure, lower / exposure, upper / exposure);
    }
}
