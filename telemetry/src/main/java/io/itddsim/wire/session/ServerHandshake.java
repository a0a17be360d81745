package io.itddsim.wire.session;

import com.google.protobuf.ByteString;
import io.itddsim.proto.v1.Challenge;
import io.itddsim.proto.v1.Hello;
import io.itddsim.proto.v1.HelloProof;
import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.proto.v1.Refusal;
import io.itddsim.proto.v1.RefusalReason;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.Welcome;
import io.itddsim.wire.schema.SchemaFingerprint;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The pump's side of the handshake, with no transport in it: Hello in, Challenge or Refusal out;
 * HelloProof in, Welcome or Refusal out. One instance per connection attempt.
 *
 * <p>Before a valid proof the pump tells nothing about itself or its keys. The Hello is checked
 * only for what any client may learn (protocol version, schema fingerprint, a role that exists, a
 * nonce of the right length) and is answered with a Challenge holding the pump's nonce alone, key
 * known or not. At the proof, an unknown key, a role the key may not take and a wrong MAC get one
 * and the same refusal, answered after the throttle's delay; the key id's failed proofs are
 * limited (see {@link ProofThrottle}). Only a client that proved its key learns more: a wrong pump
 * serial number or a bench role on a pump not in test mode is refused by name, and the Welcome
 * names the pump.
 */
public final class ServerHandshake {

    /** The protocol version this pump speaks. */
    public static final int PROTOCOL_VERSION = 2;

    /** What every failed proof is told, whatever failed. */
    static final String NOT_ACCEPTED =
            "the pump does not accept this key with this role and proof (an unknown key, a role the key may not"
                    + " take and a wrong secret are not told apart)";

    public sealed interface Outcome permits Challenged, Established, Refused {}

    public record Challenged(Challenge challenge) implements Outcome {}

    /** The client proved its key: a session with {@code role} may begin, keyed by {@code sessionKeys}. */
    public record Established(Welcome welcome, Role role, String keyId, String clientName, SessionKeys sessionKeys)
            implements Outcome {}

    /** The handshake failed; answer with {@code refusal}, after {@code delay}. */
    public record Refused(Refusal refusal, Duration delay) implements Outcome {
        Refused(Refusal refusal) {
            this(refusal, Duration.ZERO);
        }
    }

    private enum State {
        AWAITING_HELLO,
        AWAITING_PROOF,
        FINISHED
    }

    private final Credentials credentials;
    private final PumpIdentity identity;
    private final SchemaFingerprint fingerprint;
    private final long tickUs;
    private final Supplier<byte[]> nonces;
    private final ProofThrottle throttle;
    private State state = State.AWAITING_HELLO;
    private Hello hello;
    private PreSharedKey key;
    private byte[] pumpNonce;

    /**
     * @param nonces fresh random nonces of {@link HandshakeProof#NONCE_BYTES} (SecureRandom)
     */
    public ServerHandshake(
            Credentials credentials,
            PumpIdentity identity,
            SchemaFingerprint fingerprint,
            long tickUs,
            Supplier<byte[]> nonces,
            ProofThrottle throttle) {
        this.credentials = credentials;
        this.identity = identity;
        this.fingerprint = fingerprint;
        this.tickUs = tickUs;
        this.nonces = nonces;
        this.throttle = throttle;
    }

