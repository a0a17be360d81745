package io.itddsim.bench.target;

import io.itddsim.bench.expect.AlarmChange;
import io.itddsim.bench.expect.CommandOutcome;
import io.itddsim.bench.expect.FaultWindow;
import io.itddsim.bench.expect.Observations;
import io.itddsim.bench.expect.ObservedEvent;
import io.itddsim.bench.expect.RefillObservation;
import io.itddsim.bench.expect.Sample;
import io.itddsim.bench.expect.Signal;
import io.itddsim.bench.expect.Sounding;
import io.itddsim.bench.expect.StatusSignals;
import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.EventCode;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.fault.FaultSpec;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.status.BatteryIndicator;
import io.itddsim.sim.status.MotorState;
import io.itddsim.wire.mapping.AlarmMapping;
import io.itddsim.wire.mapping.EventMapping;
import io.itddsim.wire.mapping.PatientSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a pump streamed to the bench (status samples, log events, alarm events), turned into the
 * bench's {@link Observations}. Only what the wire carries is observable: the firmware's belief
 * always, the plant's ground truth (intrathecal, elsewhere, reservoir actual, active faults) and the
 * simulated patient (sent to bench sessions) only from a pump that says it reports ground truth. Times are shifted by an offset when the bench joined a
 * pump already running.
 */
final class WireObservations {
    /** Wire event codes back to the model's event types (a patient's bolus has its own code). */
    private static final Map<EventCode, EventType> EVENT_TYPES = new EnumMap<>(EventCode.class);

    static {
        for (EventType t : EventType.values()) {
            EventCode code = EventMapping.code(t);
            if (code != EventCode.EVENT_CODE_UNSPECIFIED) {
                EVENT_TYPES.putIfAbsent(code, t);
            }
        }
        EVENT_TYPES.put(EventCode.EVENT_CODE_PTM_BOLUS_STARTED, EventType.BOLUS_STARTED);
    }

    private final TreeMap<Long, Sample> samples = new TreeMap<>();
    private final TreeMap<Long, ObservedEvent> events = new TreeMap<>();
    private final List<AlarmChange> alarms = new ArrayList<>();
    private final List<Sounding> soundings = new ArrayList<>();
    private final TreeMap<Long, List<String>> activeFaults = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final boolean groundTruth;
    private final long offsetUs;
    private final WirePatient patient;
    private int unknownEvents;

    /**
     * @param groundTruth whether the pump's samples carry ground truth
     * @param offsetUs    the pump's sim time when the scenario's time 0 began
     */
    WireObservations(boolean groundTruth, long offsetUs) {
        this.groundTruth = groundTruth;
        this.offsetUs = offsetUs;
        this.patient = new WirePatient(offsetUs);
    }

    /** Takes one streamed envelope; anything else (replies, heartbeats) is ignored. */
    void accept(Envelope e) {
        long t = e.getSimTimeUs() - offsetUs;
        if (t < 0) {
            return; // from before this scenario began
        }
        switch (e.getBodyCase()) {
            case STATUS_SAMPLE -> sample(t, e.getStatusSample());
            case LOG_EVENT -> event(e.getLogEvent().getEntry());
            case ALARM_EVENT -> alarm(t, e.getAlarmEvent());
            default -> {}
        }
    }

    /** The latest status sample's time, or -1. */
    long lastSampleUs() {
        return samples.isEmpty() ? -1 : samples.lastKey();
    }

    boolean hasSampleAt(long timeUs) {
        return samples.containsKey(timeUs);
    }

    void note(String note) {
        notes.add(note);
    }

    private void sample(long t, StatusSample s) {
        Map<Signal, Long> v = new EnumMap<>(Signal.class);
        v.put(Signal.PROGRAMMED, s.getProgrammedNl());
        v.put(Signal.COMMANDED, s.getCommandedNl());
        v.put(Signal.STROKES, s.getMotorStrokes());
        v.put(Signal.RESERVOIR_ESTIMATE, s.getReservoirEstimateNl());
        v.put(Signal.MOTOR, (long) motor(s).ordinal());
        v.put(Signal.BATTERY_MEASURED, Integer.toUnsignedLong(s.getBatteryMv()));
        v.put(Signal.BATTERY, (long) battery(s).ordinal());
        if (groundTruth) {
            v.put(Signal.RESERVOIR_ACTUAL, s.getReservoirActualNl());
            v.put(Signal.INTRATHECAL, s.getIntrathecalNl());
            v.put(Signal.ELSEWHERE, s.getElsewhereNl());
            activeFaults.put(t, List.copyOf(s.getActiveFaultsList()));
            if (s.hasPatient()) {
                PatientStatus p = PatientSamples.status(s.getPatient());
                StatusSignals.putPatient(p, v);
                patient.accept(t, p);
            }
        }
        samples.put(t, Sample.of(t, v));
    }

    private static MotorState motor(StatusSample s) {
        return switch (s.getMotorState()) {
            case MOTOR_STATE_STALLED -> MotorState.STALLED;
            case MOTOR_STATE_DRIVING -> MotorState.DRIVING;
            default -> MotorState.IDLE;
        };
    }

    private static BatteryIndicator battery(StatusSample s) {
        return switch (s.getBatteryState()) {
            case BATTERY_STATE_EOS -> BatteryIndicator.EOS;
            case BATTERY_STATE_ERI -> BatteryIndicator.ERI;
            default -> BatteryIndicator.OK;
        };
    }

    private void event(EventLogEntry entry) {
        long t = entry.getSimTimeUs() - offsetUs;
        EventType type = EVENT_TYPES.get(entry.getCode());
        if (t < 0 || entry.getCorrupt()) {
            return;
        }
        if (type == null) {
            unknownEvents++;
            return;
        }
        events.put(
                entry.getIndex(),
                new ObservedEvent(entry.getIndex(), new PumpEvent(t, type, entry.getValue(), entry.getDetail())));
    }

