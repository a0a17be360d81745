package io.itddsim.trainer.drill;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How the trainer names the model's alarms and what each one means (docs/ALARMS.md). */
public final class AlarmCauses {
    /** The option id for "nothing the pump can sense". */
    public static final String NONE = "NONE";

    private AlarmCauses() {}

    public static String label(AlarmType type) {
        return switch (type) {
            case MOTOR_STALL -> "Motor stall";
            case EMPTY_RESERVOIR -> "Empty reservoir";
            case LOW_BATTERY_RESET -> "Low battery reset";
            case END_OF_SERVICE -> "End of service (battery spent)";
            case PUMP_MEMORY_ERROR -> "Pump memory error";
            case LOW_RESERVOIR -> "Low reservoir";
            case ELECTIVE_REPLACEMENT -> "Elective replacement indicator (battery running low)";
            case ALARM_CLOCK -> "Alarm clock (refill reminder)";
        };
    }

    /** What raises it, in a sentence (docs/ALARMS.md, column "cause"). */
    public static String cause(AlarmType type) {
        return switch (type) {
            case MOTOR_STALL -> "the motor is driven but the rotor does not turn";
            case EMPTY_RESERVOIR -> "the pump's computed reservoir estimate reached the empty level";
            case LOW_BATTERY_RESET -> "the supply browned out under the motor's load and the pump reset";
            case END_OF_SERVICE -> "the battery voltage fell to end of service: the pump stops for good";
            case PUMP_MEMORY_ERROR -> "a record or the stored prescription failed its checksum";
            case LOW_RESERVOIR -> "the pump's computed reservoir estimate reached the low-reservoir level";
            case ELECTIVE_REPLACEMENT -> "the battery voltage reached the elective replacement indicator";
            case ALARM_CLOCK -> "the refill reminder set at the last refill came due";
        };
    }

    /** The alarms of one severity, in the model's order. */
    public static Set<AlarmType> ofSeverity(AlarmSeverity severity) {
        Set<AlarmType> out = new LinkedHashSet<>();
        Arrays.stream(AlarmType.values()).filter(t -> t.severity() == severity).forEach(out::add);
        return out;
    }

    public static List<String> labels(Set<AlarmType> types) {
        return types.stream().map(AlarmCauses::label).toList();
    }
}
