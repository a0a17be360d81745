package io.itddsim.wire.client;

import io.itddsim.proto.v1.Envelope;

/**
 * A client's end of one connection to a pump, over TCP or a serial line: envelopes out, and a
 * {@link Listener} for envelopes in. Framing is the link's business; sequence numbers and
 * everything after are {@link PumpClient}'s.
 */
public interface ClientLink extends AutoCloseable {

    /** Receives what the link reads, on the link's own thread. */
    interface Listener {
        void onEnvelope(Envelope envelope);

        /** The link is gone; {@code cause} is null after a local close. */
        void onClosed(Throwable cause);
    }

    /** Opens a link that reports to {@code listener}. */
    @FunctionalInterface
    interface Opener {
        ClientLink open(Listener listener) throws Exception;
    }

    /** Sends one envelope; never blocks on the network. */
    void send(Envelope envelope);

    /** A short description for messages, e.g. {@code tcp://127.0.0.1:7000}. */
    String describe();

    @Override
    void close();
}
