package io.itddsim.sim.engine;

import io.itddsim.sim.Refusal;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.alarm.AlarmListener;
import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.alarm.Annunciation;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultInjector;
import io.itddsim.sim.fault.FaultInput;
import io.itddsim.sim.fault.FaultRecord;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.firmware.CommandResult;
import io.itddsim.sim.firmware.Firmware;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.Patient;
import io.itddsim.sim.plant.Plant;
import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.sim.random.RandomStreams;
import io.itddsim.sim.random.SplitMix64;
import io.itddsim.sim.status.PumpStatus;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The fixed-step loop (DESIGN.md "One tick, in order"): apply due commands, firmware control,
 * plant step, firmware sensing, output. Time is an integer count of microseconds; nothing here
 * reads a clock, starts a thread or does I/O.
 *
 * <p>Fast-forward: when the motor is idle and nothing is due, the loop jumps over the quiet ticks in
 * one go, applying exactly the accrual and battery drain those ticks would have. A run with and
 * without it ends in the same state hash (tested).
 *
 * <p>A run may have a patient downstream of the catheter tip (docs/PATIENT.md). It advances on its
 * own grid: at the tick that ends at a grid instant, after the plant's step, it reads the plant's
 * cumulative intrathecal drug mass. Fast-forward stops before those ticks, so they are always
 * stepped.
 */
