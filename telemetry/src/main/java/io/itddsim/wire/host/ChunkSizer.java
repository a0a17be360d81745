package io.itddsim.wire.host;

/**
 * How much sim time to run before the sim thread looks at its inbox again, when it runs as fast
 * as it can (free run, a long Step). Aims for chunks of about a millisecond of wall time, so a
 * command waits at most that long for its tick boundary whatever the speed of the model (which
 * varies a thousandfold between fast-forwarded quiet time and a motor running every tick).
 */
final class ChunkSizer {

    private static final long TARGET_NANOS = 1_000_000;
    private final long tickUs;
    private long chunkTicks = 1_000;

    ChunkSizer(long tickUs) {
        this.tickUs = tickUs;
    }

    long chunkUs() {
        return chunkTicks * tickUs;
    }

    /** Adjusts after a chunk took {@code elapsedNanos}. */
    void took(long elapsedNanos) {
        if (elapsedNanos < TARGET_NANOS / 2 && chunkTicks < (1L << 40)) {
            chunkTicks *= 2;
        } else if (elapsedNanos > TARGET_NANOS * 2 && chunkTicks > 1) {
            chunkTicks /= 2;
        }
    }
}
