package io.itddsim.sim.patient;

/**
 * One clinical state of the patient now: its grade (0 = absent) and the sim time it took that
 * grade (0 when it has held since the run began).
 */
public record ClinicalState(Syndrome syndrome, int grade, long sinceUs) {
    /** What the grade looks like at the bedside. */
    public String signs() {
        return syndrome.signs(grade);
    }

    public boolean present() {
        return grade > 0;
    }
}
