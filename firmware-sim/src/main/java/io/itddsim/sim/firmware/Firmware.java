package io.itddsim.sim.firmware;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.alarm.AlarmManager;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.event.EventLog;
import io.itddsim.sim.event.EventType;
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
    // 2: the programming desk, the alarm supervisor and end of service moved out (a snapshot of the
    // old layout is refused as incompatible instead of read with missing parts)
    private static final long serialVersionUID = 2L;

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
    private final EndOfService endOfService = new EndOfService();
    private final ProgrammingDesk programmingDesk;
    private final AlarmSupervisor supervisor;
    private long knownResets;
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
        this.programmingDesk = new ProgrammingDesk(
                profile, rules, scheduler, estimator, alarms, programming, therapy, log, endOfService);
        this.supervisor =
                new AlarmSupervisor(estimator, stall, battery, memory, alarms, therapy, hw, log, endOfService);
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
            return LinkRefusalRecords.record(log, r, nowUs);
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
            programmingDesk.program(p.prescription(), p.lowReservoirAlarmNl(), nowUs);
        } else if (command instanceof PumpCommand.ProgramWithBridgeBolus p) {
            programmingDesk.programWithBridge(p, nowUs);
        } else if (command instanceof PumpCommand.BeginProgramming) {
            programmingDesk.begin(nowUs);
        } else if (command instanceof PumpCommand.StartBolus b) {
            endOfService.refuseCommands();
            boluses.clinician(b.kind(), b.volumeNl(), b.durationUs(), nowUs);
        } else if (command instanceof PumpCommand.PatientBolus) {
            endOfService.refuseCommands();
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
            programmingDesk.configureAlarms(c.settings());
        }
        return null;
    }

    // ---- refill, alarms, interrogation

    /** Throws if the programmer would refuse these refill entries (checked before the procedure). */
    public void checkRefill(PumpCommand.Refill r) {
        refills.check(r);
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
        int cleared = alarms.interrogate(supervisor.causes(nowUs), nowUs, log);
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
            endOfService.refuseCommands();
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

    // ---- the tick

    /** Tick phase 2: decide what the motor does now. */
    public void control(long nowUs) {
        if (!endOfService.reached()) {
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
                endOfService.reach(); // EOS: the pump shuts itself off (DOMAIN.md 1)
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
        if (mayHaveChanged || alarms.nextToneUs() <= nowUs || supervisor.alarmClockDue(nowUs)) {
            mayHaveChanged = false;
            supervisor.supervise(nowUs);
            mayHaveChanged = supervisor.holdInTelemetryField(nowUs);
        }
        nextCheckUs = nextCheckAfter(nowUs);
    }

    /** The earliest time a periodic check, a deadline, a tone or the alarm clock needs this method. */
    private long nextCheckAfter(long nowUs) {
        long next = Math.min(battery.nextDueAfter(nowUs), memory.nextDueAfter(nowUs));
        next = Math.min(next, programming.deadlineUs());
        next = Math.min(next, alarms.nextToneUs());
        long clock = supervisor.alarmClockPendingUs();
        if (clock != Long.MAX_VALUE) {
            next = Math.min(next, Math.max(clock, nowUs + 1));
        }
        return next;
    }

    /** The processor was reset by a supply brown-out: RAM is lost, the pump restarts at minimum rate. */
    private void lowBatteryReset(long resets, long nowUs) {
        driver.abort();
        programming.end();
        therapy.lowBatteryReset(nowUs);
        log.log(nowUs, EventType.LOW_BATTERY_RESET, resets);
    }

    /** Ticks from {@code nowUs} on on which this firmware certainly does nothing but accrue. */
    public long quietTicks(long nowUs) {
        if (driver.busy() || driver.steppedThisTick() || supervisor.causesChanged(nowUs)) {
            return 0; // a cause changed (the alarm clock came round, say): the alarm manager must see this tick
        }
        // with nothing changed since sensing last ran in full, the next check it derived still holds
        long q = mayHaveChanged ? ticksBeforeChecks(nowUs) : ticksUntil(nextCheckUs, nowUs);
        return endOfService.reached() ? q : Math.min(q, scheduler.quietTicks(nowUs));
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
     * taking a stroke would do nothing but take it ({@link WholeStrokes#onlyStrokesToTake}). With a
     * stall declared, only strokes whose steps all miss qualify ({@link #leapStalledStrokes}).
     */
    public boolean restsBetweenStrokes(long nowUs) {
        return !endOfService.reached()
                && !driver.busy()
                && !driver.steppedThisTick()
                && !mayHaveChanged
                && wholeStrokes.onlyStrokesToTake(nowUs)
                && !supervisor.causesChanged(nowUs);
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

    /**
     * As {@link #leapWholeStrokes}, while a stall is declared and no step of the strokes moves
     * ({@link WholeStrokes#takeStalled}): what stepping them does to this firmware, which is to drive
     * them and count every step missed.
     */
    /**
     * As {@link #leapWholeStrokes}, where every stroke's first step moved and the last {@code missed}
     * steps of the last stroke missed, fewer than a stall ({@link WholeStrokes#takeEndingInMisses}).
     */
    public void leapStrokesEndingInMisses(long ticks, long strokes, long missed) {
        wholeStrokes.takeEndingInMisses(ticks, strokes, missed);
    }

    public void leapStalledStrokes(long ticks, long strokes) {
        wholeStrokes.takeStalled(ticks, strokes);
    }

    private long ticksUntil(long timeUs, long nowUs) {
        if (timeUs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, -Math.floorDiv(-(timeUs - nowUs), profile.tickUs()));
    }

    /** The same as {@code ticks} quiet ticks of {@link #control} and {@link #sense}. */
    public void skipQuiet(long ticks) {
        if (!endOfService.reached()) {
            scheduler.skip(ticks);
        }
    }

    // ---- what an interrogation would read, and what reports show

    public Prescription prescription() {
        return therapy.prescription();
    }

    public InfusionMode mode() {
        return endOfService.reached() ? InfusionMode.STOPPED : therapy.mode();
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
        return endOfService.reached();
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
        d.section("firmware")
                .add(endOfService.reached())
                .add(knownResets)
                .add(supervisor.lastCauses())
                .add(refills.count());
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
