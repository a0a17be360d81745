package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;

/** The model's alarm types and severities as wire codes. */
public final class AlarmMapping {

    private AlarmMapping() {}

    public static AlarmCode code(AlarmType type) {
        return switch (type) {
            case MOTOR_STALL -> AlarmCode.ALARM_CODE_MOTOR_STALL;
            case EMPTY_RESERVOIR -> AlarmCode.ALARM_CODE_EMPTY_RESERVOIR;
            case LOW_BATTERY_RESET -> AlarmCode.ALARM_CODE_LOW_BATTERY_RESET;
            case END_OF_SERVICE -> AlarmCode.ALARM_CODE_END_OF_SERVICE;
            case PUMP_MEMORY_ERROR -> AlarmCode.ALARM_CODE_MEMORY_ERROR;
            case LOW_RESERVOIR -> AlarmCode.ALARM_CODE_LOW_RESERVOIR;
            case ELECTIVE_REPLACEMENT -> AlarmCode.ALARM_CODE_ELECTIVE_REPLACEMENT;
            case ALARM_CLOCK -> AlarmCode.ALARM_CODE_ALARM_CLOCK;
        };
    }

    /** The model's alarm type for a wire code, or null when the code names none. */
    public static AlarmType type(AlarmCode code) {
        for (AlarmType type : AlarmType.values()) {
            if (code(type) == code) {
                return type;
            }
        }
        return null;
    }

    public static io.itddsim.proto.v1.AlarmSeverity severity(AlarmSeverity severity) {
        return switch (severity) {
            case CRITICAL -> io.itddsim.proto.v1.AlarmSeverity.ALARM_SEVERITY_CRITICAL;
            case NON_CRITICAL -> io.itddsim.proto.v1.AlarmSeverity.ALARM_SEVERITY_NON_CRITICAL;
        };
    }
}
