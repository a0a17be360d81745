package io.itddsim.sim.firmware;

/** Kinds of bolus the clinician can give over the basal therapy. */
public enum BolusKind {
    /** A one-off extra dose; the pump returns to its therapy afterwards. */
    SINGLE(InfusionMode.SINGLE_BOLUS),
    /** Fills pump tubing and catheter after implant or catheter revision. */
    PRIMING(InfusionMode.PRIMING_BOLUS),
    /** After a concentration change: pushes the old drug left in the catheter at the old rate. */
    BRIDGE(InfusionMode.BRIDGE_BOLUS),
    /** Asked for by the patient with the personal therapy manager, within the clinician's limits. */
    PATIENT(InfusionMode.PATIENT_BOLUS);

    private final InfusionMode mode;

    BolusKind(InfusionMode mode) {
        this.mode = mode;
    }

    public InfusionMode mode() {
        return mode;
    }
}
