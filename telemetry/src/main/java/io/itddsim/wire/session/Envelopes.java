package io.itddsim.wire.session;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.PaceMode;
import java.time.Instant;

/** Starts the envelopes a pump sends: sim time always, wall time unless in lockstep. */
public final class Envelopes {

    private Envelopes() {}

    /**
     * Lockstep runs leave the wall time 0 so that what a pump sends depends on its inputs only
     * and a recording replays bit for bit.
     */
    public static Envelope.Builder stamped(long simTimeUs, PaceMode pace) {
        Envelope.Builder envelope = Envelope.newBuilder().setSimTimeUs(simTimeUs);
        if (pace != PaceMode.PACE_MODE_LOCKSTEP) {
            Instant now = Instant.now();
            envelope.setWallTimeUnixUs(now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000);
        }
        return envelope;
    }
}
