package io.itddsim.wire.session;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.wire.frame.EncodedEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An envelope the pump sends, serialized once however many connections it goes to: the stream
 * hub makes one per alarm, log event or status sample and hands the same one to every session.
 * Each connection then only writes its sequence number in front and, for a status sample, its
 * own {@code samples_conflated} in place, and seals the result ({@link FrameAuthenticator#seal(byte[],
 * int)}): no message is rebuilt or serialized again per connection.
 *
 * <p>The bytes are the ones protobuf writes for the finished envelope, field by field in number
 * order, so a receiver that serializes what it parsed gets them back (docs/PROTOCOL.md 5.2): {@code
 * seq} is field 1, so it comes first; {@code samples_conflated} (field 11 of StatusSample) goes
 * between the sample's fields below 11 and those above; {@code mac} (2047) is last. The envelope
 * given must have neither {@code seq} nor {@code mac} set, nor a sample's conflation count, and no
 * unknown fields. Serialized lazily by whichever writer thread needs it first (all get the same
 * bytes), so the sim thread that made it pays nothing for it.
 */
public final class OutgoingEnvelope {

    private static final int SEQ_TAG = Envelope.SEQ_FIELD_NUMBER << 3;
    private static final int CONFLATED_TAG = StatusSample.SAMPLES_CONFLATED_FIELD_NUMBER << 3;
    private static final int SAMPLE_TAG = (Envelope.STATUS_SAMPLE_FIELD_NUMBER << 3) | 2;
    private static final int SAMPLE_TAG_BYTES = CodedOutputStream.computeUInt32SizeNoTag(SAMPLE_TAG);

    private final Envelope envelope;
    private volatile Layout layout;

    /** Where the status sample's bytes are, to put a conflation count into them (-1: not a sample). */
    private record Layout(byte[] bytes, int sampleTagAt, int sampleStart, int conflatedAt) {}

    private OutgoingEnvelope(Envelope envelope) {
        this.envelope = envelope;
    }

    /**
     * @throws IllegalArgumentException if the envelope already carries a seq, a MAC or a conflation
     *     count: those belong to each connection
     */
    public static OutgoingEnvelope of(Envelope envelope) {
        if (envelope.getSeq() != 0
                || !envelope.getMac().isEmpty()
                || envelope.getStatusSample().getSamplesConflated() != 0) {
            throw new IllegalArgumentException("an outgoing envelope is numbered, counted and sealed per connection");
        }
        return new OutgoingEnvelope(envelope);
    }

    public Envelope envelope() {
        return envelope;
    }

    public Envelope.BodyCase body() {
        return envelope.getBodyCase();
    }

    /** The envelope as sent on one connection: numbered {@code seq}, sealed by {@code sealer} (null: not sealed). */
    public EncodedEnvelope encode(long seq, FrameAuthenticator sealer) {
        return encode(seq, 0, sealer);
    }

    /**
     * As {@link #encode(long, FrameAuthenticator)}, a status sample also carrying the connection's
     * {@code conflated} count (ignored for anything else).
     */
    public EncodedEnvelope encode(long seq, long conflated, FrameAuthenticator sealer) {
        if (seq <= 0) {
            throw new IllegalArgumentException("seq starts at 1, got " + seq);
        }
        Layout l = layout();
        boolean counted = l.conflatedAt >= 0 && conflated != 0;
        int seqBytes = 1 + CodedOutputStream.computeUInt64SizeNoTag(seq);
        int conflatedBytes = counted ? 1 + CodedOutputStream.computeUInt64SizeNoTag(conflated) : 0;
        int sampleLength = counted ? l.bytes.length - l.sampleStart + conflatedBytes : 0;
        int oldLengthBytes = counted ? l.sampleStart - l.sampleTagAt - SAMPLE_TAG_BYTES : 0;
        int newLengthBytes = counted ? CodedOutputStream.computeUInt32SizeNoTag(sampleLength) : 0;
        int length = seqBytes + l.bytes.length + conflatedBytes + newLengthBytes - oldLengthBytes;
        byte[] out = new byte[length + (sealer == null ? 0 : FrameAuthenticator.SEAL_BYTES)];
        int at = 0;
        out[at++] = (byte) SEQ_TAG;
        at = writeVarint(out, at, seq);
        if (!counted) {
            System.arraycopy(l.bytes, 0, out, at, l.bytes.length);
            at += l.bytes.length;
        } else {
            // the envelope's fields before the sample, the sample's tag and new length, its fields
            // below 11, the count, its fields above 11 (the sample is the envelope's last field)
            System.arraycopy(l.bytes, 0, out, at, l.sampleTagAt);
            at += l.sampleTagAt;
            at = writeVarint(out, at, SAMPLE_TAG);
            at = writeVarint(out, at, sampleLength);
            System.arraycopy(l.bytes, l.sampleStart, out, at, l.conflatedAt - l.sampleStart);
            at += l.conflatedAt - l.sampleStart;
            out[at++] = (byte) CONFLATED_TAG;
            at = writeVarint(out, at, conflated);
            System.arraycopy(l.bytes, l.conflatedAt, out, at, l.bytes.length - l.conflatedAt);
            at += l.bytes.length - l.conflatedAt;
        }
        if (at != length) {
            throw new IllegalStateException("composed " + at + " bytes, expected " + length);
        }
        if (sealer != null) {
            sealer.seal(out, length);
        }
        return new EncodedEnvelope(out, envelope.getBodyCase());
    }

    /** Writes {@code value} as a protobuf varint at {@code at}; returns where it ended. */
    private static int writeVarint(byte[] out, int at, long value) {
        while ((value & ~0x7FL) != 0) {
            out[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out[at++] = (byte) value;
        return at;
    }

    private Layout layout() {
        Layout l = layout;
        if (l == null) {
            l = layOut(envelope.toByteArray(), envelope.hasStatusSample());
            layout = l;
        }
        return l;
    }

    /** Finds the status sample's field and where field 11 goes in it: walks the tags, never decodes. */
    private static Layout layOut(byte[] bytes, boolean sample) {
        if (!sample) {
            return new Layout(bytes, -1, -1, -1);
        }
        try {
            CodedInputStream in = CodedInputStream.newInstance(bytes);
            while (true) {
                int at = in.getTotalBytesRead();
                int tag = in.readTag();
                if (tag == 0) {
                    throw new IllegalStateException("a status sample envelope without its sample");
                }
                if (tag != SAMPLE_TAG) {
                    in.skipField(tag);
                    continue;
                }
                int length = in.readRawVarint32();
                int start = in.getTotalBytesRead();
                if (start + length != bytes.length) {
                    throw new IllegalStateException("the status sample is not the envelope's last field");
                }
                int conflatedAt = bytes.length;
                while (!in.isAtEnd()) {
                    int fieldAt = in.getTotalBytesRead();
                    int inner = in.readTag();
                    if ((inner >>> 3) > (CONFLATED_TAG >>> 3)) {
                        conflatedAt = fieldAt;
                        break;
                    }
                    in.skipField(inner);
                }
                return new Layout(bytes, at, start, conflatedAt);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an envelope protobuf itself wrote does not parse", e);
        }
    }
}
