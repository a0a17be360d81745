package io.itddsim.sim.firmware;

import io.itddsim.sim.profile.PumpProfile;
import java.math.BigInteger;
import java.util.List;

/**
 * Answers, for a therapy, which basal rate holds at a given sim time and until when; the pump's
 * clock reads {@code clockOffsetUs} time of day at sim time 0. Knowing "until when" lets the
 * scheduler look the rate up only at step boundaries and lets the loop skip up to them.
 */
final class RateProgram implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final long FOREVER = Long.MAX_VALUE;

    private final Therapy therapy;
    private final long clockOffsetUs;

    RateProgram(Therapy therapy, long clockOffsetUs) {
        this.therapy = therapy;
        this.clockOffsetUs = clockOffsetUs;
    }

    /** The rate in nL/day in force at {@code timeUs}. */
    long rateAt(long timeUs) {
        if (therapy instanceof Therapy.Continuous c) {
            return c.rateNlPerDay();
        }
        if (therapy instanceof Therapy.Flex f) {
            return f.steps().get(stepIndexAt(f.steps(), timeOfDay(timeUs))).rateNlPerDay();
        }
        return 0;
    }

    /** The volume a day of {@code therapy} asks for, in nL/day: its rate, or a flex pattern's mean. */
    static long meanRateNlPerDay(Therapy therapy) {
        if (therapy instanceof Therapy.Continuous c) {
            return c.rateNlPerDay();
        }
        if (!(therapy instanceof Therapy.Flex f)) {
            return 0;
        }
        List<Therapy.FlexStep> steps = f.steps();
        BigInteger total = BigInteger.ZERO; // nL/day x us: past a long for a day at high rates
        for (int i = 0; i < steps.size(); i++) {
            long endUs = i + 1 < steps.size()
                    ? steps.get(i + 1).startTimeOfDayUs()
                    : steps.get(0).startTimeOfDayUs() + PumpProfile.US_PER_DAY;
            total = total.add(BigInteger.valueOf(steps.get(i).rateNlPerDay())
                    .multiply(BigInteger.valueOf(endUs - steps.get(i).startTimeOfDayUs())));
        }
        return total.divide(BigInteger.valueOf(PumpProfile.US_PER_DAY)).longValueExact();
    }

    /** The first sim time after {@code timeUs} at which the rate may change; FOREVER if never. */
    long changesAfter(long timeUs) {
        if (!(therapy instanceof Therapy.Flex f) || f.steps().size() < 2) {
            return FOREVER;
        }
        List<Therapy.FlexStep> steps = f.steps();
        long tod = timeOfDay(timeUs);
        int next = stepIndexAt(steps, tod) + 1;
        long nextStart = next < steps.size()
                ? steps.get(next).startTimeOfDayUs()
                : steps.get(0).startTimeOfDayUs() + PumpProfile.US_PER_DAY;
        long delta = nextStart - tod;
        if (delta <= 0) {
            delta += PumpProfile.US_PER_DAY;
        }
        return timeUs + delta;
    }

    private long timeOfDay(long timeUs) {
        return Math.floorMod(timeUs + clockOffsetUs, PumpProfile.US_PER_DAY);
    }

    /** Index of the step in force at time of day {@code tod}; before the first start, the last step. */
    private static int stepIndexAt(List<Therapy.FlexStep> steps, long tod) {
        int idx = steps.size() - 1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).startTimeOfDayUs() <= tod) {
                idx = i;
            } else {
                break;
            }
        }
        return idx;
    }
}
