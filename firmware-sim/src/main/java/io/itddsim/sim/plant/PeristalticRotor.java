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
    private final long volumeNumeratorPerStep;
    private final long volumeDenominator;

    private long positionSteps;
    private long volumeRemainder;

    /**
     * @param gainPpm this pump's stroke-volume error, e.g. -24000 for 2.4% under nominal
     */
    public PeristalticRotor(PumpProfile profile, long gainPpm) {
        stepsPerRev = profile.get(ProfileParameter.MOTOR_STEPS_PER_ROTOR_REV);
        tubingTorqueNnm = profile.get(ProfileParameter.TUBING_TORQUE_NNM);
        volumeNumeratorPerStep = Math.multiplyExact(profile.get(ProfileParameter.ROLLER_PASS_VOLUME_NL),
                1_000_000 + gainPpm);
        volumeDenominator = Math.multiplyExact(profile.motorStepsPerRollerPass(), 1_000_000L);
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

    /** Rotor angle in millidegrees, 0 to 359999: what a fluoroscopic rotor study would see. */
    public long angleMilliDeg() {
        return positionSteps * 360_000 / stepsPerRev;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("rotor").add(positionSteps).add(volumeRemainder);
    }
}
