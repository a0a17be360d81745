package io.itddsim.sim.firmware;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.PumpProfile;

/**
 * An exact running total of volume whose increments are rate x time: kept as whole nanolitres
 * plus a remainder in units of 1/{@value PumpProfile#US_PER_DAY} nL, so a rate in nL/day times a
 * tick in microseconds adds with no rounding at all, and no drift however long the run.
 */
final class VolumeAccumulator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private long wholeNl;
    private long fraction;

    /** Adds {@code numerator}/{@link PumpProfile#US_PER_DAY} nanolitres. */
    void add(long numerator) {
        fraction += numerator;
        if (fraction >= PumpProfile.US_PER_DAY) {
            wholeNl += fraction / PumpProfile.US_PER_DAY;
            fraction %= PumpProfile.US_PER_DAY;
        }
    }

    long wholeNl() {
        return wholeNl;
    }

    void hashInto(StateDigest d) {
        d.add(wholeNl).add(fraction);
    }
}
