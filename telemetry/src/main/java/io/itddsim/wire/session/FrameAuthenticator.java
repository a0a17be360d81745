package io.itddsim.wire.session;

import com.google.protobuf.ByteString;
import io.itddsim.proto.v1.Envelope;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
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
    private long lastSeqIn;

    FrameAuthenticator(byte[] sendKey, byte[] receiveKey) {
        this.sealer = mac(sendKey);
        this.checker = mac(receiveKey);
    }

    /** The envelope with its MAC; its seq must already be set. */
    public Envelope seal(Envelope envelope) {
        byte[] tag = tag(sealer, envelope.toBuilder().clearMac().build().toByteArray());
        return envelope.toBuilder().setMac(ByteString.copyFrom(tag)).build();
    }

    /** Checks a received envelope; only an ACCEPTED one may be acted on. */
    public Verdict check(Envelope envelope) {
        byte[] received = envelope.getMac().toByteArray();
        if (received.length != MAC_BYTES) {
            return Verdict.BAD_MAC;
        }
        byte[] expected = tag(checker, envelope.toBuilder().clearMac().build().toByteArray());
        if (!MessageDigest.isEqual(expected, received)) {
            return Verdict.BAD_MAC;
        }
        if (Long.compareUnsigned(envelope.getSeq(), lastSeqIn) <= 0) {
            return Verdict.REPLAYED;
        }
        lastSeqIn = envelope.getSeq();
        return Verdict.ACCEPTED;
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
