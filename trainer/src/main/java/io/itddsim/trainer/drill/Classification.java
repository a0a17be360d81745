package io.itddsim.trainer.drill;

/**
 * The answers of the vignettes' question "overdose, withdrawal, or neither?": what the simulated
 * patient's signs at the drill's moment stand for (docs/PATIENT.md, "Clinical states"). The
 * labels are what the trainee reads.
 */
public enum Classification {
    OVERDOSE("Overdose: too much drug"),
    WITHDRAWAL("Withdrawal: too little drug"),
    NEITHER("Neither: no sign of overdose or withdrawal");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
