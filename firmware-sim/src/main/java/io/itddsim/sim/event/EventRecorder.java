package io.itddsim.sim.event;

/** Where the firmware persists each event as it is logged (its non-volatile memory). */
public interface EventRecorder {
    EventRecorder NONE = e -> {};

    void record(PumpEvent event);
}
