package io.itddsim.bench.expect;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;

/**
 * Which alarms an expectation means: one type ({@code MOTOR_STALL}), a severity ({@code critical},
 * {@code non_critical}) or {@code any}.
 *
 * @param type     the alarm type, or null
 * @param severity the severity, or null
 */
public record AlarmMatch(AlarmType type, AlarmSeverity severity) {
    public static final AlarmMatch ANY = new AlarmMatch(null, null);

    public boolean matches(AlarmType t) {
        return (type == null || type == t) && (severity == null || severity == t.severity());
    }

    public String describe() {
        if (type != null) {
            return type.name();
        }
        if (severity != null) {
            return severity == AlarmSeverity.CRITICAL ? "critical" : "non_critical";
        }
        return "any";
    }

    /** How evidence names what was looked for: "MOTOR_STALL alarm", "critical alarm", "alarm". */
    String noun() {
        return type != null ? type + " alarm" : severity != null ? describe() + " alarm" : "alarm";
    }
}
