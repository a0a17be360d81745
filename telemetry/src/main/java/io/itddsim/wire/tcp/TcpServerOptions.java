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
 * @param sampleBatchMicros       how long a status sample may wait to go out with the next ones
 *                                (wall time); alarms, log events and replies go out at once and
 *                                take any waiting samples with them. 0: every sample at once
 */
public record TcpServerOptions(
        int maxEnvelopeBytes,
        long heartbeatMillis,
        long handshakeTimeoutMillis,
        int backlogLimit,
        int sampleDepth,
        int workerThreads,
        long sampleBatchMicros) {

    /**
     * Enough for the burst of samples a lockstep Step of several sim seconds makes, so a client
     * that keeps up loses none however the threads are scheduled; a stalled client still holds at
     * most this many (about 4 KiB).
     */
    public static final int DEFAULT_SAMPLE_DEPTH = 64;

    /**
     * Samples go out at most every 5 ms per connection: at a sample every millisecond, one write
     * (one system call here, one wake-up at the client) carries five, instead of five of each.
     * Well under the 100 ms default sampling interval, and a Step's reply brings its samples with it.
     */
    public static final long DEFAULT_SAMPLE_BATCH_MICROS = 5_000;

    public static TcpServerOptions defaults() {
        return new TcpServerOptions(
                WireLimits.DEFAULT_MAX_ENVELOPE_BYTES,
                1_000,
                10_000,
                10_000,
                DEFAULT_SAMPLE_DEPTH,
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                DEFAULT_SAMPLE_BATCH_MICROS);
    }

    public TcpServerOptions withHeartbeatMillis(long millis) {
        return new TcpServerOptions(
                maxEnvelopeBytes,
                millis,
                handshakeTimeoutMillis,
                backlogLimit,
                sampleDepth,
                workerThreads,
                sampleBatchMicros);
    }

    public TcpServerOptions withBacklogLimit(int limit) {
        return new TcpServerOptions(
                maxEnvelopeBytes,
                heartbeatMillis,
                handshakeTimeoutMillis,
                limit,
                sampleDepth,
                workerThreads,
                sampleBatchMicros);
    }

    public TcpServerOptions withHandshakeTimeoutMillis(long millis) {
        return new TcpServerOptions(
                maxEnvelopeBytes, heartbeatMillis, millis, backlogLimit, sampleDepth, workerThreads, sampleBatchMicros);
    }

    public TcpServerOptions withSampleBatchMicros(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("sample batch: expected 0 or more microseconds, got " + micros);
        }
        return new TcpServerOptions(
                maxEnvelopeBytes,
                heartbeatMillis,
                handshakeTimeoutMillis,
                backlogLimit,
                sampleDepth,
                workerThreads,
                micros);
    }
}
