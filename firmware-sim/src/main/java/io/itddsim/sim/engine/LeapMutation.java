package io.itddsim.sim.engine;

/**
 * Deliberate breakages of the fast-forward over whole strokes (and the idle stretches between
 * them), one guard or carry each, for the
 * mutation test that shows the fast-forward equivalence property fails when the closed form is
 * wrong (so that its passing means something). A real run never sets one.
 */
public enum LeapMutation {
    /** The closed form as it should be. */
    NONE,
    /** Takes one stroke past the reservoir estimate's low or empty level (the alarm comes a stroke late). */
    PAST_RESERVOIR_LEVEL,
    /** Does not check that every step still turns the shaft (a stall or brown-out coming mid-run is missed). */
    STEPS_ASSUMED_TO_MOVE,
    /** Does not check a fault's threshold condition at the polls a run (or an idle stretch) passes. */
    POLLS_ASSUMED_FALSE,
    /** Drains the battery's quiescent current for one tick more than the run lasts. */
    DRAIN_ONE_TICK_LONG,
    /** Ends a run cut short by a stroke one tick after that stroke fell due, so it starts a tick late. */
    NEXT_STROKE_LATE
}
