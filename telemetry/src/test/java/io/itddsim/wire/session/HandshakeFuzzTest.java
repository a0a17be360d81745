package io.itddsim.wire.session;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.protobuf.InvalidProtocolBufferException;
import io.itddsim.proto.v1.Hello;
import io.itddsim.proto.v1.HelloProof;
import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.schema.SchemaFingerprint;

/**
 * The pump's side of the handshake on arbitrary Hello and HelloProof bytes: never an exception,
 * always an outcome, and never a session without the key (a forged proof is refused).
 */
class HandshakeFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void handshakeNeverThrowsNorAdmitsAForgery(FuzzedDataProvider data) {
        ServerHandshake handshake = new ServerHandshake(
                WireFixture.CREDENTIALS,
                PumpIdentity.newBuilder()
                        .setSerialNumber("FUZZ")
                        .setTestMode(data.consumeBoolean())
                        .build(),
                SchemaFingerprint.current(),
                1_000,
                () -> new byte[HandshakeProof.NONCE_BYTES],
                WireFixture.QUICK_THROTTLE.fresh());
        try {
            Hello hello = Hello.parseFrom(data.consumeBytes(data.consumeInt(0, 200)));
            if (data.consumeBoolean()) {
                // a fuzzer cannot guess a SHA-256: give it the right version and fingerprint half the
                // time, so it reaches the key, role, nonce and proof checks behind them
                hello = hello.toBuilder()
                        .setProtocolVersion(ServerHandshake.PROTOCOL_VERSION)
                        .setSchemaFingerprint(com.google.protobuf.ByteString.copyFrom(
                                SchemaFingerprint.current().toBytes()))
                        .build();
            }
            ServerHandshake.Outcome first = handshake.onHello(hello);
            assertNotNull(first);
            ServerHandshake.Outcome second = handshake.onProof(HelloProof.parseFrom(data.consumeRemainingAsBytes()));
            assertNotNull(second);
            assertTrue(!(second instanceof ServerHandshake.Established), "a session without proving the key");
        } catch (InvalidProtocolBufferException e) {
            // not a message: the codec drops such frames before a handshake ever sees them
        }
    }
}
