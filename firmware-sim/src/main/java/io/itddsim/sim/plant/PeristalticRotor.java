package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The peristaltic rotor: rollers squeeze the pump tubing, and each motor step advances the rotor
 * by one step of the gear-reduced angle, pushing a slice of a roller pass's volume toward the
 * catheter. The slice is the nominal roller-pass volume times this pump's volume gain (its
 * manufacturing error); fractions of a nanolitre are carried, so the total is exact over any run.
 * Displacement is taken as linear in rotor angle within a roller pass.
 */
public final class PeristalticRotor implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long stepsPerRev;
    private final long tubingTorqueNnm;
    private final long rollerPassVolumeNl;
    private final long gainPpm;
    private final long volumeDenominator;
    private long volumeNumeratorPerStep;
    /** Up to this many steps, remainder + steps x numerator fits in a long (derived, not hashed). */
    private long plainStepsLimit;
    /** Change of the volume gain since manufacture (the over-infusion fault; 0 when sound). */
    private long gainDriftPpm;

    private long positionSteps;
    private long volumeRemainder;

    /**
     * @param gainPpm this pump's stroke-volume error, e.g. -24000 for 2.4% under nominal
     */
    public PeristalticRotor(PumpProfile profile, long gainPpm) {
        stepsPerRev = profile.get(ProfileParameter.MOTOR_STEPS_PER_ROTOR_REV);
        tubingTorqueNnm = profile.get(ProfileParameter.TUBING_TORQUE_NNM);
        rollerPassVolumeNl = profile.get(ProfileParameter.ROLLER_PASS_VOLUME_NL);
        this.gainPpm = gainPpm;
        volumeNumeratorPerStep = Math.multiplyExact(rollerPassVolumeNl, 1_000_000 + gainPpm);
        volumeDenominator = Math.multiplyExact(profile.motorStepsPerRollerPass(), 1_000_000L);
        plainStepsLimit = (Long.MAX_VALUE - volumeDenominator) / Math.max(1, volumeNumeratorPerStep);
    }

    public long tubingTorqueNnm() {
        return tubingTorqueNnm;
    }

    /** Advances one motor step; returns the nanolitres that step displaces. */
    long advanceOneStep() {
        positionSteps = positionSteps + 1 == stepsPerRev ? 0 : positionSteps + 1;
        volumeRemainder += volumeNumeratorPerStep;
        long nl = volumeRemainder / volumeDenominator;
        volumeRemainder -= nl * volumeDenominator;
        return nl;
    }

    /**
     * Nanolitres the next {@code steps} steps displace between them, carry included: the sum of
     * what {@code steps} calls of {@link #advanceOneStep} would return. Changes nothing.
     */
    long displacementOver(long steps) {
        if (steps <= plainStepsLimit) {
            return (volumeRemainder + steps * volumeNumeratorPerStep) / volumeDenominator;
        }
        long wholeNl = ExactMath.mulDiv(steps, volumeNumeratorPerStep, volumeDenominator);
        // steps x numerator - whole x denominator is below the denominator, so the wrapped 64-bit
        // products leave it exact even where the products themselves do not fit
        long carried = volumeRemainder + (steps * volumeNumeratorPerStep - wholeNl * volumeDenominator);
        return wholeNl + carried / volumeDenominator;
    }

    /**
     * The same as {@code steps} calls of {@link #advanceOneStep}, which between them displace
     * {@code displacedNl} (from {@link #displacementOver}).
     */
    void advance(long steps, long displacedNl) {
        // what is left below a whole nanolitre, in [0, denominator): exact in wrapped 64-bit arithmetic
        volumeRemainder += steps * volumeNumeratorPerStep - displacedNl * volumeDenominator;
        long position = positionSteps + steps;
        positionSteps = position < stepsPerRev ? position : position % stepsPerRev;
    }

    /**
     * Changes the volume each step displaces by {@code driftPpm} on top of the pump's manufacturing
     * error: the over-infusion notice's rising rate (DOMAIN.md 5). The carried remainder stays valid
     * because the denominator does not change.
     */
    public void setGainDriftPpm(long driftPpm) {
        long total = 1_000_000 + gainPpm + driftPpm;
        if (total < 0) {
            throw new IllegalArgumentException("stroke volume cannot become negative: drift " + driftPpm + " ppm");
        }
        gainDriftPpm = driftPpm;
        volumeNumeratorPerStep = Math.multiplyExact(rollerPassVolumeNl, total);
        plainStepsLimit = (Long.MAX_VALUE - volumeDenominator) / Math.max(1, volumeNumeratorPerStep);
    }

    public long gainDriftPpm() {
        return gainDriftPpm;
    }

    /** This pump's stroke-volume error now: manufacturing error plus any drift. */
    public long gainPpm() {
        return gainPpm + gainDriftPpm;
    }

    /** Rotor angle in millidegrees, 0 to 359999: what a fluoroscopic rotor study would see. */
    public long angleMilliDeg() {
        return positionSteps * 360_000 / stepsPerRev;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("rotor").add(positionSteps).add(volumeRemainder);
        if (gainDriftPpm != 0) {
            d.section("rotor.fault").add(gainDriftPpm);
        }
    }
}
