package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The gear train between motor and rotor. Its friction, seen at the motor shaft, is the new-pump
 * friction times a wear factor; shaft wear and gear corrosion (the commonest causes of stall in
 * returned pumps) raise the wear factor over time.
 */
public final class GearTrain implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Wear factor of a new gear train, in parts per million (1.0). */
    public static final long NEW_WEAR_PPM = 1_000_000;

    private final long baseFrictionNnm;
    private long wearPpm = NEW_WEAR_PPM;
    private long extraBlockingTorqueNnm;

    public GearTrain(PumpProfile profile) {
        baseFrictionNnm = profile.get(ProfileParameter.GEAR_FRICTION_TORQUE_NNM);
    }

    /** Torque the motor must overcome in the gears, including anything jammed in them. */
    public long frictionTorqueNnm() {
        return baseFrictionNnm * wearPpm / 1_000_000 + extraBlockingTorqueNnm;
    }

    public long wearPpm() {
        return wearPpm;
    }

    public void setWearPpm(long wearPpm) {
        if (wearPpm < 0) {
            throw new IllegalArgumentException("wear factor must not be negative: " + wearPpm);
        }
        this.wearPpm = wearPpm;
    }

    /** Torque of an obstruction in the gears (a foreign particle); 0 when clear. */
    public void setBlockingTorqueNnm(long torqueNnm) {
        if (torqueNnm < 0) {
            throw new IllegalArgumentException("blocking torque must not be negative: " + torqueNnm);
        }
        extraBlockingTorqueNnm = torqueNnm;
    }

    public long blockingTorqueNnm() {
        return extraBlockingTorqueNnm;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("gears").add(wearPpm).add(extraBlockingTorqueNnm);
    }
}
