package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.EventCode;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.firmware.BolusKind;

/** Event log entries of the model as the wire carries them. */
public final class EventMapping {

    private EventMapping() {}

    /** The wire entry for the model event at {@code index} of the pump's event log. */
    public static EventLogEntry entry(long index, PumpEvent event) {
        EventLogEntry.Builder entry = EventLogEntry.newBuilder()
                .setIndex(index)
                .setSimTimeUs(event.timeUs())
                .setCode(code(event))
                .setValue(event.value())
                .setDetail(event.detail());
        AlarmCode alarm = alarmOf(event);
        if (alarm != AlarmCode.ALARM_CODE_UNSPECIFIED) {
            entry.setAlarm(alarm);
        }
        return entry.build();
    }

    /** The wire code of a model event: a patient's bolus start has its own code on the wire. */
    public static EventCode code(PumpEvent event) {
        if (event.type() == EventType.BOLUS_STARTED && event.detail().equals(BolusKind.PATIENT.name())) {
            return EventCode.EVENT_CODE_PTM_BOLUS_STARTED;
        }
        return code(event.type());
    }

    /**
     * The wire code of a model event type. A type added to the model before it is added here maps
     * to UNSPECIFIED (its name still reaches the client in the detail); a test keeps the mapping
     * complete.
     */
    public static EventCode code(EventType type) {
        return switch (type) {
            case PRESCRIPTION_PROGRAMMED -> EventCode.EVENT_CODE_PRESCRIPTION_PROGRAMMED;
            case COMMAND_REJECTED -> EventCode.EVENT_CODE_COMMAND_REJECTED;
            case BOLUS_STARTED -> EventCode.EVENT_CODE_BOLUS_STARTED;
            case BOLUS_COMPLETED -> EventCode.EVENT_CODE_BOLUS_COMPLETED;
            case BOLUS_CANCELLED -> EventCode.EVENT_CODE_BOLUS_CANCELLED;
            case MOTOR_STALL -> EventCode.EVENT_CODE_MOTOR_STALL;
            case MOTOR_STALL_RECOVERED -> EventCode.EVENT_CODE_MOTOR_STALL_RECOVERY;
            case BATTERY_ERI -> EventCode.EVENT_CODE_BATTERY_ERI;
            case BATTERY_EOS -> EventCode.EVENT_CODE_BATTERY_EOS;
            case LOW_BATTERY_RESET -> EventCode.EVENT_CODE_PUMP_RESET;
            case ALARM_RAISED -> EventCode.EVENT_CODE_ALARM_RAISED;
            case ALARM_CLEARED -> EventCode.EVENT_CODE_ALARM_CLEARED;
            case RESERVOIR_LOW -> EventCode.EVENT_CODE_RESERVOIR_LOW;
            case RESERVOIR_EMPTY -> EventCode.EVENT_CODE_RESERVOIR_EMPTY;
            case REFILL -> EventCode.EVENT_CODE_REFILL;
            case REFILL_DISCREPANCY -> EventCode.EVENT_CODE_REFILL_DISCREPANCY;
            case PTM_BOLUS_REFUSED -> EventCode.EVENT_CODE_PTM_BOLUS_REFUSED;
            case PROGRAMMING_STARTED -> EventCode.EVENT_CODE_PROGRAMMING_STARTED;
            case PROGRAMMING_INCOMPLETE -> EventCode.EVENT_CODE_PROGRAMMING_INCOMPLETE;
            case INTERROGATED -> EventCode.EVENT_CODE_INTERROGATED;
            case ALARM_TEST -> EventCode.EVENT_CODE_ALARM_TEST;
            case MEMORY_ERROR -> EventCode.EVENT_CODE_MEMORY_ERROR;
            default -> EventCode.EVENT_CODE_UNSPECIFIED;
        };
    }

    /** Alarm entries name their alarm type in the detail (EventType.ALARM_RAISED). */
    private static AlarmCode alarmOf(PumpEvent event) {
        if (event.type() != EventType.ALARM_RAISED && event.type() != EventType.ALARM_CLEARED) {
            return AlarmCode.ALARM_CODE_UNSPECIFIED;
        }
        for (AlarmType type : AlarmType.values()) {
            if (event.detail().startsWith(type.name())) {
                return AlarmMapping.code(type);
            }
        }
        return AlarmCode.ALARM_CODE_UNSPECIFIED;
    }
}
