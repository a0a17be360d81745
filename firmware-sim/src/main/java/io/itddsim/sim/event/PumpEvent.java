package io.itddsim.sim.event;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.hash.StateHashable;

/**
 * One entry of the pump's event log.
 *
 * @param timeUs sim time the firmware logged it
 * @param type   what happened
 * @param value  a number whose meaning depends on the type (see {@link EventType})
 * @param detail human-readable detail, empty when there is none
 */
public record PumpEvent(long timeUs, EventType type, long value, String detail)
        implements StateHashable, java.io.Serializable {
    public PumpEvent {
        detail = detail == null ? "" : detail;
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(timeUs).add(type.name()).add(value).add(detail);
    }
}
