package io.itddsim.sim.engine;

import io.itddsim.sim.alarm.AlarmListener;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.status.PumpStatus;

/**
 * Where the loop hands what it produces (tick phase 6): events as they are logged, with their
 * index in the log; status samples at the sampling interval; and (as an {@link AlarmListener})
 * alarm changes and tones. Everything handed over is an immutable value: implementations live
 * outside the model (telemetry, reports) and never see the live simulator.
 */
public interface SimulationSink extends AlarmListener {
    SimulationSink NONE = new SimulationSink() {};

    /** An event was logged; {@code index} is its place in the log, counting from 0. */
    default void onEvent(long index, PumpEvent event) {}

    /** The pump at a sampling instant. */
    default void onSample(PumpStatus status) {}
}
