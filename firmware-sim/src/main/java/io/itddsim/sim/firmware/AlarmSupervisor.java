package io.itddsim.sim.firmware;

import io.itddsim.sim.alarm.AlarmManager;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.hal.PumpHardware;

/**
 * Turns what the firmware knows into alarms: the causes (one bit per alarm type, as far as the
 * firmware can tell from its own sensing), the reservoir level records, the minimum rate of an
 * empty reservoir and the telemetry hold of a pump that alarms in a strong field.
 */
final class AlarmSupervisor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final ReservoirEstimator estimator;
    private final StallDetector stall;
    private final BatteryMonitor battery;
    private final MemoryMonitor memory;
    private final AlarmManager alarms;
    private final TherapyControl therapy;
    private final PumpHardware hw;
    private final EventLog log;
    private final EndOfService endOfService;
    /** The causes the alarm manager was last given. */
    private long lastCauses;

    AlarmSupervisor(
            ReservoirEstimator estimator,
            StallDetector stall,
            BatteryMonitor battery,
            MemoryMonitor memory,
            AlarmManager alarms,
            TherapyControl therapy,
            PumpHardware hw,
            EventLog log,
            EndOfService endOfService) {
        this.estimator = estimator;
        this.stall = stall;
        this.battery = battery;
        this.memory = memory;
        this.alarms = alarms;
        this.therapy = therapy;
        this.hw = hw;
        this.log = log;
        this.endOfService = endOfService;
    }

    /** Logs level crossings, keeps an empty pump at minimum rate and gives the alarm manager the causes. */
    void supervise(long nowUs) {
        if (estimator.crossedLow()) {
            log.log(nowUs, EventType.RESERVOIR_LOW, estimator.estimatedNl());
        }
        if (estimator.crossedEmpty()) {
            log.log(nowUs, EventType.RESERVOIR_EMPTY, estimator.estimatedNl());
        }
        if (estimator.empty() && therapy.override() == TherapyOverride.NONE && !endOfService.reached()) {
            therapy.override(TherapyOverride.MINIMUM_RATE, nowUs); // keep the catheter open (DOMAIN.md 2)
        }
        long causes = causes(nowUs);
        if (causes != lastCauses || alarms.nextToneUs() <= nowUs) {
            lastCauses = causes;
            alarms.update(causes, nowUs, hw, log);
        }
    }

    /**
     * A strong field (a programmer's, or an MRI scanner's) seen while the pump alarms puts it into
     * telemetry mode, and infusion then waits for an interrogation (DOMAIN.md 4). Looked at whenever
     * the firmware supervises (every stroke, command, measurement and alarm tone), after the alarm
     * manager, so an alarm raised on this very tick counts; never on a quiet tick.
     *
     * @return whether the pump went into the hold now
     */
    boolean holdInTelemetryField(long nowUs) {
        if (alarms.nextToneUs() != Long.MAX_VALUE
                && hw.telemetryFieldDetected()
                && therapy.override() == TherapyOverride.NONE
                && !endOfService.reached()) {
            therapy.override(TherapyOverride.TELEMETRY_HOLD, nowUs);
            log.log(nowUs, EventType.TELEMETRY_HOLD, 0);
            return true;
        }
        return false;
    }

    /** What is wrong now, as far as the firmware can tell: one bit per alarm type. */
    long causes(long nowUs) {
        long c = 0;
        c |= flag(AlarmType.MOTOR_STALL, stall.stalled());
        c |= flag(AlarmType.EMPTY_RESERVOIR, estimator.empty());
        c |= flag(AlarmType.LOW_BATTERY_RESET, therapy.resetPending());
        c |= flag(AlarmType.END_OF_SERVICE, battery.eos());
        c |= flag(AlarmType.PUMP_MEMORY_ERROR, memory.error());
        c |= flag(AlarmType.LOW_RESERVOIR, estimator.low());
        c |= flag(AlarmType.ELECTIVE_REPLACEMENT, battery.eri());
        long clock = alarms.settings().alarmClockUs();
        c |= flag(AlarmType.ALARM_CLOCK, clock > 0 && nowUs >= clock);
        return c;
    }

    /** Whether the causes now differ from those the alarm manager was last given. */
    boolean causesChanged(long nowUs) {
        return causes(nowUs) != lastCauses;
    }

    /** The alarm clock is set and has not rung yet: the time it rings, or Long.MAX_VALUE. */
    long alarmClockPendingUs() {
        long clock = alarms.settings().alarmClockUs();
        return clock > 0 && (lastCauses & AlarmManager.bit(AlarmType.ALARM_CLOCK)) == 0 ? clock : Long.MAX_VALUE;
    }

    /** The alarm clock has come round and the alarm manager has not been told yet. */
    boolean alarmClockDue(long nowUs) {
        return nowUs >= alarmClockPendingUs();
    }

    long lastCauses() {
        return lastCauses;
    }

    private static long flag(AlarmType t, boolean on) {
        return on ? AlarmManager.bit(t) : 0;
    }
}
