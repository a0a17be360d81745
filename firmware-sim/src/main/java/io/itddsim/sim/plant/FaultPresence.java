package io.itddsim.sim.plant;

/**
 * How many plant parts a fault currently changes in a way the motor step must know about (the
 * motor, the battery, the flow path). The parts report their own changes, so it cannot go stale;
 * the motor step reads one field to choose between the plain step and the fault-aware one.
 * Derived from state the parts hash themselves, so not hashed.
 */
final class FaultPresence implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private int faultedParts;

    /** A part's fault state went from {@code was} to {@code now}. */
    void changed(boolean was, boolean now) {
        if (was != now) {
            faultedParts += now ? 1 : -1;
        }
    }

    boolean any() {
        return faultedParts != 0;
    }
}