    private void alarm(long t, AlarmEvent a) {
        AlarmType type = AlarmMapping.type(a.getCode());
        AlarmSeverity severity = switch (a.getSeverity()) {
            case ALARM_SEVERITY_CRITICAL -> AlarmSeverity.CRITICAL;
            default -> AlarmSeverity.NON_CRITICAL;
        };
        long raised = Math.max(0, a.getRaisedAtUs() - offsetUs);
        switch (a.getTransition()) {
            case ALARM_TRANSITION_TEST -> soundings.add(new Sounding(t, severity, List.of(), true));
            case ALARM_TRANSITION_ANNUNCIATED -> {
                if (type != null) {
                    soundings.add(new Sounding(t, type.severity(), List.of(type), false));
                }
            }
            case ALARM_TRANSITION_RAISED -> change(t, type, AlarmChange.Transition.RAISED, raised);
            case ALARM_TRANSITION_REACTIVATED -> change(t, type, AlarmChange.Transition.REACTIVATED, raised);
            case ALARM_TRANSITION_ACKNOWLEDGED -> change(t, type, AlarmChange.Transition.ACKNOWLEDGED, raised);
            case ALARM_TRANSITION_LATCHED -> change(t, type, AlarmChange.Transition.LATCHED, raised);
            case ALARM_TRANSITION_CLEARED -> change(t, type, AlarmChange.Transition.CLEARED, raised);
            default -> {}
        }
    }

    private void change(long t, AlarmType type, AlarmChange.Transition transition, long raisedUs) {
        if (type != null) {
            alarms.add(new AlarmChange(t, type, transition, raisedUs));
        }
    }

    /**
     * The observations of a run of {@code plan}: refill checks from the log (a clean one's
     * difference is not on the wire), fault windows from their schedules (the bench armed them)
     * and, where the pump reports ground truth, their ends from the samples' active faults.
     */
    Observations build(String target, RunPlan plan, long sampleIntervalUs, List<CommandOutcome> commands) {
        Set<Signal> observable = EnumSet.of(
                Signal.PROGRAMMED,
                Signal.COMMANDED,
                Signal.STROKES,
                Signal.RESERVOIR_ESTIMATE,
                Signal.MOTOR,
                Signal.BATTERY_MEASURED,
                Signal.BATTERY);
        if (groundTruth) {
            observable.addAll(EnumSet.of(Signal.RESERVOIR_ACTUAL, Signal.INTRATHECAL, Signal.ELSEWHERE));
        }
        boolean withPatient = patient.complete(samples.size());
        if (withPatient) {
            Arrays.stream(Signal.values()).filter(Signal::patient).forEach(observable::add);
        }
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(patient.notes(samples.size()));
        if (unknownEvents > 0) {
            allNotes.add(unknownEvents + " log entries had codes this bench does not know and were left out");
        }
        List<AlarmChange> sortedAlarms = new ArrayList<>(alarms);
        sortedAlarms.sort(Comparator.comparingLong(AlarmChange::timeUs));
        List<Sounding> sortedSoundings = new ArrayList<>(soundings);
        sortedSoundings.sort(Comparator.comparingLong(Sounding::timeUs));
        return new Observations(
                target,
                plan.durationUs(),
                sampleIntervalUs,
                observable,
                new ArrayList<>(samples.values()),
                new ArrayList<>(events.values()),
                sortedAlarms,
                sortedSoundings,
                refills(),
                faults(plan),
                commands,
                patient.course(samples.size()),
                allNotes);
    }

    private List<RefillObservation> refills() {
        List<RefillObservation> out = new ArrayList<>();
        for (ObservedEvent e : events.values()) {
            if (e.event().type() != EventType.REFILL) {
                continue;
            }
            ObservedEvent discrepancy = events.values().stream()
                    .filter(d -> d.event().type() == EventType.REFILL_DISCREPANCY && d.timeUs() == e.timeUs())
                    .findFirst()
                    .orElse(null);
            out.add(new RefillObservation(
                    e.timeUs(),
                    discrepancy != null,
                    discrepancy != null ? discrepancy.event().value() : RefillObservation.UNKNOWN));
        }
        return out;
    }

    private List<FaultWindow> faults(RunPlan plan) {
        long tickUs = plan.setup().profile().tickUs();
        List<FaultWindow> out = new ArrayList<>();
        for (FaultSpec f : plan.faults()) {
            long from = -Math.floorDiv(-f.schedule().atUs(), tickUs) * tickUs;
            if (from >= plan.durationUs()) {
                continue;
            }
            long to;
            if (f.schedule().forUs() > 0) {
                long end = from + f.schedule().forUs();
                to = end < plan.durationUs() ? end : FaultWindow.OPEN;
            } else if (groundTruth) {
                to = endFromSamples(f.name(), from);
            } else {
                to = FaultWindow.UNKNOWN;
            }
            out.add(new FaultWindow(f.name(), f.kind(), 0, from, to));
        }
        out.sort(Comparator.comparingLong(FaultWindow::fromUs));
        return out;
    }

    /** The first sample after the start that no longer lists the fault, or OPEN if none. */
    private long endFromSamples(String name, long fromUs) {
        boolean seen = false;
        for (Map.Entry<Long, List<String>> e :
                activeFaults.tailMap(fromUs, true).entrySet()) {
            boolean active = e.getValue().contains(name);
            seen |= active;
            if (seen && !active) {
                return e.getKey();
            }
        }
        return FaultWindow.OPEN;
    }
}
