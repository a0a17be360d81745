package io.itddsim.sim.engine;

/** Test access to {@link PumpSimulator}'s deliberate breakage of the fast-forward (mutation tests only). */
public final class LeapMutations {
    private LeapMutations() {}

    /** Breaks the fast-forward over whole strokes of {@code sim} as {@code mutation} says. */
    public static PumpSimulator broken(PumpSimulator sim, LeapMutation mutation) {
        sim.mutateWholeStrokeLeaps(mutation);
        return sim;
    }
}
