package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.alarm.AlarmManager;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.profile.PumpProfile;

/**
 * The clinician's programming transfers: a new prescription (with its low-reservoir level, taken or
 * refused as one), a new prescription bridged by a bolus at the old rate, the start of a
 * programming session, and new alarm settings. Everything is checked before anything is taken.
 */
final class ProgrammingDesk implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final PumpProfile profile;
    private final PrescriptionRules rules;
    private final DosingScheduler scheduler;
    private final ReservoirEstimator estimator;
    private final AlarmManager alarms;
    private final ProgrammingSession programming;
    private final TherapyControl therapy;
    private final EventLog log;
    private final EndOfService endOfService;

    ProgrammingDesk(
            PumpProfile profile,
            PrescriptionRules rules,
            DosingScheduler scheduler,
            ReservoirEstimator estimator,
            AlarmManager alarms,
            ProgrammingSession programming,
            TherapyControl therapy,
            EventLog log,
            EndOfService endOfService) {
        this.profile = profile;
        this.rules = rules;
        this.scheduler = scheduler;
        this.estimator = estimator;
        this.alarms = alarms;
        this.programming = programming;
        this.therapy = therapy;
        this.log = log;
        this.endOfService = endOfService;
    }

    /**
     * A programming transfer: the prescription and, when one is sent, the low-reservoir level go in
     * as one unit. Both are checked before either is taken, so they succeed or fail together.
     */
    void program(Prescription p, long lowReservoirAlarmNl, long nowUs) {
        rules.check(p);
        AlarmSettings settings = settingsWithLowLevel(lowReservoirAlarmNl);
        endOfService.refuseCommands();
        programming.end();
        therapy.take(p, nowUs);
        if (lowReservoirAlarmNl != PumpCommand.KEEP_LOW_RESERVOIR_LEVEL) {
            configureAlarms(settings);
        }
    }

    /** A new prescription, with a bolus at the old rate bridging the catheter's old contents. */
    void programWithBridge(PumpCommand.ProgramWithBridgeBolus p, long nowUs) {
        rules.check(p.prescription());
        AlarmSettings settings = settingsWithLowLevel(p.lowReservoirAlarmNl());
        endOfService.refuseCommands();
        therapy.refuseWhenStopped("a bridge bolus");
        long oldRate = scheduler.basalRateNlPerDay();
        if (oldRate <= 0) {
            throw new SimInputException(
                    Refusal.PUMP_STATE, "bridge_bolus", "the pump is not infusing: there is no old rate to bridge at");
        }
        long durationUs = Math.multiplyExact(p.bridgeVolumeNl(), PumpProfile.US_PER_DAY) / oldRate;
        rules.checkBolus(BolusKind.BRIDGE, p.bridgeVolumeNl(), durationUs);
        therapy.bridge(p.prescription(), p.bridgeVolumeNl(), durationUs, nowUs);
        if (p.lowReservoirAlarmNl() != PumpCommand.KEEP_LOW_RESERVOIR_LEVEL) {
            configureAlarms(settings);
        }
    }

    /** A programmer session opens: infusion waits until a program arrives or the session times out. */
    void begin(long nowUs) {
        endOfService.refuseCommands();
        programming.begin(nowUs);
        therapy.override(TherapyOverride.PROGRAMMING, nowUs);
        log.log(nowUs, EventType.PROGRAMMING_STARTED, 0);
    }

    void configureAlarms(AlarmSettings s) {
        s.check(profile);
        alarms.setSettings(s);
        estimator.setLowLevel(s.lowReservoirNl());
    }

    /** The alarm settings in force with a new low-reservoir level, checked; unchanged for KEEP. */
    private AlarmSettings settingsWithLowLevel(long lowReservoirAlarmNl) {
        AlarmSettings now = alarms.settings();
        if (lowReservoirAlarmNl == PumpCommand.KEEP_LOW_RESERVOIR_LEVEL) {
            return now;
        }
        AlarmSettings wanted = new AlarmSettings(
                lowReservoirAlarmNl, now.criticalRepeatUs(), now.nonCriticalRepeatUs(), now.alarmClockUs());
        try {
            wanted.check(profile);
        } catch (SimInputException e) {
            throw new SimInputException(e.refusal(), "prescription.low_reservoir_alarm", e.getMessage());
        }
        return wanted;
    }
}
