package io.itddsim.wire.serial;

import com.google.protobuf.InvalidProtocolBufferException;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.wire.frame.FrameDropCounters;
import io.itddsim.wire.frame.FrameDropReason;
import java.util.function.Consumer;

/**
 * Reassembles serial frames (see {@link SerialFrameEncoder}) from bytes that arrive in chunks of
 * any size, cut anywhere. Whatever stands between two 0x00 delimiters is one candidate frame; a
 * candidate that is not valid COBS, too short, too long, fails its CRC or does not parse as an
 * Envelope is dropped and counted by reason, and decoding goes on at the next delimiter. Empty
 * candidates (two delimiters in a row) are idle line, not errors.
 *
 * <p>No input makes it throw, and it never holds more than one maximum frame of bytes. Not
 * thread-safe: one decoder per link, fed by the one thread that reads the link.
 */
public final class SerialFrameDecoder {

    private final int maxEnvelopeBytes;
    private final FrameDropCounters counters;
    private final byte[] encoded;
    private final byte[] decoded;
    private int encodedLength;
    // set after an oversize candidate was counted, until its closing delimiter has gone by
    private boolean skippingToDelimiter;

    public SerialFrameDecoder(int maxEnvelopeBytes, FrameDropCounters counters) {
        if (maxEnvelopeBytes <= 0) {
            throw new IllegalArgumentException("maxEnvelopeBytes must be positive, was " + maxEnvelopeBytes);
        }
        this.maxEnvelopeBytes = maxEnvelopeBytes;
        this.counters = counters;
        this.encoded = new byte[Cobs.maxEncodedLength(maxEnvelopeBytes + FrameCheck.LENGTH_BYTES)];
        this.decoded = new byte[encoded.length];
    }

    public void feed(byte[] chunk, Consumer<Envelope> sink) {
        feed(chunk, 0, chunk.length, sink);
    }

    /**
     * Consumes {@code chunk[offset..offset+length)} and hands every envelope completed by it to
     * {@code sink}, in order, before returning.
     */
    public void feed(byte[] chunk, int offset, int length, Consumer<Envelope> sink) {
        for (int i = offset; i < offset + length; i++) {
            byte b = chunk[i];
            if (b == 0) {
                endOfCandidate(sink);
            } else if (!skippingToDelimiter) {
                append(b);
            }
        }
    }

    private void append(byte b) {
        if (encodedLength == encoded.length) {
            counters.record(FrameDropReason.OVERSIZE);
            skippingToDelimiter = true;
            encodedLength = 0;
            return;
        }
        encoded[encodedLength++] = b;
    }

    private void endOfCandidate(Consumer<Envelope> sink) {
        int candidateLength = encodedLength;
        encodedLength = 0;
        if (skippingToDelimiter) {
            skippingToDelimiter = false;
            return;
        }
        if (candidateLength == 0) {
            return;
        }
        Envelope envelope = decodeCandidate(candidateLength);
        if (envelope != null) {
            sink.accept(envelope);
        }
    }

    /** The envelope in {@code encoded[0..length)}, or null after counting why there is none. */
    private Envelope decodeCandidate(int length) {
        int frameLength = Cobs.decode(encoded, length, decoded);
        if (frameLength < 0) {
            return dropped(FrameDropReason.BAD_COBS);
        }
        if (frameLength < FrameCheck.LENGTH_BYTES) {
            return dropped(FrameDropReason.TOO_SHORT);
        }
        int envelopeLength = frameLength - FrameCheck.LENGTH_BYTES;
        if (envelopeLength > maxEnvelopeBytes) {
            return dropped(FrameDropReason.OVERSIZE);
        }
        if (!FrameCheck.holds(decoded, frameLength)) {
            return dropped(FrameDropReason.BAD_CRC);
        }
        try {
            return Envelope.parser().parseFrom(decoded, 0, envelopeLength);
        } catch (InvalidProtocolBufferException e) {
            return dropped(FrameDropReason.UNPARSEABLE);
        }
    }

    private Envelope dropped(FrameDropReason reason) {
        counters.record(reason);
        return null;
    }
}
