package io.itddsim.wire.session;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two keys that authenticate a session's envelopes after the handshake, one per direction,
 * derived from the pre-shared key and both handshake nonces (docs/PROTOCOL.md, section 5.2):
 *
 * <pre>
 * to_pump   = HMAC-SHA256(key, "itdd/v2 to pump"   || client_nonce || pump_nonce)
 * to_client = HMAC-SHA256(key, "itdd/v2 to client" || client_nonce || pump_nonce)
 * </pre>
 *
 * Fresh nonces make fresh keys, so a frame of one session is worthless in another; one key per
 * direction, so a frame cannot be reflected back to its sender.
 */
public final class SessionKeys {

    private static final byte[] TO_PUMP = "itdd/v2 to pump".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TO_CLIENT = "itdd/v2 to client".getBytes(StandardCharsets.US_ASCII);

    private final byte[] toPump;
    private final byte[] toClient;

    private SessionKeys(byte[] toPump, byte[] toClient) {
        this.toPump = toPump;
        this.toClient = toClient;
    }

    public static SessionKeys derive(byte[] preSharedKey, byte[] clientNonce, byte[] pumpNonce) {
        return new SessionKeys(
                hmac(preSharedKey, TO_PUMP, clientNonce, pumpNonce),
                hmac(preSharedKey, TO_CLIENT, clientNonce, pumpNonce));
    }

    public byte[] toPump() {
        return toPump.clone();
    }

    public byte[] toClient() {
        return toClient.clone();
    }

    /** The pump's side: seals what it sends with to_client, checks what it receives with to_pump. */
    public FrameAuthenticator forPump() {
        return new FrameAuthenticator(toClient, toPump);
    }

    /** The client's side: seals with to_pump, checks with to_client. */
    public FrameAuthenticator forClient() {
        return new FrameAuthenticator(toPump, toClient);
    }

    static byte[] hmac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
