package io.itddsim.fleet.spec;

import io.itddsim.fleet.random.Draws;
import java.io.Serializable;

/**
 * When a mechanism begins, as age since implant: a Weibull distribution given by its shape and the
 * share of on-label pumps in which it has begun by a reference age ({@code probability} by
 * {@code by}), which is how the field reports it ("97.3% free of ... at 6 years"). A hazard ratio
 * multiplies the hazard at every age (proportional hazards), so an off-label drug or a centre with
 * more failures shifts the whole curve. Optionally no onset before {@code earliest} (the 2014
 * over-infusion notice: from 5 months after implant); the Weibull then starts there.
 *
 * @param shape       Weibull shape: 1 is a constant hazard, above 1 a hazard that rises with age
 * @param probability share of pumps (hazard ratio 1) in which it has begun by {@code byUs}
 * @param byUs        the reference age, microseconds since implant
 * @param earliestUs  no onset before this age
 */
public record Onset(double shape, double probability, long byUs, long earliestUs) implements Serializable {
    private static final double US_PER_DAY = 86_400e6;

    /** Weibull scale in days. */
    public double scaleDays() {
        double byDays = (byUs - earliestUs) / US_PER_DAY;
        return byDays / StrictMath.pow(-StrictMath.log1p(-probability), 1.0 / shape);
    }

    /** Cumulative hazard at {@code ageUs} with hazard ratio 1. */
    public double cumulativeHazard(long ageUs) {
        if (ageUs <= earliestUs) {
            return 0;
        }
        return StrictMath.pow((ageUs - earliestUs) / US_PER_DAY / scaleDays(), shape);
    }

    /** Probability of onset by {@code ageUs} with hazard ratio {@code hr}. */
    public double probabilityBy(long ageUs, double hr) {
        return -StrictMath.expm1(-hr * cumulativeHazard(ageUs));
    }

    /**
     * Draws an onset age for a pump that entered the study at {@code entryAgeUs} without the
     * mechanism (left truncation: a pump still in service has not had it yet), with hazard ratio
     * {@code hr}: {@code T = lambda (H(entry) + E / hr)^(1/k)} with {@code E} exponential. Returns
     * {@link Long#MAX_VALUE} when the hazard ratio is 0 or the age does not fit in a long.
     */
    public long drawAgeUs(Draws.Stream r, long entryAgeUs, double hr) {
        double e = r.exponential();
        if (hr <= 0) {
            return Long.MAX_VALUE;
        }
        double h = cumulativeHazard(entryAgeUs) + e / hr;
        double days = scaleDays() * StrictMath.pow(h, 1.0 / shape);
        double us = earliestUs + days * US_PER_DAY;
        return us >= 9.0e18 ? Long.MAX_VALUE : Math.max(entryAgeUs, (long) StrictMath.floor(us));
    }
}
