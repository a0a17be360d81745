package io.itddsim.sim.engine;

import io.itddsim.sim.alarm.AlarmListener;
import io.itddsim.sim.event.PumpEvent;

/**
 * Where the loop hands what it produces (tick phase 6): events as they are logged, and status
 * samples at the sampling interval, and (as an {@link AlarmListener}) alarm changes and tones. Implementations live outside the model (telemetry, reports);
 * the model itself does no I/O.
 */
public interface SimulationSink extends AlarmListener {
    SimulationSink NONE = new SimulationSink() { };

    default void onEvent(PumpEvent event) { }

    /** Called at each sampling instant with the live simulator; read it, do not keep it. */
    default void onSample(PumpSimulator status) { }
}
