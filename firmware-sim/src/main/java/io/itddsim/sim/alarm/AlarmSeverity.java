package io.itddsim.sim.alarm;

/** How loudly and how often an alarm sounds (DOMAIN.md 3). */
public enum AlarmSeverity {
    /** The 3-second two-tone alarm: the pump cannot infuse as programmed. */
    CRITICAL,
    /** The 1-second single tone: something needs attention soon. */
    NON_CRITICAL
}
