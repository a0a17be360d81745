package io.itddsim.sim.plant;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The stepper motor with its rotor magnet. A driven step turns the shaft only if the torque the
 * coil can produce at the present battery voltage exceeds the load; otherwise the magnet stays
 * put and no rotor pulse is sensed. That, and nothing else, is a stall.
 */
public final class Motor implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final long torqueNnmPerV;
    private long stepsDriven;
    private long stepsMoved;

    public Motor(PumpProfile profile) {
        torqueNnmPerV = profile.get(ProfileParameter.MOTOR_TORQUE_NNM_PER_V);
    }

    public long availableTorqueNnm(long terminalMv) {
        return torqueNnmPerV * terminalMv / 1_000;
    }

    /** Records a driven step and whether it moved; returns whether it moved. */
    boolean step(long loadTorqueNnm, long terminalMv) {
        stepsDriven++;
        boolean moves = loadTorqueNnm <= availableTorqueNnm(terminalMv);
        if (moves) {
            stepsMoved++;
        }
        return moves;
    }

    public long stepsDriven() {
        return stepsDriven;
    }

    /** Steps that turned the shaft; the rotor-magnet sensor pulses once for each. */
    public long stepsMoved() {
        return stepsMoved;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("motor").add(stepsDriven).add(stepsMoved);
    }
}
