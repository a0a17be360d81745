package io.itddsim.wire.mapping;

import io.itddsim.proto.v1.NackReason;

/**
 * A request that cannot be turned into a model command, with the Nack it earns. Thrown by the
 * mappings before anything reaches the pump, so nothing has changed when it is caught.
 */
public final class WireRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final NackReason reason;

    public WireRejection(NackReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public NackReason reason() {
        return reason;
    }
}
