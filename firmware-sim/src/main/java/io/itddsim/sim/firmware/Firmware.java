package io.itddsim.sim.firmware;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.alarm.AlarmManager;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.hal.PumpHardware;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import java.util.List;

/**
 * What the pump's software knows and decides. It sees the pump only through {@link PumpHardware};
 * its picture of the world (volume left, volume delivered, whether the rotor turns, whether its
 * memory is sound) is built from what it commanded and what its sensors report.
 */
public final class Firmware implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final PumpProfile profile;
    private final PumpHardware hw;
    private final PrescriptionRules rules;
    private final DosingScheduler scheduler;
    private final MotorDriver driver;
    private final StallDetector stall;
    private final ReservoirEstimator estimator;
    private final BatteryMonitor battery;
    private final MemoryMonitor memory;
    private final AlarmManager alarms;
    private final ProgrammingSession programming;
    private final EventLog log = new EventLog();
    private final RefillDesk refills;
    private final BolusDesk boluses;
    private final WholeStrokes wholeStrokes;

    private final TherapyControl therapy;
    private long knownResets;
    private boolean shutDown;
    private long lastCauses;
    /** Something the alarm causes depend on may have changed since they were last computed. */
    private boolean mayHaveChanged = true;
    /** Until this time, a tick with a resting motor and no change needs no sensing (derived, not hashed). */
    private long nextCheckUs;

    /**
     * @param clockOffsetUs the pump clock's time of day at sim time 0
     */
    public Firmware(PumpProfile profile, PumpHardware hw, long clockOffsetUs, AlarmSettings alarmSettings) {
        this.profile = profile;
        this.hw = hw;
        this.rules = new PrescriptionRules(profile);
        this.scheduler = new DosingScheduler(profile);
        this.driver = new MotorDriver(profile);
        this.stall = new StallDetector(profile, hw.rotorPulseCount());
        this.estimator = new ReservoirEstimator(profile, alarmSettings.lowReservoirNl());
        this.battery = new BatteryMonitor(profile);
        this.memory = new MemoryMonitor(profile, hw);
        this.alarms = new AlarmManager(profile, alarmSettings);
        this.programming = new ProgrammingSession(profile.get(ProfileParameter.PROGRAMMING_TIMEOUT_US));
        this.therapy = new TherapyControl(
                scheduler, memory, log, clockOffsetUs, profile.get(ProfileParameter.MINIMUM_RATE_NL_PER_DAY));
        this.refills = new RefillDesk(
                rules, estimator, alarms, therapy, log, profile.get(ProfileParameter.REFILL_DISCREPANCY_NL));
        this.boluses = new BolusDesk(rules, scheduler, estimator, therapy, log);
        this.wholeStrokes = new WholeStrokes(scheduler, driver, estimator, stall, therapy, alarms, hw);
        this.knownResets = hw.brownOutResetCount();
        log.setRecorder(memory.log());
    }

    /** Sets the state of a pump already in service (before the run starts); logs nothing. */
    public void commission(Prescription initial, long reservoirEnteredNl) {
        rules.check(initial);
        alarms.settings().check(profile);
        therapy.commission(initial);
        estimator.filled(reservoirEnteredNl);
    }

    /** Applies a command at a tick boundary; a refused command changes nothing but the log. */
    public CommandResult apply(PumpCommand command, long nowUs) {
        if (command instanceof PumpCommand.LinkRefusal r) {
            return linkRefusals(r, nowUs);
        }
        hw.radioSession(); // every command arrives over the telemetry link, and the battery pays for it
        mayHaveChanged = true;
        try {
            return CommandResult.interrogatedOrAccepted(dispatch(command, nowUs));
        } catch (SimInputException e) {
            EventType type = command instanceof PumpCommand.PatientBolus
                    ? EventType.PTM_BOLUS_REFUSED
                    : EventType.COMMAND_REJECTED;
            log.log(nowUs, type, 0, command.name() + ": " + e.getMessage());
            return CommandResult.refused(e.refusal(), e.field(), e.getMessage());
        }
    }

    private InterrogationReport dispatch(PumpCommand command, long nowUs) {
        if (command instanceof PumpCommand.Program p) {
            program(p.prescription(), p.lowReservoirAlarmNl(), nowUs);
        } else if (command instanceof PumpCommand.ProgramWithBridgeBolus p) {
            programWithBridge(p, nowUs);
        } else if (command instanceof PumpCommand.BeginProgramming) {
            beginProgramming(nowUs);
        } else if (command instanceof PumpCommand.StartBolus b) {
            refuseWhenShutDown();
            boluses.clinician(b.kind(), b.volumeNl(), b.durationUs(), nowUs);
        } else if (command instanceof PumpCommand.PatientBolus) {
            refuseWhenShutDown();
            boluses.patient(nowUs);
        } else if (command instanceof PumpCommand.Refill r) {
            refills.enter(r, nowUs);
        } else if (command instanceof PumpCommand.Interrogate) {
            return interrogate(nowUs);
        } else if (command instanceof PumpCommand.AlarmTest) {
            alarms.test(nowUs, hw, log);
        } else if (command instanceof PumpCommand.AcknowledgeAlarms a) {
            alarms.acknowledge(AlarmManager.mask(a.alarms()), nowUs);
        } else if (command instanceof PumpCommand.ConfigureAlarms c) {
            configureAlarms(c.settings());
        }
        return null;
    }

    /** Detail text that marks a record of requests refused by the telemetry stack. */
    static final String LINK_REFUSALS = "refused before therapy";

    /**
     * Requests the telemetry stack refused: no radio session (the pump only listened), one record
     * per burst. When the newest record is already such a record, its count grows in place.
     */
    private CommandResult linkRefusals(PumpCommand.LinkRefusal r, long nowUs) {
        PumpEvent newest = log.newest();
        boolean merge = newest != null
                && newest.type() == EventType.COMMAND_REJECTED
                && newest.detail().startsWith(LINK_REFUSALS);
        long count = merge ? Math.addExact(newest.value(), r.count()) : r.count();
        long firstUs = merge ? newest.timeUs() : nowUs;
        String detail = LINK_REFUSALS + ": " + count + " request" + (count == 1 ? "" : "s") + ", the last "
                + r.request() + ": " + r.reason();
        PumpEvent record = new PumpEvent(firstUs, EventType.COMMAND_REJECTED, count, detail);
        if (merge) {
            log.amendNewest(record);
        } else {
            log.log(record.timeUs(), record.type(), record.value(), record.detail());
        }
        return CommandResult.refused(Refusal.NOT_PERMITTED, r.request(), r.reason());
    }

    // ---- programming

    /**
     * A programming transfer: the prescription and, when one is sent, the low-reservoir level go in
     * as one unit. Both are checked before either is taken, so they succeed or fail together.
     */
    private void program(Prescription p, long lowReservoirAlarmNl, long nowUs) {
        rules.check(p);
        AlarmSettings settings = settingsWithLowLevel(lowReservoirAlarmNl);
        refuseWhenShutDown();
        programming.end();
        therapy.take(p, nowUs);
        if (lowReservoirAlarmNl != PumpCommand.KEEP_LOW_RESERVOIR_LEVEL) {
            configureAlarms(settings);
        }
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

    private void programWithBridge(PumpCommand.ProgramWithBridgeBolus p, long nowUs) {
        rules.check(p.prescription());
        AlarmSettings settings = settingsWithLowLevel(p.lowReservoirAlarmNl());
        refuseWhenShutDown();
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

    private void beginProgramming(long nowUs) {
        refuseWhenShutDown();
        programming.begin(nowUs);
        therapy.override(TherapyOverride.PROGRAMMING, nowUs);
        log.log(nowUs, EventType.PROGRAMMING_STARTED, 0);
    }

    // ---- refill, alarms, interrogation

    /** Throws if the programmer would refuse these refill entries (checked before the procedure). */
    public void checkRefill(PumpCommand.Refill r) {
        refills.check(r);
    }

    private void configureAlarms(AlarmSettings s) {
        s.check(profile);
        alarms.setSettings(s);
        estimator.setLowLevel(s.lowReservoirNl());
    }

    private InterrogationReport interrogate(long nowUs) {
        if (therapy.override() == TherapyOverride.TELEMETRY_HOLD) {
            therapy.override(TherapyOverride.NONE, nowUs); // the programmer session ends telemetry mode
        }
        if (memory.scrub(therapy.prescription(), nowUs, log)) {
            therapy.override(TherapyOverride.MEMORY_SAFE_STOP, nowUs);
        }
        InterrogationReport report = report(nowUs);
        memory.reported();
        int cleared = alarms.interrogate(causes(nowUs), nowUs, log);
        log.log(nowUs, EventType.INTERROGATED, cleared);
        return report;
    }

    /**
     * What an interrogation would read now, read without the interrogation's effects: no memory
     * scrub, no alarm acknowledged or cleared, nothing logged, no radio charge. For a passive
     * reader (an observer's logger) that must not change the pump it watches.
     */
    public InterrogationReport readReport(long nowUs) {
        return report(nowUs);
    }

    /**
     * Whether a patient's bolus would be given now, decided as {@link #apply} would decide it but
     * changing nothing: ACCEPTED, or the refusal apply would give.
     */
    public CommandResult checkPatientBolus(long nowUs) {
        try {
            refuseWhenShutDown();
            boluses.checkPatient(nowUs);
            return CommandResult.ACCEPTED;
        } catch (SimInputException e) {
            return CommandResult.refused(e.refusal(), e.field(), e.getMessage());
        }
    }

    private InterrogationReport report(long nowUs) {
        return new InterrogationReport(
                nowUs,
                therapy.prescription(),
                mode(),
                estimator.estimatedNl(),
                alarms.settings(),
                alarms.active(),
                battery.lastMv(),
                battery.eri(),
                battery.eos(),
                memory.log().readAll());
    }

    private void refuseWhenShutDown() {
        if (shutDown) {
            throw new SimInputException(
                    Refusal.PUMP_STATE, "pump", "the pump has reached end of service and has stopped");
        }
    }

    // ---- the tick

    /** Tick phase 2: decide what the motor does now. */
    public void control(long nowUs) {
        if (!shutDown) {
            BolusKind running = scheduler.activeBolus();
            if (scheduler.accrue(nowUs)) {
                therapy.bolusCompleted(running, nowUs);
            }
            if (!driver.busy() && scheduler.strokeDue()) {
                scheduler.takeStroke();
                estimator.strokeCommanded(scheduler.strokeVolumeNl());
                mayHaveChanged = true;
                driver.startStroke();
            }
        }
        driver.onTick(hw);
    }

    /** Tick phases 4 and 5: read the sensors after the plant has moved, then supervise. */
    public void sense(long nowUs) {
        if (!driver.steppedThisTick() && !mayHaveChanged && nowUs < nextCheckUs) {
            return; // the common tick: the motor rested, nothing changed and no check is due
        }
        if (driver.steppedThisTick()) { // a brown-out can only happen under motor load
            long resets = hw.brownOutResetCount();
            if (resets != knownResets) {
                knownResets = resets;
                lowBatteryReset(resets, nowUs);
            } else {
                stall.afterDrivenStep(hw, nowUs, log);
            }
            mayHaveChanged = true;
        }
        // no periodic check falls before the next check time sensing derived (spares two divisions
        // on every stepped motor step)
        boolean checksMayBeDue = nowUs >= nextCheckUs;
        if (checksMayBeDue && battery.dueAt(nowUs)) {
            mayHaveChanged = true;
            if (battery.measure(
                    hw,
                    nowUs,
                    log,
                    RateProgram.meanRateNlPerDay(therapy.prescription().therapy()),
                    !driver.steppedThisTick())) {
                shutDown = true; // EOS: the pump shuts itself off (DOMAIN.md 1)
                driver.abort();
            }
        }
        if (checksMayBeDue && memory.dueAt(nowUs)) {
            mayHaveChanged = true;
            if (memory.scrub(therapy.prescription(), nowUs, log)) {
                therapy.override(TherapyOverride.MEMORY_SAFE_STOP, nowUs);
            }
        }
        if (programming.expired(nowUs)) {
            mayHaveChanged = true;
            log.log(nowUs, EventType.PROGRAMMING_INCOMPLETE, 0);
            therapy.override(TherapyOverride.PROGRAMMING_ABANDONED, nowUs);
        }
        // most ticks change nothing the alarm manager looks at: skip it unless something did,
        // a tone is due, or the alarm clock has come round (supervising is idempotent, so a
        // spare call is harmless; a missed one would not be)
        if (mayHaveChanged || alarms.nextToneUs() <= nowUs || alarmClockDue(nowUs)) {
            mayHaveChanged = false;
            supervise(nowUs);
            holdInTelemetryField(nowUs);
        }
        nextCheckUs = nextCheckAfter(nowUs);
    }

    /** The earliest time a periodic check, a deadline, a tone or the alarm clock needs this method. */
    private long nextCheckAfter(long nowUs) {
        long next = Math.min(battery.nextDueAfter(nowUs), memory.nextDueAfter(nowUs));
        next = Math.min(next, programming.deadlineUs());
        next = Math.min(next, alarms.nextToneUs());
        long clock = alarms.settings().alarmClockUs();
        if (clock > 0 && (lastCauses & AlarmManager.bit(AlarmType.ALARM_CLOCK)) == 0) {
            next = Math.min(next, Math.max(clock, nowUs + 1));
        }
        return next;
    }

    /**
     * A strong field (a programmer's, or an MRI scanner's) seen while the pump alarms puts it into
     * telemetry mode, and infusion then waits for an interrogation (DOMAIN.md 4). Looked at whenever
     * the firmware supervises (every stroke, command, measurement and alarm tone), after the alarm
     * manager, so an alarm raised on this very tick counts; never on a quiet tick.
     */
    private void holdInTelemetryField(long nowUs) {
        if (alarms.nextToneUs() != Long.MAX_VALUE
                && hw.telemetryFieldDetected()
                && therapy.override() == TherapyOverride.NONE
                && !shutDown) {
            therapy.override(TherapyOverride.TELEMETRY_HOLD, nowUs);
            mayHaveChanged = true;
            log.log(nowUs, EventType.TELEMETRY_HOLD, 0);
        }
    }

    private boolean alarmClockDue(long nowUs) {
        long clock = alarms.settings().alarmClockUs();
        return clock > 0 && nowUs >= clock && (lastCauses & AlarmManager.bit(AlarmType.ALARM_CLOCK)) == 0;
    }

    /** The processor was reset by a supply brown-out: RAM is lost, the pump restarts at minimum rate. */
    private void lowBatteryReset(long resets, long nowUs) {
        driver.abort();
        programming.end();
        therapy.lowBatteryReset(nowUs);
        log.log(nowUs, EventType.LOW_BATTERY_RESET, resets);
    }

    private void supervise(long nowUs) {
        if (estimator.crossedLow()) {
            log.log(nowUs, EventType.RESERVOIR_LOW, estimator.estimatedNl());
        }
        if (estimator.crossedEmpty()) {
            log.log(nowUs, EventType.RESERVOIR_EMPTY, estimator.estimatedNl());
        }
        if (estimator.empty() && therapy.override() == TherapyOverride.NONE && !shutDown) {
            therapy.override(TherapyOverride.MINIMUM_RATE, nowUs); // keep the catheter open (DOMAIN.md 2)
        }
        long causes = causes(nowUs);
        if (causes != lastCauses || alarms.nextToneUs() <= nowUs) {
            lastCauses = causes;
            alarms.update(causes, nowUs, hw, log);
        }
    }

    /** What is wrong now, as far as the firmware can tell: one bit per alarm type. */
    private long causes(long nowUs) {
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

    private static long flag(AlarmType t, boolean on) {
        return on ? AlarmManager.bit(t) : 0;
    }

    /** Ticks from {@code nowUs} on on which this firmware certainly does nothing but accrue. */
    public long quietTicks(long nowUs) {
        if (driver.busy() || driver.steppedThisTick() || causes(nowUs) != lastCauses) {
            return 0; // a cause changed (the alarm clock came round, say): the alarm manager must see this tick
        }
        // with nothing changed since sensing last ran in full, the next check it derived still holds
        long q = mayHaveChanged ? ticksBeforeChecks(nowUs) : ticksUntil(nextCheckUs, nowUs);
        return shutDown ? q : Math.min(q, scheduler.quietTicks(nowUs));
    }

    /** Ticks from {@code nowUs} on before a measurement, scrub, deadline, tone or the alarm clock is due. */
    private long ticksBeforeChecks(long nowUs) {
        long q = Math.min(battery.quietTicks(nowUs), memory.quietTicks(nowUs));
        q = Math.min(q, alarms.quietTicks(nowUs));
        q = Math.min(q, ticksUntil(programming.deadlineUs(), nowUs));
        long clock = alarms.settings().alarmClockUs();
        if (clock > nowUs) {
            q = Math.min(q, ticksUntil(clock, nowUs));
        }
        return q;
    }

    // ---- runs of whole strokes in one go (PumpSimulator's fast-forward; docs/PERFORMANCE.md)

    /** The strokes to come: when each falls due and how long it drives the motor. */
    public WholeStrokes strokes() {
        return wholeStrokes;
    }

    /**
     * Whether the strokes from {@code nowUs} on can be taken in one go: the firmware rests (no stroke
     * under way, nothing changed since it last supervised, no alarm cause about to change) and
     * taking a stroke would do nothing but take it ({@link WholeStrokes#onlyStrokesToTake}).
     */
    public boolean restsBetweenStrokes(long nowUs) {
        return !shutDown
                && !driver.busy()
                && !driver.steppedThisTick()
                && !mayHaveChanged
                && wholeStrokes.onlyStrokesToTake(nowUs)
                && causes(nowUs) == lastCauses;
    }

    /**
     * When this firmware next has work other than strokes (a check, a tone, the alarm clock, a
     * programming deadline, a rate change), while it {@link #restsBetweenStrokes}: the next check
     * sensing derived when it last ran in full still holds, since nothing has changed since.
     */
    public long nextOtherWorkUs() {
        return Math.min(nextCheckUs, scheduler.rateValidUntilUs());
    }

    /**
     * Exactly what stepping {@code ticks} ticks from {@code nowUs} does to this firmware when
     * {@code strokes} whole strokes fall due in them, each finished and every step seen to move
     * ({@link WholeStrokes#take}). The caller has checked {@link #restsBetweenStrokes}, that the
     * run ends by {@link #nextOtherWorkUs}, that the estimate crosses no level
     * ({@link WholeStrokes#beforeReservoirLevelChange}) and that the last stroke rests before the
     * end. The next check stays where it was: the run passes none.
     */
    public void leapWholeStrokes(long ticks, long strokes) {
        wholeStrokes.take(ticks, strokes);
    }

    private long ticksUntil(long timeUs, long nowUs) {
        if (timeUs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, -Math.floorDiv(-(timeUs - nowUs), profile.tickUs()));
    }

    /** The same as {@code ticks} quiet ticks of {@link #control} and {@link #sense}. */
    public void skipQuiet(long ticks) {
        if (!shutDown) {
            scheduler.skip(ticks);
        }
    }

    // ---- what an interrogation would read, and what reports show

    public Prescription prescription() {
        return therapy.prescription();
    }

    public InfusionMode mode() {
        return shutDown ? InfusionMode.STOPPED : therapy.mode();
    }

    public long programmedNl() {
        return scheduler.programmedNl();
    }

    public long commandedNl() {
        return scheduler.commandedNl();
    }

    public long strokesCommanded() {
        return scheduler.strokes();
    }

    public long strokeVolumeNl() {
        return scheduler.strokeVolumeNl();
    }

    public long basalRateNlPerDay() {
        return scheduler.basalRateNlPerDay();
    }

    public long reservoirEstimateNl() {
        return estimator.estimatedNl();
    }

    public long motorStepsDriven() {
        return driver.stepsDriven();
    }

    public boolean motorRunning() {
        return driver.busy();
    }

    public boolean stallDetected() {
        return stall.stalled();
    }

    public long lastBatteryMv() {
        return battery.lastMv();
    }

    public boolean eri() {
        return battery.eri();
    }

    public boolean eos() {
        return battery.eos();
    }

    public boolean shutDown() {
        return shutDown;
    }

    public long patientBolusesGiven() {
        return boluses.patientBolusesGiven();
    }

    public EventLog eventLog() {
        return log;
    }

    public AlarmManager alarms() {
        return alarms;
    }

    public io.itddsim.sim.nvm.NvmEventLog nvmLog() {
        return memory.log();
    }

    public List<RefillCheck> refillChecks() {
        return refills.checks();
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("firmware").add(shutDown).add(knownResets).add(lastCauses).add(refills.count());
        therapy.hashInto(d);
        scheduler.hashInto(d);
        driver.hashInto(d);
        stall.hashInto(d);
        estimator.hashInto(d);
        battery.hashInto(d);
        memory.hashInto(d);
        alarms.hashInto(d);
        boluses.hashInto(d);
        programming.hashInto(d);
        log.hashInto(d);
    }
}
