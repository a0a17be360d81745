package io.itddsim.sim.firmware;

import io.itddsim.sim.profile.PumpProfile;
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
