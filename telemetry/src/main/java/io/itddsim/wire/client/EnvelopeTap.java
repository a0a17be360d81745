package io.itddsim.wire.client;

import io.itddsim.proto.v1.Envelope;

/**
 * Sees a client's conversation with a pump as plain envelopes, both ways: what it sends before it
 * is sealed, and what it receives once it passed the session's check, without its MAC (envelopes
 * that fail the check are not seen). A recording made from these replays under any session's
 * keys. Called on the sending thread and the link's thread.
 */
public interface EnvelopeTap {
    EnvelopeTap NONE = new EnvelopeTap() {
        @Override
        public void sent(Envelope envelope) {}

        @Override
        public void received(Envelope envelope) {}
    };

    /** An envelope this client sends, numbered, before its MAC is added. */
    void sent(Envelope envelope);

    /** An envelope from the pump that passed the session's check, its MAC removed. */
    void received(Envelope envelope);
}
