package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.math.BigInteger;

/**
 * A fault whose effect grows with time (wear, corrosion, rate drift, granuloma, battery film).
 * The effect is a function of time since the occurrence began, applied as a delta on the plant
 * once per {@code fault_ramp_interval_us} on a fixed grid of sim time: the same instants whether
 * or not quiet ticks are skipped. When the occurrence ends the effect stops growing; the damage
 * done stays (a worn shaft does not heal).
 */
abstract class ProgressiveMechanism extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    /** Effects are clamped here so that no plant arithmetic can overflow. */
    static final long MAX_EFFECT = 1_000_000_000_000_000L;

    private final long intervalUs;
    private long startUs;
    private long appliedEffect;

    ProgressiveMechanism(PumpProfile profile) {
        intervalUs = profile.get(ProfileParameter.FAULT_RAMP_INTERVAL_US);
    }

    /** The total effect {@code elapsedUs} after the occurrence began, in the plant part's unit. */
    abstract long effectAfter(long elapsedUs);

    /** Adds {@code delta} to the plant part this fault degrades, at sim time {@code nowUs}. */
    abstract void applyDelta(long delta, long nowUs);

    @Override
    void start(long nowUs) {
        startUs = nowUs;
        appliedEffect = 0;
        update(nowUs);
    }

    @Override
    void stop(long nowUs) {
        // the effect stops growing; what it did stays
    }

    @Override
    long nextUpdateUs(long nowUs) {
        return Math.multiplyExact(Math.floorDiv(nowUs, intervalUs) + 1, intervalUs);
    }

    @Override
    void update(long nowUs) {
        long effect = Math.min(MAX_EFFECT, effectAfter(nowUs - startUs));
        if (effect != appliedEffect) {
            applyDelta(effect - appliedEffect, nowUs);
            appliedEffect = effect;
        }
    }

    /** {@code ratePerDay x elapsedUs / 1 day}, exact and clamped to {@link #MAX_EFFECT}. */
    static long perDay(long ratePerDay, long elapsedUs) {
        BigInteger v = BigInteger.valueOf(ratePerDay)
                .multiply(BigInteger.valueOf(elapsedUs))
                .divide(BigInteger.valueOf(PumpProfile.US_PER_DAY));
        return v.min(BigInteger.valueOf(MAX_EFFECT)).longValueExact();
    }

    /** Whole units of {@code ratePerDay x elapsedUs / 1 day + carried / 1 day}, exact. */
    static long perDayExact(long ratePerDay, long elapsedUs, long carried) {
        return total(ratePerDay, elapsedUs, carried)
                .divide(BigInteger.valueOf(PumpProfile.US_PER_DAY))
                .longValueExact();
    }

    /** What is left over after {@link #perDayExact}, to carry to the next time. */
    static long perDayRemainder(long ratePerDay, long elapsedUs, long carried) {
        return total(ratePerDay, elapsedUs, carried)
                .mod(BigInteger.valueOf(PumpProfile.US_PER_DAY))
                .longValueExact();
    }

    private static BigInteger total(long ratePerDay, long elapsedUs, long carried) {
        return BigInteger.valueOf(ratePerDay)
                .multiply(BigInteger.valueOf(elapsedUs))
                .add(BigInteger.valueOf(carried));
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(startUs).add(appliedEffect);
    }
}
