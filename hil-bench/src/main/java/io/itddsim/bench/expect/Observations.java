package io.itddsim.bench.expect;

import java.util.List;
import java.util.Set;

/**
 * Everything a run produced that expectations are checked against, in sim time, whatever the
 * target: status samples on a fixed grid, the numbered event log, alarm changes and tones, refill
 * checks, fault windows, the pump's answers to the timeline and, with a patient, its clinical
 * course. Immutable.
 *
 * @param target           the target as the user named it ("embedded", "tcp://...")
 * @param durationUs       how long the run lasted, sim time
 * @param sampleIntervalUs status samples were taken every this much sim time, from 0
 * @param observable       the signals this target reports in its samples
 * @param samples          in time order
 * @param events           in log order
 * @param alarms           in time order
 * @param soundings        tone patterns played, in time order
 * @param refills          the refill checks, in time order
 * @param faults           the fault occurrences, in the order they began
 * @param commands         the timeline commands sent and the pump's answers
 * @param patient          the simulated patient's clinical course, or {@link PatientCourse#NONE}
 *                         when the run has no patient or the target does not report it
 * @param notes            anything a reader of the report should know about the run (a lost
 *                         sample, a target that changed the sampling)
 */
public record Observations(
        String target,
        long durationUs,
        long sampleIntervalUs,
        Set<Signal> observable,
        List<Sample> samples,
        List<ObservedEvent> events,
        List<AlarmChange> alarms,
        List<Sounding> soundings,
        List<RefillObservation> refills,
        List<FaultWindow> faults,
        List<CommandOutcome> commands,
        PatientCourse patient,
        List<String> notes) {
    public Observations {
        observable = Set.copyOf(observable);
        samples = List.copyOf(samples);
        events = List.copyOf(events);
        alarms = List.copyOf(alarms);
        soundings = List.copyOf(soundings);
        refills = List.copyOf(refills);
        faults = List.copyOf(faults);
        commands = List.copyOf(commands);
        patient = patient == null ? PatientCourse.NONE : patient;
        notes = List.copyOf(notes);
    }

    public boolean observes(Signal s) {
        return observable.contains(s);
    }

    /** Why {@code s} cannot be checked on this target. */
    public String whyNotObservable(Signal s) {
        if (s.patient()) {
            return s.key() + " is the simulated patient's (ground truth), which " + target + " does not report";
        }
        return s.groundTruth()
                ? s.key() + " is ground truth, which " + target + " does not report"
                : s.key() + " is not in the status samples " + target + " sends";
    }

    /** The first occurrence of the named fault, or null. */
    public FaultWindow fault(String name) {
        for (FaultWindow f : faults) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
