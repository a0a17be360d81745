package io.itddsim.bench.run;

import io.itddsim.bench.expect.AlarmChange;
import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.CommandOutcome;
import io.itddsim.bench.expect.FaultWindow;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.ObservedEvent;
import io.itddsim.bench.expect.PatientCourse;
import io.itddsim.bench.expect.RefillObservation;
import io.itddsim.bench.expect.Sample;
import io.itddsim.bench.expect.Signal;
import io.itddsim.bench.expect.Sounding;
import io.itddsim.bench.expect.StatusSignals;
import io.itddsim.sim.SimInputException;
import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.alarm.Annunciation;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.ScheduledCommand;
import io.itddsim.sim.engine.SimulationSink;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultRecord;
import io.itddsim.sim.firmware.RefillCheck;
import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import io.itddsim.sim.status.PumpStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-process emulator: the scenario's plan on a {@link PumpSimulator}, sampled on the
 * scenario's grid. It observes everything, ground truth and the patient included, and its fault
 * windows, refill checks and the patient's clinical course are exact (the model's own records).
 */
public final class EmbeddedTarget implements Target {
    public static final String NAME = "embedded";
    /** Chunks per run for the progress listener; chunking does not change the run. */
    private static final int CHUNKS = 200;

    @Override
    public String describe() {
        return NAME;
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public Observations run(BenchScenario scenario, ProgressListener progress) throws TargetException {
        RunPlan plan = scenario.plan();
        PumpSimulator sim;
        try {
            sim = PumpSimulator.create(plan);
            sim.setSampleIntervalUs(scenario.sampleIntervalUs());
        } catch (SimInputException e) {
            throw new TargetException("the emulator refused the scenario: " + e.getMessage(), e);
        }
        Collector out = new Collector();
        sim.setSink(out);
        long total = plan.durationUs();
        for (int i = 1; i <= CHUNKS; i++) {
            sim.runUntil(total / CHUNKS * i + (i == CHUNKS ? total % CHUNKS : 0));
            progress.progress(sim.nowUs(), total);
        }
        progress.finished();
        Set<Signal> observable = EnumSet.allOf(Signal.class);
        if (sim.patient() == null) {
            observable.removeIf(Signal::patient);
        }
        return new Observations(
                NAME,
                total,
                scenario.sampleIntervalUs(),
                observable,
                out.samples,
                out.events,
                out.alarms,
                out.soundings,
                refills(sim.firmware().refillChecks()),
                faults(sim.faultRecords()),
                commands(sim.appliedCommands()),
                out.patientCourse(sim.patientTransitions()),
                List.of());
    }

    private static List<RefillObservation> refills(List<RefillCheck> checks) {
        List<RefillObservation> out = new ArrayList<>();
        for (RefillCheck c : checks) {
            out.add(new RefillObservation(c.timeUs(), c.flagged(), c.differenceNl()));
        }
        return out;
    }

    private static List<FaultWindow> faults(List<FaultRecord> records) {
        List<FaultWindow> out = new ArrayList<>();
        for (FaultRecord r : records) {
            out.add(new FaultWindow(
                    r.name(),
                    r.kind(),
                    r.occurrence(),
                    r.activeFromUs(),
                    r.ended() ? r.activeToUs() : FaultWindow.OPEN));
        }
        return out;
    }

    /** The plan's timeline is queued first, so a command's sequence number is its timeline index. */
    private static List<CommandOutcome> commands(List<ScheduledCommand> applied) {
        List<CommandOutcome> out = new ArrayList<>();
        for (ScheduledCommand c : applied) {
            out.add(new CommandOutcome(
                    (int) c.sequence(),
                    c.appliedUs(),
                    c.command().name(),
                    c.result().accepted(),
                    c.result().accepted() ? "" : c.result().reason()));
        }
        return out;
    }

    /** Keeps what the model hands its sink, as the bench's observations. */
    private static final class Collector implements SimulationSink {
        final List<Sample> samples = new ArrayList<>();
        final List<ObservedEvent> events = new ArrayList<>();
        final List<AlarmChange> alarms = new ArrayList<>();
        final List<Sounding> soundings = new ArrayList<>();

        /** The patient's states at the first sample (time 0), or null. */
        PatientStatus patientAtStart;

        @Override
        public void onSample(PumpStatus status) {
            samples.add(StatusSignals.sample(status));
            if (patientAtStart == null && status.patient().isPresent()) {
                patientAtStart = status.patient().get();
            }
        }

        /** The patient's exact course: its states at the start and the model's own record of every change. */
        PatientCourse patientCourse(List<ClinicalTransition> transitions) {
            if (patientAtStart == null) {
                return PatientCourse.NONE;
            }
            Map<Syndrome, Integer> atStart = new EnumMap<>(Syndrome.class);
            for (ClinicalState s : patientAtStart.states()) {
                atStart.put(s.syndrome(), s.grade());
            }
            return new PatientCourse(atStart, transitions);
        }

        @Override
        public void onEvent(long index, PumpEvent event) {
            events.add(new ObservedEvent(index, event));
        }

        @Override
        public void onAlarm(long timeUs, AlarmType type, AlarmState state, long raisedUs) {
            alarms.add(new AlarmChange(timeUs, type, transition(timeUs, state, raisedUs), raisedUs));
        }

        @Override
        public void onAnnunciation(Annunciation a) {
            soundings.add(new Sounding(a.timeUs(), a.pattern().severity(), a.alarms(), a.test()));
        }

        /** As the wire names it: ACTIVE is a raise on the tick it was raised, a reactivation later. */
        static AlarmChange.Transition transition(long timeUs, AlarmState state, long raisedUs) {
            return switch (state) {
                case ACTIVE -> timeUs == raisedUs ? AlarmChange.Transition.RAISED : AlarmChange.Transition.REACTIVATED;
                case LATCHED -> AlarmChange.Transition.LATCHED;
                case ACKNOWLEDGED -> AlarmChange.Transition.ACKNOWLEDGED;
                case CLEARED -> AlarmChange.Transition.CLEARED;
            };
        }
    }
}
