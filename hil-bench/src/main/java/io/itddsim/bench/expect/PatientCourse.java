package io.itddsim.bench.expect;

import io.itddsim.sim.patient.ClinicalTransition;
import io.itddsim.sim.patient.Syndrome;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated patient's clinical course as the target reported it (docs/PATIENT.md): the grade of
 * every state the patient is followed for at the start of the run, and every change of grade after
 * it, in time order. Simulated ground truth; empty ({@link #NONE}) for a run without a patient or a
 * target that does not report it.
 *
 * @param atStart each followed state's grade at sim time 0
 * @param changes the grade changes, in time order
 */
public record PatientCourse(Map<Syndrome, Integer> atStart, List<ClinicalTransition> changes) {
    public static final PatientCourse NONE = new PatientCourse(Map.of(), List.of());
    public static final long NEVER = -1;

    public PatientCourse {
        Map<Syndrome, Integer> copy = new EnumMap<>(Syndrome.class);
        copy.putAll(atStart);
        atStart = Collections.unmodifiableMap(copy);
        changes = List.copyOf(changes);
    }

    /** Whether there is a patient in it. */
    public boolean present() {
        return !atStart.isEmpty();
    }

    /** The grade of {@code s} at {@code timeUs}, after every change at or before it. */
    public int gradeAt(Syndrome s, long timeUs) {
        int grade = atStart.getOrDefault(s, 0);
        for (ClinicalTransition c : changes) {
            if (c.timeUs() > timeUs) {
                break;
            }
            if (c.syndrome() == s) {
                grade = c.toGrade();
            }
        }
        return grade;
    }

    /** When the grade {@code s} has at {@code timeUs} began: its last change at or before then, or 0. */
    public long sinceAt(Syndrome s, long timeUs) {
        long since = 0;
        for (ClinicalTransition c : changes) {
            if (c.timeUs() > timeUs) {
                break;
            }
            if (c.syndrome() == s) {
                since = c.timeUs();
            }
        }
        return since;
    }

    /** The first time {@code s} was at {@code grade} or more, or {@link #NEVER}. */
    public long firstAtLeast(Syndrome s, int grade) {
        if (atStart.getOrDefault(s, 0) >= grade) {
            return 0;
        }
        for (ClinicalTransition c : changes) {
            if (c.syndrome() == s && c.toGrade() >= grade) {
                return c.timeUs();
            }
        }
        return NEVER;
    }
}
