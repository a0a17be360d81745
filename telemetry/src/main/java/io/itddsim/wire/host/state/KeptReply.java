package io.itddsim.wire.host.state;

/**
 * A reply the pump gave to a journaled request, kept so that a retry after a restart gets it again
 * and is not applied twice.
 *
 * @param keyId   the key the request came under
 * @param request the wire Request's bytes
 * @param reply   the wire Reply's bytes
 */
public record KeptReply(String keyId, byte[] request, byte[] reply) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public KeptReply {
        request = request.clone();
        reply = reply.clone();
    }

    @Override
    public byte[] request() {
        return request.clone();
    }

    @Override
    public byte[] reply() {
        return reply.clone();
    }
}
