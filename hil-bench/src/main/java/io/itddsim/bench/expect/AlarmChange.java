package io.itddsim.bench.expect;

import io.itddsim.sim.alarm.AlarmType;

/**
 * An alarm changed state, as the pump announced it (the model's alarm listener, or a wire
 * AlarmEvent).
 *
 * @param timeUs     sim time of the change
 * @param type       the alarm
 * @param transition what happened to it
 * @param raisedUs   when it was first raised
 */
public record AlarmChange(long timeUs, AlarmType type, Transition transition, long raisedUs) {

    /** The changes a bench can see; the same set on every target. */
    public enum Transition {
        /** Entered the active set. */
        RAISED,
        /** Active again: its acknowledgement ran out, or its cause came back while latched. */
        REACTIVATED,
        /** Silenced until its next repeat. */
        ACKNOWLEDGED,
        /** Its cause went away; it sounds until an interrogation clears it. */
        LATCHED,
        /** An interrogation found its cause gone. */
        CLEARED
    }
}
