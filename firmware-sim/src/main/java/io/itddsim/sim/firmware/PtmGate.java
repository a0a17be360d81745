package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Decides whether a patient's bolus request may be given: not inside the lockout after the last
 * one, not over the maximum in any rolling 24 hours. It remembers the start times of the boluses
 * given in a fixed ring, so a flood of requests costs no memory.
 */
final class PtmGate implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] startsUs = new long[PrescriptionRules.MAX_PTM_PER_DAY];
    private int count;
    private long given;

    /** Throws a LOCKOUT or DAILY_LIMIT refusal when the request must be refused. */
    void check(PtmLimits limits, long nowUs) {
        if (count > 0) {
            long last = startsUs[(count - 1) % startsUs.length];
            if (nowUs - last < limits.lockoutUs()) {
                throw new SimInputException(
                        Refusal.LOCKOUT,
                        "ptm_bolus",
                        "inside the lockout: " + (limits.lockoutUs() - (nowUs - last)) / 1_000_000 + " s left");
            }
        }
        int inLastDay = 0;
        for (int i = Math.max(0, count - startsUs.length); i < count; i++) {
            if (nowUs - startsUs[i % startsUs.length] < PumpProfile.US_PER_DAY) {
                inLastDay++;
            }
        }
        if (inLastDay >= limits.maxPerDay()) {
            throw new SimInputException(
                    Refusal.DAILY_LIMIT,
                    "ptm_bolus",
                    "the maximum of " + limits.maxPerDay() + " boluses in 24 h has been given");
        }
    }

    void given(long nowUs) {
        startsUs[count % startsUs.length] = nowUs;
        count++;
        given++;
    }

    long given() {
        return given;
    }

    void hashInto(StateDigest d) {
        d.section("ptm").add(count).add(given);
        for (long s : startsUs) {
            d.add(s);
        }
    }
}
