package io.itddsim.sim.event;

/** Where the firmware persists each event as it is logged (its non-volatile memory). */
public interface EventRecorder {
    EventRecorder NONE = e -> {};

    void record(PumpEvent event);

    /**
     * Writes {@code event} over the newest record, keeping its place (a count that grew). The
     * default records it as a new one, for recorders that cannot rewrite.
     */
    default void rewriteNewest(PumpEvent event) {
        record(event);
    }
}
