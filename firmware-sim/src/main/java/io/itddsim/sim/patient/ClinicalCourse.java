package io.itddsim.sim.patient;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The patient's clinical states over time: each followed state's grade now and since when, and
 * every change of grade with its time, in order. Like the pump's event log, the history is part
 * of the state.
 */
final class ClinicalCourse implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Syndrome> followed;
    private final int[] grades;
    private final long[] sinceUs;
    private final List<ClinicalTransition> transitions = new ArrayList<>();

    /** Starts with {@code initialGrades} (in the order of {@code followed}), held since time 0. */
    ClinicalCourse(List<Syndrome> followed, int[] initialGrades) {
        this.followed = List.copyOf(followed);
        this.grades = initialGrades.clone();
        this.sinceUs = new long[followed.size()];
    }

    /** Records the grades at grid instant {@code timeUs}, with a transition for each that changed. */
    void update(long timeUs, int[] newGrades) {
        for (int i = 0; i < grades.length; i++) {
            if (newGrades[i] != grades[i]) {
                transitions.add(new ClinicalTransition(timeUs, followed.get(i), grades[i], newGrades[i]));
                grades[i] = newGrades[i];
                sinceUs[i] = timeUs;
            }
        }
    }

    List<Syndrome> followed() {
        return followed;
    }

    List<ClinicalState> states() {
        List<ClinicalState> states = new ArrayList<>(grades.length);
        for (int i = 0; i < grades.length; i++) {
            states.add(new ClinicalState(followed.get(i), grades[i], sinceUs[i]));
        }
        return states;
    }

    List<ClinicalTransition> transitions() {
        return Collections.unmodifiableList(transitions);
    }

    @Override
    public void hashInto(StateDigest d) {
        d.section("patient.course");
        for (int i = 0; i < grades.length; i++) {
            d.add(grades[i]).add(sinceUs[i]);
        }
        d.add(transitions.size());
        for (ClinicalTransition t : transitions) {
            d.add(t.timeUs()).add(t.syndrome().ordinal()).add(t.fromGrade()).add(t.toGrade());
        }
    }
}
