package io.itddsim.sim.event;

/** What the firmware writes to its event log. The value's meaning is given for each type. */
public enum EventType {
    /** A prescription took effect. Value: the effective rate in nL/day (0 when stopped). */
    PRESCRIPTION_PROGRAMMED,
    /** A command was refused and changed nothing. Value: 0; detail: the reason. */
    COMMAND_REJECTED,
    /** A single or priming bolus began. Value: its volume in nL. */
    BOLUS_STARTED,
    /** A bolus was fully commanded; the pump returns to its therapy. Value: its volume in nL. */
    BOLUS_COMPLETED,
    /** A new prescription replaced a bolus still running. Value: nL of the bolus not yet commanded. */
    BOLUS_CANCELLED,
    /** Driven steps produced no rotor motion. Value: consecutive steps missed. */
    MOTOR_STALL,
    /** The rotor moved again after a stall. Value: steps missed during the stall. */
    MOTOR_STALL_RECOVERED,
    /** Battery at the elective replacement indicator. Value: measured mV. */
    BATTERY_ERI,
    /** Battery at end of service; the pump stops infusing. Value: measured mV. */
    BATTERY_EOS
}
