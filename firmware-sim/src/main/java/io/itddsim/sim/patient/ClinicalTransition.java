package io.itddsim.sim.patient;

/**
 * A clinical state changing grade at a patient grid instant: onset ({@code fromGrade} 0), worsening,
 * easing or resolution ({@code toGrade} 0). Ground truth of a simulated patient.
 */
public record ClinicalTransition(long timeUs, Syndrome syndrome, int fromGrade, int toGrade)
        implements java.io.Serializable {
    /** True for the onset of the state: from absent to any grade. */
    public boolean onset() {
        return fromGrade == 0 && toGrade > 0;
    }
}
