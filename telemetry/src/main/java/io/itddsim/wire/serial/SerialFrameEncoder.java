package io.itddsim.wire.serial;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.EncodedEnvelope;
import java.util.Arrays;

/**
 * Turns an Envelope into the bytes of one serial frame: {@code 0x00, COBS(envelope bytes +
 * CRC-32C little-endian), 0x00}. The leading delimiter costs one byte and ends whatever line
 * noise came before, so noise never spoils the frame that follows it. Stateless and thread-safe.
 */
public final class SerialFrameEncoder {

    private static final byte DELIMITER = 0;

    private final int maxEnvelopeBytes;

    public SerialFrameEncoder(int maxEnvelopeBytes) {
        if (maxEnvelopeBytes <= 0) {
            throw new IllegalArgumentException("maxEnvelopeBytes must be positive, was " + maxEnvelopeBytes);
        }
        this.maxEnvelopeBytes = maxEnvelopeBytes;
    }

    /**
     * The frame bytes for {@code envelope}.
     *
     * @throws IllegalArgumentException if the envelope is larger than the maximum the receiver
     *     accepts; sending it would only have it dropped at the other end
     */
    public byte[] encode(Envelope envelope) {
        return encode(envelope.toByteArray(), envelope.getBodyCase());
    }

    /** The frame bytes for an envelope serialized already (as the pump sends them). */
    public byte[] encode(EncodedEnvelope envelope) {
        return encode(envelope.bytes(), envelope.body());
    }

    private byte[] encode(byte[] envelope, Envelope.BodyCase body) {
        int size = envelope.length;
        if (size > maxEnvelopeBytes) {
            throw new IllegalArgumentException("envelope of " + size + " bytes (" + body + ") is over the serial"
                    + " maximum of " + maxEnvelopeBytes + " bytes");
        }
        byte[] payload = Arrays.copyOf(envelope, size + FrameCheck.LENGTH_BYTES);
        FrameCheck.append(payload, size);
        return encodeChecked(payload);
    }

    /** Frames bytes that already end in their CRC; tests use it to frame arbitrary payloads. */
    static byte[] encodeChecked(byte[] payloadWithCrc) {
        byte[] frame = new byte[Cobs.maxEncodedLength(payloadWithCrc.length) + 2];
        frame[0] = DELIMITER;
        int encoded = Cobs.encode(payloadWithCrc, payloadWithCrc.length, frame, 1);
        frame[encoded + 1] = DELIMITER;
        return Arrays.copyOf(frame, encoded + 2);
    }
}
