package io.itddsim.wire.doc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.itddsim.proto.v1.Ack;
import io.itddsim.proto.v1.Bolus;
import io.itddsim.proto.v1.BolusKind;
import io.itddsim.proto.v1.Challenge;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Hello;
import io.itddsim.proto.v1.HelloProof;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.schema.SchemaFingerprint;
import io.itddsim.wire.session.FrameAuthenticator;
import io.itddsim.wire.session.HandshakeProof;
import io.itddsim.wire.session.ServerHandshake;
import io.itddsim.wire.session.SessionKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the worked session in docs/PROTOCOL.md true: the bytes and MACs shown there are computed
 * here from the same inputs. When the schema changes (and with it the fingerprint), this fails
 * and prints the block to paste.
 */
class ProtocolDocTest {

    static final byte[] KEY = new byte[32];
    static final byte[] CLIENT_NONCE = new byte[32];
    static final byte[] PUMP_NONCE = new byte[32];
    static final String SERIAL = "NGP-0001";

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
        }
        Arrays.fill(CLIENT_NONCE, (byte) 0x11);
        Arrays.fill(PUMP_NONCE, (byte) 0x22);
    }

    @Test
    @DisplayName("the worked session in docs/PROTOCOL.md shows the bytes this build produces")
    void workedSessionIsTrue() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "PROTOCOL.md"));
        Map<String, String> expected = workedSession();
        StringBuilder block = new StringBuilder();
        expected.forEach(
                (name, hex) -> block.append(name).append('\n').append(hex).append('\n'));
        for (Map.Entry<String, String> item : expected.entrySet()) {
            assertTrue(
                    doc.contains(item.getValue()),
                    "docs/PROTOCOL.md does not show " + item.getKey()
                            + " as this build makes it; the worked session is now:\n" + block);
        }
    }

    @Test
    @DisplayName("docs/PROTOCOL.md says what EventLogEntry.value means for every event code")
    void everyEventCodeHasItsValueDocumented() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "PROTOCOL.md"));
        String table = doc.substring(doc.indexOf("**`EventLogEntry.value`** by code"));
        for (io.itddsim.proto.v1.EventCode code : io.itddsim.proto.v1.EventCode.values()) {
            if (code == io.itddsim.proto.v1.EventCode.UNRECOGNIZED) {
                continue;
            }
            String name = code.name().substring("EVENT_CODE_".length());
            assertTrue(table.contains("`" + name + "`"), "no value documented for " + name);
        }
    }

    static Map<String, String> workedSession() throws IOException {
        byte[] fingerprint = SchemaFingerprint.current().toBytes();
        Map<String, String> items = new LinkedHashMap<>();
        items.put("fingerprint", hex(fingerprint));
        Envelope hello = Envelope.newBuilder()
                .setSeq(1)
                .setHello(Hello.newBuilder()
                        .setProtocolVersion(ServerHandshake.PROTOCOL_VERSION)
                        .setSchemaFingerprint(ByteString.copyFrom(fingerprint))
                        .setRequestedRole(Role.ROLE_CLINICIAN)
                        .setKeyId("clinic-a")
                        .setClientNonce(ByteString.copyFrom(CLIENT_NONCE))
                        .setClientName("demo"))
                .build();
        items.put("hello frame", hex(frame(hello)));
        Envelope challenge = Envelope.newBuilder()
                .setSeq(1)
                .setChallenge(Challenge.newBuilder()
                        .setPumpNonce(ByteString.copyFrom(PUMP_NONCE))
                        .setProtocolVersion(ServerHandshake.PROTOCOL_VERSION)
                        .setSchemaFingerprint(ByteString.copyFrom(fingerprint)))
                .build();
        items.put("challenge frame", hex(frame(challenge)));
        // the client's proof covers the serial number it asked for: none, so the empty string
        byte[] clientMac =
                HandshakeProof.clientMac(KEY, CLIENT_NONCE, PUMP_NONCE, Role.ROLE_CLINICIAN, fingerprint, "");
        items.put("client_mac", hex(clientMac));
        Envelope proof = Envelope.newBuilder()
                .setSeq(2)
                .setHelloProof(HelloProof.newBuilder().setClientMac(ByteString.copyFrom(clientMac)))
                .build();
        items.put("proof frame", hex(frame(proof)));
        items.put(
                "pump_mac",
                hex(HandshakeProof.pumpMac(KEY, PUMP_NONCE, CLIENT_NONCE, Role.ROLE_CLINICIAN, fingerprint, SERIAL)));
        SessionKeys keys = SessionKeys.derive(KEY, CLIENT_NONCE, PUMP_NONCE);
        items.put("to_pump key", hex(keys.toPump()));
        items.put("to_client key", hex(keys.toClient()));
        Envelope request = Envelope.newBuilder()
                .setSeq(3)
                .setRequest(Request.newBuilder()
                        .setRequestId(1001)
                        .setBolus(Bolus.newBuilder()
                                .setKind(BolusKind.BOLUS_KIND_SINGLE)
                                .setVolumeNl(40_000)
                                .setDurationUs(1_800_000_000L)))
                .build();
        items.put("request frame", hex(frame(request)));
        byte[] requestMac = FrameAuthenticator.tag(keys.toPump(), request.toByteArray());
        items.put("request mac", hex(requestMac));
        items.put(
                "sealed request frame",
                hex(frame(request.toBuilder()
                        .setMac(ByteString.copyFrom(requestMac))
                        .build())));
        Envelope reply = Envelope.newBuilder()
                .setSeq(3)
                .setReply(Reply.newBuilder().setRequestId(1001).setAck(Ack.getDefaultInstance()))
                .build();
        byte[] replyMac = FrameAuthenticator.tag(keys.toClient(), reply.toByteArray());
        items.put("reply mac", hex(replyMac));
        items.put(
                "sealed reply frame",
                hex(frame(
                        reply.toBuilder().setMac(ByteString.copyFrom(replyMac)).build())));
        return items;
    }

    @Test
    @DisplayName("the pump's own sealing and checking agree with the worked example's MACs")
    void sealingMatchesTheExample() {
        SessionKeys keys = SessionKeys.derive(KEY, CLIENT_NONCE, PUMP_NONCE);
        Envelope reply = Envelope.newBuilder()
                .setSeq(3)
                .setReply(Reply.newBuilder().setRequestId(1001).setAck(Ack.getDefaultInstance()))
                .build();

        Envelope sealed = keys.forPump().seal(reply);

        assertTrue(Arrays.equals(
                FrameAuthenticator.tag(keys.toClient(), reply.toByteArray()),
                sealed.getMac().toByteArray()));
        FrameAuthenticator client = keys.forClient();
        assertTrue(client.check(sealed) == FrameAuthenticator.Verdict.ACCEPTED);
        assertTrue(client.check(sealed) == FrameAuthenticator.Verdict.REPLAYED, "the same frame twice");
    }

    /** The envelopes of the worked session as sent: Hello, Challenge, HelloProof, Welcome, sealed request, sealed reply. */
    static List<Envelope> envelopes() {
        byte[] fingerprint = SchemaFingerprint.current().toBytes();
        SessionKeys keys = SessionKeys.derive(KEY, CLIENT_NONCE, PUMP_NONCE);
        Envelope hello = Envelope.newBuilder()
                .setSeq(1)
                .setHello(Hello.newBuilder()
                        .setProtocolVersion(ServerHandshake.PROTOCOL_VERSION)
                        .setSchemaFingerprint(ByteString.copyFrom(fingerprint))
                        .setRequestedRole(Role.ROLE_CLINICIAN)
                        .setKeyId("clinic-a")
                        .setClientNonce(ByteString.copyFrom(CLIENT_NONCE))
                        .setClientName("demo"))
                .build();
        Envelope challenge = Envelope.newBuilder()
                .setSeq(1)
                .setChallenge(Challenge.newBuilder()
                        .setPumpNonce(ByteString.copyFrom(PUMP_NONCE))
                        .setProtocolVersion(ServerHandshake.PROTOCOL_VERSION)
                        .setSchemaFingerprint(ByteString.copyFrom(fingerprint)))
                .build();
        byte[] clientMac =
                HandshakeProof.clientMac(KEY, CLIENT_NONCE, PUMP_NONCE, Role.ROLE_CLINICIAN, fingerprint, "");
        Envelope proof = Envelope.newBuilder()
                .setSeq(2)
                .setHelloProof(HelloProof.newBuilder().setClientMac(ByteString.copyFrom(clientMac)))
                .build();
        Envelope welcome = Envelope.newBuilder()
                .setSeq(2)
                .setWelcome(io.itddsim.proto.v1.Welcome.newBuilder()
                        .setGrantedRole(Role.ROLE_CLINICIAN)
                        .setPumpMac(ByteString.copyFrom(HandshakeProof.pumpMac(
                                KEY, PUMP_NONCE, CLIENT_NONCE, Role.ROLE_CLINICIAN, fingerprint, SERIAL)))
                        .setTickUs(1_000)
                        .setPump(io.itddsim.proto.v1.PumpIdentity.newBuilder().setSerialNumber(SERIAL)))
                .build();
        Envelope request = keys.forClient()
                .seal(Envelope.newBuilder()
                        .setSeq(3)
                        .setRequest(Request.newBuilder()
                                .setRequestId(1001)
                                .setBolus(Bolus.newBuilder()
                                        .setKind(BolusKind.BOLUS_KIND_SINGLE)
                                        .setVolumeNl(40_000)
                                        .setDurationUs(1_800_000_000L)))
                        .build());
        Envelope reply = keys.forPump()
                .seal(Envelope.newBuilder()
                        .setSeq(3)
                        .setReply(Reply.newBuilder().setRequestId(1001).setAck(Ack.getDefaultInstance()))
                        .build());
        return List.of(hello, challenge, proof, welcome, request, reply);
    }

    private static byte[] frame(Envelope envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        envelope.writeDelimitedTo(out);
        return out.toByteArray();
    }

    /** Lowercase hex, 16 bytes a line, bytes separated by spaces, as the document shows them. */
    static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 16) {
            byte[] line = Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + 16));
            if (i > 0) {
                text.append('\n');
            }
            text.append(HexFormat.ofDelimiter(" ").formatHex(line));
        }
        return text.toString();
    }
}