public final class PumpSimulator implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final SimulationSetup setup;
    private final long tickUs;
    private final Plant plant;
    private final Firmware firmware;
    private final CommandQueue queue = new CommandQueue();
    private final ArrayDeque<ScheduledCommand> applied = new ArrayDeque<>();
    /** Most applied commands kept in memory; older ones are dropped (a host journals them). */
    private int historyLimit = Integer.MAX_VALUE;

    private long appliedCount;
    private final SplitMix64 strokeGainStream;
    private final FaultInjector faults;
    private final ProcedureRunner procedures;
    private final StrokeLeap strokeLeap;
    /** The patient downstream of the catheter tip (docs/PATIENT.md); null for a run without one. */
    private final Patient patient;

    private transient SimulationSink sink = SimulationSink.NONE;
    private boolean fastForward = true;
    private boolean wholeStrokes = true;
    private long sampleIntervalUs;

    private long nowUs;
    private long ticks;
    private long ticksStepped;

    private PumpSimulator(SimulationSetup setup) {
        this.setup = setup;
        PumpProfile profile = setup.profile();
        this.tickUs = profile.tickUs();
        RandomStreams streams = new RandomStreams(setup.seed());
        this.strokeGainStream = streams.stream("plant.stroke-gain");
        long spread = profile.get(ProfileParameter.STROKE_VOLUME_SPREAD_PPM);
        long gainPpm =
                profile.get(ProfileParameter.STROKE_VOLUME_GAIN_PPM) + strokeGainStream.nextLong(-spread, spread);
        this.plant = new Plant(profile, gainPpm, setup.batteryDepthOfDischargePpm());
        plant.reservoir().add(setup.reservoirVolumeNl(), setup.reservoirConcentrationUgPerMl());
        plant.catheter().fill(setup.catheterPrimed() ? setup.reservoirConcentrationUgPerMl() : 0);
        this.firmware = new Firmware(profile, plant, setup.startTimeOfDayUs(), setup.alarmSettings());
        firmware.commission(setup.prescription(), setup.reservoirEnteredNl());
        this.procedures = new ProcedureRunner(plant, firmware);
        this.faults = new FaultInjector(
                profile, plant, firmware, setup.seed(), setup.prescription().drug());
        this.strokeLeap = new StrokeLeap(plant, firmware, faults, tickUs);
        this.patient = PatientAttachment.create(setup, tickUs);
        wireOutputs();
    }

    /** Routes the firmware's events and alarms to whatever sink is set now or later. */
    private void wireOutputs() {
        firmware.eventLog().setSink(new SinkForwarder(this));
        firmware.alarms().setListener(new SinkForwarder(this));
    }

    private Object readResolve() {
        sink = SimulationSink.NONE;
        wireOutputs();
        return this;
    }

    /** Forwards to the simulator's current sink; a named class so the simulator stays serializable. */
    private record SinkForwarder(PumpSimulator sim) implements io.itddsim.sim.event.EventSink, AlarmListener {
        @Override
        public void onEvent(PumpEvent e) {
            sim.sink.onEvent(sim.firmware.eventLog().size() - 1L, e);
        }

        @Override
        public void onAlarm(long timeUs, AlarmType type, AlarmState state, long raisedUs) {
            sim.sink.onAlarm(timeUs, type, state, raisedUs);
        }

        @Override
        public void onAnnunciation(Annunciation a) {
            sim.sink.onAnnunciation(a);
        }
    }

    /** Builds a pump in its starting state; throws {@link SimInputException} for an invalid setup. */
    public static PumpSimulator create(SimulationSetup setup) {
        return new PumpSimulator(setup);
    }

    /**
     * Builds the pump a plan describes, with its timeline queued and its faults armed at time 0.
     * Throws {@link SimInputException} naming the fault when the plan holds one the pump refuses.
     */
    public static PumpSimulator create(RunPlan plan) {
        PumpSimulator sim = new PumpSimulator(plan.setup());
        for (TimedCommand c : plan.timeline()) {
            sim.schedule(c.atUs(), c.command());
        }
        for (FaultSpec f : plan.faults()) {
            CommandResult armed = sim.armFault(f);
            if (!armed.accepted()) {
                throw new SimInputException(armed.refusal(), "faults." + f.name(), armed.reason());
            }
        }
        return sim;
    }

    public void setSink(SimulationSink sink) {
        this.sink = sink == null ? SimulationSink.NONE : sink;
    }

    /** Turns skipping of quiet stretches on or off; results are identical either way. */
    public void setFastForward(boolean on) {
        this.fastForward = on;
    }

    /**
     * With fast-forward on, whether runs of whole strokes are taken in one go (the default) or each
     * stroke is stepped tick by tick and only the idle ticks between strokes are skipped; results
     * are identical either way (the second is the reference the first is tested against over years).
     */
    public void setWholeStrokeLeaps(boolean on) {
        this.wholeStrokes = on;
    }

    /** Breaks the fast-forward over whole strokes on purpose: for the test that shows breakage is caught. */
    void mutateWholeStrokeLeaps(LeapMutation mutation) {
        strokeLeap.mutate(mutation);
    }

    /** Hands a status sample to the sink every {@code intervalUs} of sim time; 0 for none. */
    public void setSampleIntervalUs(long intervalUs) {
        if (intervalUs < 0 || intervalUs % tickUs != 0) {
            throw new SimInputException(
                    "sample_interval",
                    "expected a non-negative multiple of the tick (" + tickUs + " us), got " + intervalUs);
        }
        this.sampleIntervalUs = intervalUs;
    }

    /** Queues a command for the first tick at or after {@code dueUs} (now, if already past). */
    public void schedule(long dueUs, PumpCommand command) {
        if (command == null) {
            throw new SimInputException("command", "missing");
        }
        queue.add(Math.max(dueUs, nowUs), command);
    }

    /**
     * Applies a command at the current tick boundary, before the next tick runs, and records it in
     * the input log with this tick, as if it had been scheduled for now. For a host that answers a
     * client's request with the pump's verdict.
     */
    public CommandResult applyNow(PumpCommand command) {
        if (command == null) {
            throw new SimInputException(Refusal.INVALID, "command", "missing");
        }
        queue.add(nowUs, command);
        ScheduledCommand c = null;
        while (queue.nextDueUs() <= nowUs) {
            c = applyNext();
        }
        return c.result();
    }

    private ScheduledCommand applyNext() {
        ScheduledCommand c = queue.poll();
        ScheduledCommand done = c.applied(ticks, nowUs, procedures.apply(c.command(), nowUs));
        applied.addLast(done);
        appliedCount++;
        if (applied.size() > historyLimit) {
            applied.removeFirst();
        }
        return done;
    }

    /**
     * Keeps at most {@code limit} applied commands in memory from now on, the newest; a pump host
     * that runs for months sets this and keeps the whole input log in its journal instead. The
     * history is no part of the state hash, so the limit changes no result.
     */
    public void setInputHistoryLimit(int limit) {
        if (limit < 0) {
            throw new SimInputException("input_history_limit", "must not be negative, got " + limit);
        }
        this.historyLimit = limit;
        while (applied.size() > historyLimit) {
            applied.removeFirst();
        }
    }

    /** Commands applied since the run began, including those no longer kept in memory. */
    public long appliedCount() {
        return appliedCount;
    }

    /**
     * What an interrogation would read now, without its effects (nothing logged, no alarm
     * acknowledged or cleared, no battery charge): the read of a passive observer.
     */
    public io.itddsim.sim.firmware.InterrogationReport passiveReport() {
        return firmware.readReport(nowUs);
    }

    /** The answer a patient's bolus would get now, without giving it or logging anything. */
    public CommandResult checkPatientBolus() {
        return firmware.checkPatientBolus(nowUs);
    }

    /** Runs until sim time reaches {@code endUs} (rounded up to a tick boundary). */
    public void runUntil(long endUs) {
        while (nowUs < endUs) {
            if (fastForward) {
                long leapt = wholeStrokes && strokeLeap.canStart(nowUs)
                        ? strokeLeap.leap(nowUs, nextInputOrOutputUs(endUs))
                        : 0;
                if (leapt > 0) {
                    nowUs += leapt * tickUs;
                    ticks += leapt;
                    continue;
                }
                long quiet = quietTicks(endUs);
                if (quiet > 0) {
                    skipQuiet(quiet);
                    continue;
                }
            }
            tick();
        }
    }

    /** Advances exactly {@code n} ticks (lockstep). */
    public void step(long n) {
        if (n < 0) {
            throw new SimInputException("ticks", "must not be negative, got " + n);
        }
        runUntil(Math.addExact(nowUs, Math.multiplyExact(n, tickUs)));
    }

    /** One tick, in the order DESIGN.md sets. */
    public void tick() {
        while (queue.nextDueUs() <= nowUs) { // 1. inputs
            applyNext();
        }
        faults.beforeTick(nowUs); // 1. inputs: fault transitions due
        firmware.control(nowUs); // 2. firmware control
        plant.step(nowUs); // 3. plant
        if (patient != null && (nowUs + tickUs) % patient.gridUs() == 0) {
            patient.advance(nowUs + tickUs, plant.ledger().intrathecalPg()); // 3b. the patient, at its grid instant
        }
        firmware.sense(nowUs); // 4. firmware sensing
        if (sampleIntervalUs > 0 && nowUs % sampleIntervalUs == 0) {
            sink.onSample(status()); // 6. output (events go as logged)
        }
        nowUs += tickUs;
        ticks++;
        ticksStepped++;
    }

    /** Ticks from now on that are certainly quiet: nothing due, motor idle, no sample. */
    private long quietTicks(long endUs) {
        long q = firmware.quietTicks(nowUs);
        if (q == 0) {
            return 0; // most stepped ticks (a stroke under way): spare the divisions below
        }
        q = Math.min(q, ticksUntil(queue.nextDueUs()));
        q = Math.min(
                q,
                ticksUntil(
                        strokeLeap.mutation() == LeapMutation.POLLS_ASSUMED_FALSE
                                ? faults.leapBoundUs()
                                : faults.idleBoundUs()));
        q = Math.min(q, ticksUntil(endUs));
        if (sampleIntervalUs > 0) {
            long into = nowUs % sampleIntervalUs;
            q = Math.min(q, into == 0 ? 0 : (sampleIntervalUs - into) / tickUs);
        }
        if (patient != null) {
            q = Math.min(q, ticksBeforePatientStep());
        }
        return q;
    }

    /**
     * When a command is next due, a sample next taken (now, if one is due now), the patient next
     * steps (the tick ending at its grid instant is stepped) or the run ends.
     */
    private long nextInputOrOutputUs(long endUs) {
        long t = Math.min(queue.nextDueUs(), endUs);
        if (sampleIntervalUs > 0) {
            long into = nowUs % sampleIntervalUs;
            t = Math.min(t, into == 0 ? nowUs : nowUs - into + sampleIntervalUs);
        }
        if (patient != null) {
            t = Math.min(t, nowUs + ticksBeforePatientStep() * tickUs);
        }
        return t;
    }

    /** Ticks from now before the one that ends at the patient's next grid instant (that one is stepped). */
    private long ticksBeforePatientStep() {
        long into = (nowUs + tickUs) % patient.gridUs();
        return into == 0 ? 0 : (patient.gridUs() - into) / tickUs;
    }

    /** Number of ticks starting now whose start time is before {@code timeUs}. */
    private long ticksUntil(long timeUs) {
        if (timeUs == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, -Math.floorDiv(-(timeUs - nowUs), tickUs));
    }

    private void skipQuiet(long n) {
        firmware.skipQuiet(n);
        plant.idle(n);
        nowUs += n * tickUs;
        ticks += n;
        faults.passPollsUntil(nowUs, tickUs);
    }

    /** SHA-256 over the full state: plant, firmware (with its event log), clock and queue. */
    public String stateHash() {
        StateDigest d = new StateDigest();
        d.section("clock").add(nowUs).add(ticks).add(queue.size()).add(queue.sequenceCounter());
        d.add(strokeGainStream);
        d.add(plant);
        d.add(firmware);
        d.add(faults); // adds nothing unless a fault was armed, so fault-free hashes are unchanged
        if (patient != null) {
            d.add(patient); // likewise: a run without a patient hashes as before patients existed
        }
        return d.hex();
    }

    // ---- fault injection (docs/FAULTS.md): inputs at the current tick boundary, recorded with it

    /**
     * Arms a fault at the current tick boundary. A bad spec (unknown or unsupported parameter, value
     * out of range, a name already in use, an impossible schedule) is refused with the field and the
     * reason, and changes nothing.
     */
    public CommandResult armFault(FaultSpec spec) {
        return faults.arm(spec, nowUs, ticks);
    }

    /** Names of the faults acting on the plant now (ground truth, for a bench's status display). */
    public List<String> activeFaultNames() {
        return faults.activeNames();
    }

    /** Ends the named fault now (an active occurrence stops; later ones are cancelled). */
    public CommandResult clearFault(String name) {
        return faults.clear(name, nowUs, ticks);
    }

    /** Every fault occurrence so far: ground truth, and what the firmware's event log made of it. */
    public List<FaultRecord> faultRecords() {
        return faults.records(events());
    }

    /** Fault arms and clears as applied, with their ticks and the pump's answers. */
    public List<FaultInput> faultInputs() {
        return faults.inputs();
    }

    // ---- read-only views

    /** The pump now, as everything outside the model sees it (belief and ground truth). */
    public PumpStatus status() {
        return StatusReader.read(this);
    }

    public SimulationSetup setup() {
        return setup;
    }

    public PumpProfile profile() {
        return setup.profile();
    }

    public long nowUs() {
        return nowUs;
    }
    /** Ticks elapsed, stepped or skipped. */
    public long ticks() {
        return ticks;
    }
    /** Ticks actually stepped one by one (the rest were skipped by fast-forward). */
    public long ticksStepped() {
        return ticksStepped;
    }

    public Plant plant() {
        return plant;
    }

    public Firmware firmware() {
        return firmware;
    }

    /** The patient downstream of the catheter tip; null for a run without one. */
    public Patient patient() {
        return patient;
    }

    /** Every change of the patient's clinical states so far, in order; empty without a patient. */
    public List<ClinicalTransition> patientTransitions() {
        return patient == null ? List.of() : patient.transitions();
    }

    public List<PumpEvent> events() {
        return firmware.eventLog().events();
    }
    /**
     * Commands applied so far, with their ticks and results, oldest first: the run's input log (the
     * newest {@link #setInputHistoryLimit} of them when a limit is set).
     */
    public List<ScheduledCommand> appliedCommands() {
        return List.copyOf(applied);
    }
}
