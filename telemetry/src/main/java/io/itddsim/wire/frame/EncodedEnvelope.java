package io.itddsim.wire.frame;

import io.itddsim.proto.v1.Envelope;

/**
 * One envelope as the bytes that go on the wire (numbered, and sealed after the handshake), ready
 * for a transport's framing: the pump writes these, so an envelope is serialized once for every
 * connection it goes to instead of rebuilt and serialized per connection. {@code body} is for
 * the metrics.
 *
 * @param bytes the serialized Envelope; not copied, never changed after it is made
 */
public record EncodedEnvelope(byte[] bytes, Envelope.BodyCase body) {

    /** The bytes parsed back: for tests and tools, never on the pump's own path. */
    public Envelope parse() {
        try {
            return Envelope.parseFrom(bytes);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new IllegalStateException("an encoded envelope that does not parse", e);
        }
    }
}
