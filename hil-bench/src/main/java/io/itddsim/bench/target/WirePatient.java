package io.itddsim.bench.target;

import io.itddsim.bench.expect.PatientCourse;
import io.itddsim.sim.patient.ClinicalState;
import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.PatientStatus;
import io.itddsim.sim.patient.Syndrome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated patient as a pump streamed it in its status samples (bench sessions of a pump that
 * reports ground truth), and its clinical course rebuilt from them. The wire has no stream of grade
 * changes, but every sample says since when each state has held its grade, so a change between two
 * samples is known to the exact grid instant; a state that moved through more than one grade between
 * two samples shows only its last change, and the samples' change count tells how many were missed.
 */
final class WirePatient {
    private final TreeMap<Long, PatientStatus> samples = new TreeMap<>();
    private final long offsetUs;

    /** @param offsetUs the pump's sim time when the scenario's time 0 began */
    WirePatient(long offsetUs) {
        this.offsetUs = offsetUs;
    }

    void accept(long timeUs, PatientStatus patient) {
        samples.put(timeUs, patient);
    }

    /** Whether every one of the run's {@code sampleCount} status samples carried the patient. */
    boolean complete(int sampleCount) {
        return sampleCount > 0 && samples.size() == sampleCount;
    }

    /** Anything a reader of the report should know about the patient's course. */
    List<String> notes(int sampleCount) {
        List<String> notes = new ArrayList<>();
        if (!samples.isEmpty() && samples.size() < sampleCount) {
            notes.add((sampleCount - samples.size()) + " of " + sampleCount
                    + " status samples carried no patient, so the patient was left out");
        }
        long missed = missedChanges();
        if (complete(sampleCount) && missed > 0) {
            notes.add(missed + " changes of the patient's clinical states fell between two status samples and"
                    + " show only as the last change there; sample more finely (bench.sample_every) to see them");
        }
        return notes;
    }

    /** The course: the states at the first sample, then each change of grade at its since-time. */
    PatientCourse course(int sampleCount) {
        if (!complete(sampleCount)) {
            return PatientCourse.NONE;
        }
        Map<Syndrome, Integer> atStart = new EnumMap<>(Syndrome.class);
        for (ClinicalState s : samples.firstEntry().getValue().states()) {
            atStart.put(s.syndrome(), s.grade());
        }
        List<ClinicalTransition> changes = new ArrayList<>();
        forEachPair((prevUs, prev, nowUs, now) -> {
            for (ClinicalState s : now.states()) {
                int before = prev.grade(s.syndrome());
                if (s.grade() != before) {
                    // the since-time lies in (prev, now]; kept there should a pump report it otherwise
                    long at = Math.max(prevUs + 1, Math.min(nowUs, s.sinceUs() - offsetUs));
                    changes.add(new ClinicalTransition(at, s.syndrome(), before, s.grade()));
                }
            }
        });
        changes.sort(Comparator.comparingLong(ClinicalTransition::timeUs));
        return new PatientCourse(atStart, changes);
    }

    private long missedChanges() {
        long[] missed = {0};
        forEachPair((prevUs, prev, nowUs, now) -> {
            long seen = now.states().stream()
                    .filter(s -> s.grade() != prev.grade(s.syndrome()))
                    .count();
            missed[0] += Math.max(0, now.transitionCount() - prev.transitionCount() - seen);
        });
        return missed[0];
    }

    private interface PairVisitor {
        void visit(long prevUs, PatientStatus prev, long nowUs, PatientStatus now);
    }

    private void forEachPair(PairVisitor visitor) {
        Map.Entry<Long, PatientStatus> prev = null;
        for (Map.Entry<Long, PatientStatus> e : samples.entrySet()) {
            if (prev != null) {
                visitor.visit(prev.getKey(), prev.getValue(), e.getKey(), e.getValue());
            }
            prev = e;
        }
    }
}
