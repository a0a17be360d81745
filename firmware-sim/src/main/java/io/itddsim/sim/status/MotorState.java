package io.itddsim.sim.status;

/** The motor as the firmware's drive sees it. */
public enum MotorState {
    /** Not driven. */
    IDLE,
    /** Driving a stroke. */
    DRIVING,
    /** A stall was detected and has not recovered. */
    STALLED
}
