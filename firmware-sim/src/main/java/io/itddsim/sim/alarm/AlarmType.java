package io.itddsim.sim.alarm;

/**
 * The pump's alarms and their severities (DOMAIN.md 3). The hazard each guards against, what
 * detects it and what the pump does are in docs/ALARMS.md.
 */
public enum AlarmType {
    MOTOR_STALL(AlarmSeverity.CRITICAL),
    EMPTY_RESERVOIR(AlarmSeverity.CRITICAL),
    LOW_BATTERY_RESET(AlarmSeverity.CRITICAL),
    END_OF_SERVICE(AlarmSeverity.CRITICAL),
    PUMP_MEMORY_ERROR(AlarmSeverity.CRITICAL),
    LOW_RESERVOIR(AlarmSeverity.NON_CRITICAL),
    ELECTIVE_REPLACEMENT(AlarmSeverity.NON_CRITICAL),
    ALARM_CLOCK(AlarmSeverity.NON_CRITICAL);

    private final AlarmSeverity severity;

    AlarmType(AlarmSeverity severity) {
        this.severity = severity;
    }

    public AlarmSeverity severity() {
        return severity;
    }
}
