package io.itddsim.wire.client;

import io.itddsim.proto.v1.RefusalReason;

/** The handshake did not establish a session: the pump refused, or the pump failed its own proof. */
public final class HandshakeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RefusalReason reason;

    public HandshakeException(RefusalReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** The pump's refusal reason; UNSPECIFIED when the client gave up (timeout, bad pump proof). */
    public RefusalReason reason() {
        return reason;
    }
}
