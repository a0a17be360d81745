package io.itddsim.sim.firmware;

/** What the pump is doing now, as an interrogation would report it. */
public enum InfusionMode {
    STOPPED,
    CONTINUOUS,
    FLEX,
    SINGLE_BOLUS,
    PRIMING_BOLUS
}
