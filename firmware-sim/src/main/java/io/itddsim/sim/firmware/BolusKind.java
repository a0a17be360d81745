package io.itddsim.sim.firmware;

/** Kinds of bolus the clinician can give over the basal therapy. */
public enum BolusKind {
    /** A one-off extra dose; the pump returns to its therapy afterwards. */
    SINGLE(InfusionMode.SINGLE_BOLUS),
    /** Fills pump tubing and catheter after implant or catheter revision. */
    PRIMING(InfusionMode.PRIMING_BOLUS);

    private final InfusionMode mode;

    BolusKind(InfusionMode mode) {
        this.mode = mode;
    }

    public InfusionMode mode() {
        return mode;
    }
}
