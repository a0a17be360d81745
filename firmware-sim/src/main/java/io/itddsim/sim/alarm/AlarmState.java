package io.itddsim.sim.alarm;

/**
 * Alarm states in the IEC 60601-1-8 / ISO/IEEE 11073-10101 vocabulary, as this pump uses them.
 * An alarm that is not in the active set has no state (it is cleared).
 */
public enum AlarmState {
    /** The cause is present and the alarm sounds at its repeat interval. */
    ACTIVE,
    /** The cause has gone, but nobody has interrogated the pump yet: it keeps sounding (latching). */
    LATCHED,
    /** Silenced by an interrogation or acknowledgement while the cause persists; it sounds again at its next repeat. */
    ACKNOWLEDGED,
    /** Cleared: an interrogation found the cause gone. Only seen in the alarm history. */
    CLEARED
}
