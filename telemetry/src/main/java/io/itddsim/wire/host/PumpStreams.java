package io.itddsim.wire.host;

import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.EventLogEntry;
import io.itddsim.proto.v1.StatusSample;

/**
 * Where the pump host hands what the pump produces, on the sim thread. Implementations must not
 * block or do I/O here: the sim loop never waits for a client.
 */
public interface PumpStreams {

    PumpStreams NONE = new PumpStreams() {};

    /** Whether anyone wants status samples now; when nobody does, the host builds none. */
    default boolean wantsStatus() {
        return false;
    }

    default void status(long simTimeUs, StatusSample sample) {}

    default void logEvent(long simTimeUs, EventLogEntry entry) {}

    default void alarm(long simTimeUs, AlarmEvent event) {}
}
