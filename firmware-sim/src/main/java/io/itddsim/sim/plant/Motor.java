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
    /** Share of the drive torque lost to a short at the feedthrough (fault state; 0 when sound). */
    private long torqueLossPpm;
    /** External fields holding the rotor magnet still (an MRI scanner; fault state; 0 when none). */
    private int fieldHolds;

    private final FaultPresence faults;

    public Motor(PumpProfile profile) {
        this(profile, new FaultPresence());
    }

    Motor(PumpProfile profile, FaultPresence faults) {
        torqueNnmPerV = profile.get(ProfileParameter.MOTOR_TORQUE_NNM_PER_V);
        this.faults = faults;
    }

    public long availableTorqueNnm(long terminalMv) {
        long torque = coilTorqueNnm(terminalMv);
        return torqueLossPpm == 0 ? torque : torque * (1_000_000 - torqueLossPpm) / 1_000_000;
    }

    private long coilTorqueNnm(long terminalMv) {
        return torqueNnmPerV * terminalMv / 1_000;
    }

    /** True while a fault acts on the motor (a feedthrough short, an external field). */
    boolean faulted() {
        return torqueLossPpm != 0 || fieldHolds != 0;
    }

    /** Records a driven step of a sound motor and whether it moved; returns whether it moved. */
    boolean step(long loadTorqueNnm, long terminalMv) {
        stepsDriven++;
        boolean moves = soundStepMoves(loadTorqueNnm, terminalMv);
        if (moves) {
            stepsMoved++;
        }
        return moves;
    }

    /** Whether a driven step of a sound motor turns the shaft against this load at this voltage. */
    boolean soundStepMoves(long loadTorqueNnm, long terminalMv) {
        return loadTorqueNnm <= coilTorqueNnm(terminalMv);
    }

    /** Records {@code steps} driven steps of a sound motor that all moved (a run of whole strokes). */
    void recordMovedSteps(long steps) {
        stepsDriven += steps;
        stepsMoved += steps;
    }

    /** As {@link #step}, with the faults that act on the motor (docs/FAULTS.md). */
    boolean stepFaulted(long loadTorqueNnm, long terminalMv) {
        stepsDriven++;
        boolean moves = faultedStepMoves(loadTorqueNnm, terminalMv);
        if (moves) {
            stepsMoved++;
        }
        return moves;
    }

    /**
     * Whether a driven step turns the shaft against this load at this voltage, with the faults that
     * act on the motor; the lower the voltage, the less it can. Changes nothing.
     */
    boolean faultedStepMoves(long loadTorqueNnm, long terminalMv) {
        return fieldHolds == 0 && loadTorqueNnm <= availableTorqueNnm(terminalMv);
    }

    /** Records {@code driven} driven steps of which {@code moved} moved (a run of strokes against a load). */
    void recordSteps(long driven, long moved) {
        stepsDriven = Math.addExact(stepsDriven, driven);
        stepsMoved = Math.addExact(stepsMoved, moved);
    }

    /** Records {@code steps} driven steps none of which moved (a run of strokes against a stall). */
    void recordMissedSteps(long steps) {
        stepsDriven = Math.addExact(stepsDriven, steps);
    }

    public long stepsDriven() {
        return stepsDriven;
    }

    /** Steps that turned the shaft; the rotor-magnet sensor pulses once for each. */
    public long stepsMoved() {
        return stepsMoved;
    }

    /** A short at the feedthrough diverts this share of the coil's drive current (0 to 1,000,000 ppm). */
    public void setTorqueLossPpm(long ppm) {
        if (ppm < 0 || ppm > 1_000_000) {
            throw new IllegalArgumentException("torque loss must be 0..1000000 ppm: " + ppm);
        }
        boolean was = faulted();
        torqueLossPpm = ppm;
        faults.changed(was, faulted());
    }

    public long torqueLossPpm() {
        return torqueLossPpm;
    }

    /**
     * A strong external field (an MRI scanner) locks the rotor magnet: no driven step turns it
     * until every hold is released. Holds count, so two overlapping exposures need two releases.
     */
    public void holdByField() {
        boolean was = faulted();
        fieldHolds++;
        faults.changed(was, faulted());
    }

    public void releaseField() {
        if (fieldHolds == 0) {
            throw new IllegalStateException("no field holds the rotor");
        }
        boolean was = faulted();
        fieldHolds--;
        faults.changed(was, faulted());
    }

    public boolean heldByField() {
        return fieldHolds > 0;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("motor").add(stepsDriven).add(stepsMoved);
        // fault state, hashed only when present so that a pump no fault touched hashes as before
        if (torqueLossPpm != 0 || fieldHolds != 0) {
            d.section("motor.fault").add(torqueLossPpm).add(fieldHolds);
        }
    }
}
