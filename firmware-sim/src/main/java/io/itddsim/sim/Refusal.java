package io.itddsim.sim;

/**
 * Why the pump refused something, as a category a client can act on (the wire maps these to its
 * Nack reasons); the human message says the rest.
 */
public enum Refusal {
    /** A field is missing or malformed. */
    INVALID,
    /** A value is outside the pump's limits. */
    OUT_OF_RANGE,
    /** The pump's state forbids it now (end of service, a bolus already running, ...). */
    PUMP_STATE,
    /** A patient bolus inside the lockout interval. */
    LOCKOUT,
    /** A patient bolus over the daily maximum. */
    DAILY_LIMIT,
    /** The sender's role may not send this, or the pump is not in test mode (refused by the telemetry stack). */
    NOT_PERMITTED
}
