package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.AlarmTransition;
import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.alarm.AlarmType;

/** The alarm manager's state changes and tones as wire alarm events. */
public final class AlarmEvents {

    private AlarmEvents() {}

    /**
     * An alarm changed state at {@code timeUs}; {@code state} is the new one. ACTIVE is a raise on
     * the tick the alarm was raised, a reactivation after that.
     */
    public static AlarmEvent stateChange(long timeUs, AlarmType type, AlarmState state, long raisedUs) {
        AlarmTransition transition = transition(state);
        if (state == AlarmState.ACTIVE && timeUs != raisedUs) {
            transition = AlarmTransition.ALARM_TRANSITION_REACTIVATED;
        }
        return event(type, transition, raisedUs);
    }

    /** An alarm sounded (at its raise or at a repeat). */
    public static AlarmEvent annunciated(AlarmType type, long raisedUs) {
        return event(type, AlarmTransition.ALARM_TRANSITION_ANNUNCIATED, raisedUs);
    }

    /** An alarm test sounded a pattern; no alarm is raised. */
    public static AlarmEvent test(io.itddsim.sim.alarm.AlarmSeverity severity) {
        return AlarmEvent.newBuilder()
                .setCode(AlarmCode.ALARM_CODE_UNSPECIFIED)
                .setSeverity(AlarmMapping.severity(severity))
                .setTransition(AlarmTransition.ALARM_TRANSITION_TEST)
                .build();
    }

    static AlarmTransition transition(AlarmState state) {
        return switch (state) {
            case ACTIVE -> AlarmTransition.ALARM_TRANSITION_RAISED;
            case LATCHED -> AlarmTransition.ALARM_TRANSITION_LATCHED;
            case ACKNOWLEDGED -> AlarmTransition.ALARM_TRANSITION_ACKNOWLEDGED;
            case CLEARED -> AlarmTransition.ALARM_TRANSITION_CLEARED;
        };
    }

    private static AlarmEvent event(AlarmType type, AlarmTransition transition, long raisedUs) {
        return AlarmEvent.newBuilder()
                .setCode(AlarmMapping.code(type))
                .setSeverity(AlarmMapping.severity(type.severity()))
                .setTransition(transition)
                .setRaisedAtUs(raisedUs)
                .build();
    }
}
