package io.itddsim.wire.session;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import io.itddsim.proto.v1.Envelope;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates one end's envelopes after the handshake (docs/PROTOCOL.md, section 5.2). Sending:
 * the envelope, its {@code seq} set, is serialized without a MAC, and {@code mac} is set to the
 * first {@value #MAC_BYTES} bytes of HMAC-SHA256(send key, those bytes); field 2047 is the
 * envelope's highest, so serializers write it last. Receiving: the MAC must match the envelope
 * serialized without it, under the receive key, and {@code seq} must be above every seq accepted
 * before on the session: an injected, altered, replayed or reordered frame is refused. Gaps are
 * allowed (a serial line, or a link fault, loses frames).
 *
 * <p>One thread seals and one thread checks (each has its own MAC instance).
 */
public final class FrameAuthenticator {

    /** Length of the MAC carried in {@code Envelope.mac}: HMAC-SHA256 cut to 128 bits (as RFC 4868). */
    public static final int MAC_BYTES = 16;

    /** The MAC field as the last bytes of a sealed envelope: tag {@code fa 7f} (field 2047, length-delimited), length 16. */
    private static final byte[] MAC_FIELD_HEADER = {(byte) 0xfa, 0x7f, MAC_BYTES};

    /** How many bytes sealing adds to a serialized envelope: the MAC field's header and the MAC. */
    public static final int SEAL_BYTES = MAC_FIELD_HEADER.length + MAC_BYTES;

    /** What became of a received envelope. */
    public enum Verdict {
        /** Authentic and in sequence. */
        ACCEPTED,
        /** No MAC, or one that does not match: injected or altered. */
        BAD_MAC,
        /** Authentic but its seq is not above the last accepted: replayed or reordered. */
        REPLAYED
    }

    private final Mac sealer;
    private final Mac checker;
    private final byte[] sealScratch = new byte[32];
    private final byte[] checkScratch = new byte[32];
    private byte[] checkBuffer = new byte[256];
    private long lastSeqIn;

    FrameAuthenticator(byte[] sendKey, byte[] receiveKey) {
        this.sealer = mac(sendKey);
        this.checker = mac(receiveKey);
    }

    /** The envelope with its MAC; its seq must already be set. */
    public Envelope seal(Envelope envelope) {
        Envelope unsealed = envelope.getMac().isEmpty()
                ? envelope
                : envelope.toBuilder().clearMac().build();
        byte[] tag = tag(sealer, unsealed.toByteArray());
        return envelope.toBuilder().setMac(ByteString.copyFrom(tag)).build();
    }

    /**
     * Seals an envelope already serialized, numbered, into {@code buffer[0, length)}: writes the MAC
     * field, {@link #SEAL_BYTES} long, at {@code length} (the buffer has room for it). The same bytes
     * as {@link #seal(Envelope)} serialized, without building the envelope again.
     */
    public void seal(byte[] buffer, int length) {
        sealer.update(buffer, 0, length);
        try {
            sealer.doFinal(sealScratch, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException("HMAC-SHA256 is 32 bytes", e);
        }
        System.arraycopy(MAC_FIELD_HEADER, 0, buffer, length, MAC_FIELD_HEADER.length);
        System.arraycopy(sealScratch, 0, buffer, length + MAC_FIELD_HEADER.length, MAC_BYTES);
    }

    /** Checks a received envelope; only an ACCEPTED one may be acted on. */
    public Verdict check(Envelope envelope) {
        ByteString received = envelope.getMac();
        if (received.size() != MAC_BYTES || !tagMatches(envelope, received)) {
            return Verdict.BAD_MAC;
        }
        if (Long.compareUnsigned(envelope.getSeq(), lastSeqIn) <= 0) {
            return Verdict.REPLAYED;
        }
        lastSeqIn = envelope.getSeq();
        return Verdict.ACCEPTED;
    }

    /**
     * Whether {@code received} is the tag of the envelope's bytes without the MAC. Serialized as
     * received, an envelope sealed as this protocol says ends in its MAC field, so the bytes before
     * it are those bytes: one serialization, into a buffer kept for the purpose (a check allocates
     * nothing). One that does not (unknown fields after the MAC) is serialized again without it.
     */
    private boolean tagMatches(Envelope envelope, ByteString received) {
        int size = envelope.getSerializedSize();
        if (checkBuffer.length < size) {
            checkBuffer = new byte[Math.max(size, 2 * checkBuffer.length)];
        }
        try {
            CodedOutputStream out = CodedOutputStream.newInstance(checkBuffer, 0, size);
            envelope.writeTo(out);
            out.checkNoSpaceLeft();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an envelope that does not serialize into its own size", e);
        }
        int unsealed = size - SEAL_BYTES;
        boolean endsInMac = unsealed >= 0
                && Arrays.equals(
                        checkBuffer,
                        unsealed,
                        unsealed + MAC_FIELD_HEADER.length,
                        MAC_FIELD_HEADER,
                        0,
                        MAC_FIELD_HEADER.length);
        if (endsInMac) {
            checker.update(checkBuffer, 0, unsealed);
        } else {
            checker.update(envelope.toBuilder().clearMac().build().toByteArray());
        }
        try {
            checker.doFinal(checkScratch, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException("HMAC-SHA256 is 32 bytes", e);
        }
        // constant time, as MessageDigest.isEqual
        int difference = 0;
        for (int i = 0; i < MAC_BYTES; i++) {
            difference |= checkScratch[i] ^ received.byteAt(i);
        }
        return difference == 0;
    }

    /** The MAC of {@code bytes} under {@code key}: what a client in another language computes. */
    public static byte[] tag(byte[] key, byte[] bytes) {
        return tag(mac(key), bytes);
    }

    private static byte[] tag(Mac mac, byte[] bytes) {
        return Arrays.copyOf(mac.doFinal(bytes), MAC_BYTES);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
