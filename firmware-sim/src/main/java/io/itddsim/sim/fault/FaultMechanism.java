package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateHashable;

/**
 * What a fault does to the plant. A mechanism changes plant parts only (never the firmware), and
 * changes them as deltas on top of whatever else acts on the same part, so two faults can overlap.
 * The injector calls these at tick boundaries, at instants that are the same whether or not quiet
 * ticks are skipped (so fast-forward stays invisible).
 *
 * <p>Mechanisms hold plain fields (no lambdas), and hash all of them.
 */
abstract class FaultMechanism implements StateHashable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** An occurrence begins. */
    abstract void start(long nowUs);

    /**
     * The occurrence ends: its {@code for} ran out, it ended by itself, or it was cleared. A
     * condition the fault imposes is lifted; damage a progressive fault has done stays.
     */
    abstract void stop(long nowUs);

    /** When the active mechanism next needs {@link #update}; {@code Long.MAX_VALUE} for never. */
    long nextUpdateUs(long nowUs) {
        return Long.MAX_VALUE;
    }

    /** Advances a progressive or patterned mechanism; called at or after {@link #nextUpdateUs}. */
    void update(long nowUs) {}

    /** When the current occurrence ends by itself; {@code Long.MAX_VALUE} when it does not. */
    long naturalEndUs() {
        return Long.MAX_VALUE;
    }
}
