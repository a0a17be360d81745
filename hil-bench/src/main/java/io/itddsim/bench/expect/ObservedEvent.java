package io.itddsim.bench.expect;

import io.itddsim.sim.event.PumpEvent;

/**
 * An entry of the pump's event log as the bench received it.
 *
 * @param index its place in the log, from 0
 * @param event what was logged, when
 */
public record ObservedEvent(long index, PumpEvent event) {
    public long timeUs() {
        return event.timeUs();
    }
}
