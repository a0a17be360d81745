package io.itddsim.sim.event;

/** What the firmware writes to its event log. The value's meaning is given for each type. */
public enum EventType {
    /** A prescription took effect. Value: the effective rate in nL/day (0 when stopped). */
    PRESCRIPTION_PROGRAMMED,
    /**
     * A command was refused and changed nothing. Value: 0 for a command the firmware refused; for
     * requests the telemetry stack refused before they reached therapy, how many (one record per
     * burst). Detail: the reason.
     */
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
    BATTERY_EOS,
    /** The processor was reset by a battery brown-out; the pump fell back to minimum rate. Value: reset count. */
    LOW_BATTERY_RESET,
    /** An alarm was raised. Value: 0; detail: the alarm type. */
    ALARM_RAISED,
    /** An alarm was cleared by an interrogation with its cause gone. Value: 0; detail: the alarm type. */
    ALARM_CLEARED,
    /** The estimated reservoir volume fell to the low-reservoir level. Value: estimate in nL. */
    RESERVOIR_LOW,
    /** The estimated reservoir volume fell to the empty level; minimum rate. Value: estimate in nL. */
    RESERVOIR_EMPTY,
    /** A refill was entered. Value: the volume entered in nL; detail: aspirated and concentration. */
    REFILL,
    /** Aspirated volume differed from the expected by more than the threshold. Value: expected minus aspirated, nL. */
    REFILL_DISCREPANCY,
    /** A patient (PTM) bolus request was refused. Value: 0; detail: lockout or daily limit. */
    PTM_BOLUS_REFUSED,
    /** A programming transfer began; the pump is stopped until it completes. Value: 0. */
    PROGRAMMING_STARTED,
    /** A programming transfer never completed; the pump stays stopped. Value: 0. */
    PROGRAMMING_INCOMPLETE,
    /** The pump was interrogated. Value: number of alarms cleared. */
    INTERROGATED,
    /** An alarm test sounded both patterns. Value: 0. */
    ALARM_TEST,
    /** A non-volatile memory record or block failed its CRC. Value: record index; detail: which block. */
    MEMORY_ERROR,
    /** A strong field put the alarming pump into telemetry mode: infusion held until interrogated. Value: 0. */
    TELEMETRY_HOLD
}
