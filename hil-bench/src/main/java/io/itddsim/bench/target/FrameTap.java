package io.itddsim.bench.target;

import io.itddsim.proto.v1.Envelope;

/**
 * Sees every frame of a bench's conversation with a pump, both ways, as it is sent or received
 * (a recording, for one). Called on the sending thread and the link's thread.
 */
public interface FrameTap extends AutoCloseable {
    FrameTap NONE = new FrameTap() {
        @Override
        public void sent(Envelope envelope) {}

        @Override
        public void received(Envelope envelope) {}
    };

    void sent(Envelope envelope);

    void received(Envelope envelope);

    /** The conversation is over. */
    @Override
    default void close() throws java.io.IOException {}
}
