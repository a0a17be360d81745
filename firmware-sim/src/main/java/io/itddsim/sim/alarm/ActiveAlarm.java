package io.itddsim.sim.alarm;

/** An alarm in the active set, as an interrogation reports it. */
public record ActiveAlarm(AlarmType type, AlarmState state, long raisedUs) implements java.io.Serializable {
    public AlarmSeverity severity() {
        return type.severity();
    }
}
