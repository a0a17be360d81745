package io.itddsim.bench.target;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.client.EnvelopeTap;

/**
 * Sees every frame of a bench's conversation with a pump, both ways, as plain envelopes: before
 * sealing as sent, after the session's check as received, without MACs (a recording, for one;
 * see {@link EnvelopeTap}). Called on the sending thread and the link's thread.
 */
public interface FrameTap extends EnvelopeTap, AutoCloseable {
    FrameTap NONE = new FrameTap() {
        @Override
        public void sent(Envelope envelope) {}

        @Override
        public void received(Envelope envelope) {}
    };

    /** The conversation is over. */
    @Override
    default void close() throws java.io.IOException {}
}
