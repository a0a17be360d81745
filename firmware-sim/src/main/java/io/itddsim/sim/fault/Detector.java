package io.itddsim.sim.fault;

import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;

/**
 * A kind of firmware event that reveals a fault: an event type, or an {@code ALARM_RAISED} event
 * for one alarm type. Detection is judged from the firmware's own event log, which is all the pump
 * knows; never from the fault's state.
 *
 * @param type  the event type
 * @param alarm for {@link EventType#ALARM_RAISED}, the alarm it must name; else null
 */
public record Detector(EventType type, AlarmType alarm) implements java.io.Serializable {

    static Detector event(EventType type) {
        return new Detector(type, null);
    }

    static Detector alarm(AlarmType alarm) {
        return new Detector(EventType.ALARM_RAISED, alarm);
    }

    public boolean matches(PumpEvent e) {
        return e.type() == type && (alarm == null || alarm.name().equals(e.detail()));
    }

    /** How reports name it: {@code MOTOR_STALL}, or {@code ALARM_RAISED:MOTOR_STALL}. */
    public String label() {
        return alarm == null ? type.name() : type.name() + ":" + alarm.name();
    }
}