    public Outcome onHello(Hello received) {
        if (state != State.AWAITING_HELLO) {
            return refuse(RefusalReason.REFUSAL_REASON_OUT_OF_SEQUENCE, "a second Hello in one handshake");
        }
        if (received.getProtocolVersion() != PROTOCOL_VERSION) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_PROTOCOL_VERSION,
                    "this pump speaks protocol version " + PROTOCOL_VERSION + ", the client version "
                            + received.getProtocolVersion());
        }
        if (!fingerprint.matches(received.getSchemaFingerprint().toByteArray())) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_SCHEMA_MISMATCH,
                    "schema fingerprint differs: the pump's is " + fingerprint.toHex()
                            + "; rebuild the client from the same .proto files");
        }
        Role role = received.getRequestedRole();
        if (role == Role.ROLE_UNSPECIFIED || role == Role.UNRECOGNIZED) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_ROLE_NOT_ALLOWED,
                    "requested_role: expected observer, patient, clinician or bench, got "
                            + received.getRequestedRoleValue());
        }
        if (received.getClientNonce().size() != HandshakeProof.NONCE_BYTES) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_BAD_PROOF,
                    "client_nonce: expected " + HandshakeProof.NONCE_BYTES + " bytes, got "
                            + received.getClientNonce().size());
        }
        hello = received;
        key = credentials.key(received.getKeyId()).orElse(null);
        pumpNonce = nonces.get();
        state = State.AWAITING_PROOF;
        return new Challenged(Challenge.newBuilder()
                .setPumpNonce(ByteString.copyFrom(pumpNonce))
                .setProtocolVersion(PROTOCOL_VERSION)
                .setSchemaFingerprint(ByteString.copyFrom(fingerprint.toBytes()))
                .build());
    }

    public Outcome onProof(HelloProof proof) {
        if (state != State.AWAITING_PROOF) {
            return refuse(RefusalReason.REFUSAL_REASON_OUT_OF_SEQUENCE, "HelloProof before a Challenge");
        }
        String keyId = hello.getKeyId();
        Role role = hello.getRequestedRole();
        byte[] clientNonce = hello.getClientNonce().toByteArray();
        boolean proven = false;
        if (throttle.mayCheck(keyId)) {
            // the same work for a key that does not exist, so the time taken tells nothing either
            byte[] secret = key != null ? key.secret() : credentials.decoySecret();
            byte[] expected = HandshakeProof.clientMac(
                    secret, clientNonce, pumpNonce, role, fingerprint.toBytes(), hello.getPumpSerialNumber());
            boolean matches =
                    HandshakeProof.matches(expected, proof.getClientMac().toByteArray());
            proven = matches && key != null && key.allows(role);
        }
        if (!proven) {
            throttle.failed(keyId);
            state = State.FINISHED;
            return new Refused(
                    Refusal.newBuilder()
                            .setReason(RefusalReason.REFUSAL_REASON_BAD_PROOF)
                            .setMessage(NOT_ACCEPTED)
                            .build(),
                    throttle.failureDelay());
        }
        if (!hello.getPumpSerialNumber().isEmpty()
                && !hello.getPumpSerialNumber().equals(identity.getSerialNumber())) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_WRONG_PUMP,
                    "this is pump " + identity.getSerialNumber() + ", not " + hello.getPumpSerialNumber());
        }
        if (role == Role.ROLE_BENCH && !identity.getTestMode()) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_NOT_TEST_MODE, "the bench role needs a pump started in test mode");
        }
        state = State.FINISHED;
        byte[] pumpMac = HandshakeProof.pumpMac(
                key.secret(), pumpNonce, clientNonce, role, fingerprint.toBytes(), identity.getSerialNumber());
        Welcome welcome = Welcome.newBuilder()
                .setGrantedRole(role)
                .setPumpMac(ByteString.copyFrom(pumpMac))
                .setTickUs(tickUs)
                .setPump(identity)
                .build();
        SessionKeys keys = SessionKeys.derive(key.secret(), clientNonce, pumpNonce);
        return new Established(welcome, role, key.id(), hello.getClientName(), keys);
    }

    /** Any other message before the handshake finished. */
    public Refused outOfSequence(String what) {
        return refuse(RefusalReason.REFUSAL_REASON_OUT_OF_SEQUENCE, what + " before the handshake finished");
    }

    private Refused refuse(RefusalReason reason, String message) {
        state = State.FINISHED;
        return new Refused(
                Refusal.newBuilder().setReason(reason).setMessage(message).build());
    }
}
