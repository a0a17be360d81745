package io.itddsim.sim.plant;

/**
 * How a run of whole strokes under a fault load is applied in one go (the fast-forward, docs/MODEL.md
 * "Whole strokes"; {@link Plant#loadedRun}).
 */
public enum LoadedRun {
    /** Not in one go: the strokes are stepped. */
    NONE,
    /** Steps none of which turns the shaft (while the firmware has declared a stall). */
    MISSING,
    /** Steps that all turn the shaft, on an open path: sound, leaking or disconnected. */
    MOVING,
    /** Steps that all turn the shaft against an obstruction: each stroke fills the wall it drained. */
    FILLING
}
