package io.itddsim.wire.tcp;

import io.itddsim.wire.frame.WireLimits;

/**
 * Settings of the TCP server.
 *
 * @param maxEnvelopeBytes        largest envelope accepted (docs/PROTOCOL.md)
 * @param heartbeatMillis         wall time between heartbeats to each session
 * @param handshakeTimeoutMillis  a connection with no finished handshake by then is closed
 * @param backlogLimit            envelopes that may wait for a client that does not read before
 *                                its connection is closed
 * @param sampleDepth             status samples that may wait for a client before the oldest is
 *                                dropped (conflated)
 * @param workerThreads           event loop threads for connections
 */
public record TcpServerOptions(
        int maxEnvelopeBytes,
        long heartbeatMillis,
        long handshakeTimeoutMillis,
        int backlogLimit,
        int sampleDepth,
        int workerThreads) {

    /**
     * Enough for the burst of samples a lockstep Step of several sim seconds makes, so a client
     * that keeps up loses none however the threads are scheduled; a stalled client still holds at
     * most this many (about 4 KiB).
     */
    public static final int DEFAULT_SAMPLE_DEPTH = 64;

    public static TcpServerOptions defaults() {
        return new TcpServerOptions(
                WireLimits.DEFAULT_MAX_ENVELOPE_BYTES,
                1_000,
                10_000,
                10_000,
                DEFAULT_SAMPLE_DEPTH,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public TcpServerOptions withHeartbeatMillis(long millis) {
        return new TcpServerOptions(
                maxEnvelopeBytes, millis, handshakeTimeoutMillis, backlogLimit, sampleDepth, workerThreads);
    }

    public TcpServerOptions withBacklogLimit(int limit) {
        return new TcpServerOptions(
                maxEnvelopeBytes, heartbeatMillis, handshakeTimeoutMillis, limit, sampleDepth, workerThreads);
    }

    public TcpServerOptions withHandshakeTimeoutMillis(long millis) {
        return new TcpServerOptions(
                maxEnvelopeBytes, heartbeatMillis, millis, backlogLimit, sampleDepth, workerThreads);
    }
}
