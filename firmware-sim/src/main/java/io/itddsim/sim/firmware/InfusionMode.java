package io.itddsim.sim.firmware;

/** What the pump is doing now, as an interrogation would report it. */
public enum InfusionMode {
    STOPPED,
    CONTINUOUS,
    FLEX,
    SINGLE_BOLUS,
    PRIMING_BOLUS,
    BRIDGE_BOLUS,
    PATIENT_BOLUS,
    /** The keep-vein-open fallback after an empty reservoir or a low battery reset. */
    MINIMUM_RATE
}
