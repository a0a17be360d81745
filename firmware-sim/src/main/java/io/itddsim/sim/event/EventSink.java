package io.itddsim.sim.event;

/** Receives each event as the firmware logs it (for telemetry, reports; no I/O in the model). */
@FunctionalInterface
public interface EventSink {
    EventSink NONE = e -> {};

    void onEvent(PumpEvent event);
}
