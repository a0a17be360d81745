package io.itddsim.wire.session;

import io.itddsim.proto.v1.Role;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The MACs of the handshake (docs/PROTOCOL.md, section 5). Each side proves it holds the
 * pre-shared key with an HMAC-SHA256 over both fresh nonces, the role, the schema fingerprint and a
 * pump serial number: the client's proof covers the serial number it asked for (empty for any
 * pump), since the pump names itself only after the proof; the pump's covers its own. The two
 * proofs start with different labels so one cannot be replayed as the other.
 */
public final class HandshakeProof {

    /** Length of each side's nonce. */
    public static final int NONCE_BYTES = 32;

    private static final byte[] CLIENT_LABEL = "itdd/v2 client proof".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PUMP_LABEL = "itdd/v2 pump proof".getBytes(StandardCharsets.US_ASCII);

    private HandshakeProof() {}

    /**
     * @param askedSerial the {@code pump_serial_number} of the client's Hello, as sent (may be empty)
     */
    public static byte[] clientMac(
            byte[] key,
            byte[] clientNonce,
            byte[] pumpNonce,
            Role requestedRole,
            byte[] fingerprint,
            String askedSerial) {
        return hmac(key, CLIENT_LABEL, clientNonce, pumpNonce, requestedRole, fingerprint, askedSerial);
    }

    public static byte[] pumpMac(
            byte[] key, byte[] pumpNonce, byte[] clientNonce, Role grantedRole, byte[] fingerprint, String pumpSerial) {
        return hmac(key, PUMP_LABEL, pumpNonce, clientNonce, grantedRole, fingerprint, pumpSerial);
    }

    /** Compares in constant time, so the time taken reveals nothing about the expected MAC. */
    public static boolean matches(byte[] expected, byte[] received) {
        return MessageDigest.isEqual(expected, received);
    }

    private static byte[] hmac(
            byte[] key,
            byte[] label,
            byte[] firstNonce,
            byte[] secondNonce,
            Role role,
            byte[] fingerprint,
            String serial) {
        ByteArrayOutputStream input = new ByteArrayOutputStream(160);
        input.writeBytes(label);
        input.writeBytes(firstNonce);
        input.writeBytes(secondNonce);
        int roleNumber = role.getNumber();
        input.writeBytes(new byte[] {
            (byte) (roleNumber >>> 24), (byte) (roleNumber >>> 16), (byte) (roleNumber >>> 8), (byte) roleNumber
        });
        input.writeBytes(fingerprint);
        input.writeBytes(serial.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.toByteArray());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every Java platform provides HmacSHA256, and it takes keys of any length
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
