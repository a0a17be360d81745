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
import java.util.function.Supplier;

/**
 * The pump's side of the handshake, with no transport in it: Hello in, Challenge or Refusal out;
 * HelloProof in, Welcome or Refusal out. One instance per connection attempt. Checks, in order:
 * protocol version, schema fingerprint, pump serial, key id, role (known, allowed for the key,
 * bench only in test mode), nonce length; then the client's proof.
 */
public final class ServerHandshake {

    /** The protocol version this pump speaks. */
    public static final int PROTOCOL_VERSION = 1;

    public sealed interface Outcome permits Challenged, Established, Refused {}

    public record Challenged(Challenge challenge) implements Outcome {}

    /** The client proved its key: a session with {@code role} may begin. */
    public record Established(Welcome welcome, Role role, String keyId, String clientName) implements Outcome {}

    public record Refused(Refusal refusal) implements Outcome {}

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
            Supplier<byte[]> nonces) {
        this.credentials = credentials;
        this.identity = identity;
        this.fingerprint = fingerprint;
        this.tickUs = tickUs;
        this.nonces = nonces;
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
        if (!received.getPumpSerialNumber().isEmpty()
                && !received.getPumpSerialNumber().equals(identity.getSerialNumber())) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_WRONG_PUMP,
                    "this is pump " + identity.getSerialNumber() + ", not " + received.getPumpSerialNumber());
        }
        PreSharedKey found = credentials.key(received.getKeyId()).orElse(null);
        if (found == null) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_UNKNOWN_KEY, "no key '" + received.getKeyId() + "' on this pump");
        }
        Role role = received.getRequestedRole();
        if (role == Role.ROLE_UNSPECIFIED || role == Role.UNRECOGNIZED) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_ROLE_NOT_ALLOWED,
                    "requested_role: expected observer, patient, clinician or bench, got "
                            + received.getRequestedRoleValue());
        }
        if (role == Role.ROLE_BENCH && !identity.getTestMode()) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_NOT_TEST_MODE, "the bench role needs a pump started in test mode");
        }
        if (!found.allows(role)) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_ROLE_NOT_ALLOWED,
                    "key '" + found.id() + "' may not take the role " + RolePolicy.shortName(role));
        }
        if (received.getClientNonce().size() != HandshakeProof.NONCE_BYTES) {
            return refuse(
                    RefusalReason.REFUSAL_REASON_BAD_PROOF,
                    "client_nonce: expected " + HandshakeProof.NONCE_BYTES + " bytes, got "
                            + received.getClientNonce().size());
        }
        hello = received;
        key = found;
        pumpNonce = nonces.get();
        state = State.AWAITING_PROOF;
        return new Challenged(Challenge.newBuilder()
                .setPump(identity)
                .setPumpNonce(ByteString.copyFrom(pumpNonce))
                .setProtocolVersion(PROTOCOL_VERSION)
                .setSchemaFingerprint(ByteString.copyFrom(fingerprint.toBytes()))
                .build());
    }

    public Outcome onProof(HelloProof proof) {
        if (state != State.AWAITING_PROOF) {
            return refuse(RefusalReason.REFUSAL_REASON_OUT_OF_SEQUENCE, "HelloProof before a Challenge");
        }
        byte[] clientNonce = hello.getClientNonce().toByteArray();
        byte[] expected = HandshakeProof.clientMac(
                key.secret(),
                clientNonce,
                pumpNonce,
                hello.getRequestedRole(),
                fingerprint.toBytes(),
                identity.getSerialNumber());
        if (!HandshakeProof.matches(expected, proof.getClientMac().toByteArray())) {
            return refuse(RefusalReason.REFUSAL_REASON_BAD_PROOF, "the proof does not match key '" + key.id() + "'");
        }
        state = State.FINISHED;
        Role role = hello.getRequestedRole();
        byte[] pumpMac = HandshakeProof.pumpMac(
                key.secret(), pumpNonce, clientNonce, role, fingerprint.toBytes(), identity.getSerialNumber());
        Welcome welcome = Welcome.newBuilder()
                .setGrantedRole(role)
                .setPumpMac(ByteString.copyFrom(pumpMac))
                .setTickUs(tickUs)
                .build();
        return new Established(welcome, role, key.id(), hello.getClientName());
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
