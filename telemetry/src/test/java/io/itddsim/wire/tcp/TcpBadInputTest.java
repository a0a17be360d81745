package io.itddsim.wire.tcp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Hello;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.RefusalReason;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.RawTcpClient;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.frame.FrameDropReason;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.metrics.TransportMetrics;
import io.itddsim.wire.server.PumpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bytes no honest client sends, over a real socket: each is answered or dropped with a counted
 * reason, the host never falls over, and nothing reaches the pump but the interrogations the
 * tests send to check the session still works.
 */
class TcpBadInputTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private PumpServer server;

    @BeforeEach
    void start() throws Exception {
        server = PumpServer.builder(Pumps.config(Pacing.lockstep(), false), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        // whatever came before, the host still answers an honest client, and nothing was applied
        try (RawTcpClient honest = new RawTcpClient(server.tcpAddress())) {
            assertTrue(honest.handshake(WireFixture.CLINIC, Role.ROLE_OBSERVER).hasWelcome());
        }
        List<String> applied = server.host()
                .read(s -> s.appliedCommands().stream()
                        .map(c -> c.command().name())
                        .toList())
                .get();
        assertTrue(applied.stream().allMatch("interrogate"::equals), "applied: " + applied);
        assertEquals(null, server.host().failure());
        server.close();
    }

    private TransportMetrics tcp() {
        return server.metrics().transport("tcp");
    }

    @Test
    @DisplayName("random bytes before a handshake: dropped or the connection closed, counted")
    void randomBytes() throws Exception {
        Random random = new Random(20240601);
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[1 + random.nextInt(2000)];
            random.nextBytes(noise);
            // the pump either drops what it cannot frame or closes; the client hangs up either way
            try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
                client.sendBytes(noise);
            }
        }
        await().atMost(PATIENCE).until(() -> tcp().drops().total() + tcp().unexpectedFrames() + refusals() > 0);
    }

    @Test
    @DisplayName("a length over the maximum is skipped and counted OVERSIZE, and the next frame is still read")
    void oversizeLength() throws Exception {
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            assertTrue(client.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN).hasWelcome());
            ByteArrayOutputStream oversize = new ByteArrayOutputStream();
            CodedOutputStream coded = CodedOutputStream.newInstance(oversize);
            coded.writeUInt32NoTag(70_000);
            coded.flush();
            oversize.write(new byte[70_000]);
            client.sendBytes(oversize.toByteArray());
            client.send(Envelope.newBuilder().setRequest(Pumps.interrogate(5)));

            Envelope reply = client.read();

            assertTrue(reply.getReply().hasInterrogationReport(), reply.toString());
            assertEquals(1, tcp().drops().count(FrameDropReason.OVERSIZE));
        }
    }

    @Test
    @DisplayName("a length prefix that is no varint32 is counted MALFORMED_LENGTH and closes the connection")
    void malformedLength() throws Exception {
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            client.sendBytes(
                    new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1});

            assertTrue(client.closedByPump());
            assertEquals(1, tcp().drops().count(FrameDropReason.MALFORMED_LENGTH));
        }
    }

    @Test
    @DisplayName("a frame that is no Envelope is counted UNPARSEABLE and the session goes on")
    void unparseableFrame() throws Exception {
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            assertTrue(client.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN).hasWelcome());
            // length 3, then a field with wire type 7 (no such type)
            client.sendBytes(new byte[] {3, 0x0F, 0x01, 0x02});
            client.send(Envelope.newBuilder().setRequest(Pumps.interrogate(6)));

            assertTrue(client.read().getReply().hasInterrogationReport());
            assertEquals(1, tcp().drops().count(FrameDropReason.UNPARSEABLE));
        }
    }

    @Test
    @DisplayName("a truncated frame followed by a hang-up leaves nothing behind")
    void truncatedFrame() throws Exception {
        byte[] whole = Envelope.newBuilder()
                .setRequest(Pumps.bolus(9, 40_000, 1_800_000_000L))
                .build()
                .toByteArray();
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            assertTrue(client.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN).hasWelcome());
            ByteArrayOutputStream partial = new ByteArrayOutputStream();
            partial.write(whole.length);
            partial.write(whole, 0, whole.length / 2);
            client.sendBytes(partial.toByteArray());
        }
        await().atMost(PATIENCE).until(() -> tcp().sessions() == 0);
    }

    @Test
    @DisplayName("a request of a type this pump does not know (a newer schema) is answered UNSUPPORTED")
    void unknownRequestType() throws Exception {
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            assertTrue(client.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN).hasWelcome());
            // Request{request_id: 11, field 99: empty message}
            Request unknown = Request.parseFrom(new byte[] {0x08, 11, (byte) 0x9A, 0x06, 0x00});
            client.send(Envelope.newBuilder().setRequest(unknown));

            Envelope reply = client.read();

            assertEquals(11, reply.getReply().getRequestId());
            assertEquals(
                    NackReason.NACK_REASON_UNSUPPORTED,
                    reply.getReply().getNack().getReason());
        }
    }

    @Test
    @DisplayName("valid frames with invalid fields: a short nonce is refused, a bolus over 2^63 nL is OUT_OF_RANGE")
    void invalidFields() throws Exception {
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            client.send(Envelope.newBuilder()
                    .setHello(Hello.newBuilder()
                            .setProtocolVersion(2)
                            .setSchemaFingerprint(ByteString.copyFrom(io.itddsim.wire.schema.SchemaFingerprint.current()
                                    .toBytes()))
                            .setRequestedRole(Role.ROLE_CLINICIAN)
                            .setKeyId(WireFixture.CLINIC.id())
                            .setClientNonce(ByteString.copyFrom(new byte[3]))));
            Envelope refusal = client.read();
            assertEquals(
                    RefusalReason.REFUSAL_REASON_BAD_PROOF, refusal.getRefusal().getReason());
            assertTrue(client.closedByPump());
        }
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            assertTrue(client.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN).hasWelcome());
            client.send(Envelope.newBuilder().setRequest(Pumps.bolus(12, -5, 1_800_000_000L)));

            Envelope reply = client.read();

            assertEquals(
                    NackReason.NACK_REASON_OUT_OF_RANGE,
                    reply.getReply().getNack().getReason());
        }
    }

    @Test
    @DisplayName("a request before the handshake is refused OUT_OF_SEQUENCE and the connection closed")
    void requestBeforeHandshake() throws Exception {
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            client.send(Envelope.newBuilder().setRequest(Pumps.bolus(1, 40_000, 1_800_000_000L)));

            Envelope refusal = client.read();

            assertNotNull(refusal);
            assertEquals(
                    RefusalReason.REFUSAL_REASON_OUT_OF_SEQUENCE,
                    refusal.getRefusal().getReason());
            assertTrue(client.closedByPump());
        }
    }

    @Test
    @DisplayName("messages only a pump sends, sent to the pump, are counted as unexpected and ignored")
    void pumpOnlyMessages() throws Exception {
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            assertTrue(client.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN).hasWelcome());
            client.send(Envelope.newBuilder().setStatusSample(io.itddsim.proto.v1.StatusSample.getDefaultInstance()));
            client.send(Envelope.newBuilder().setRequest(Pumps.interrogate(3)));

            assertTrue(client.read().getReply().hasInterrogationReport());
            assertEquals(1.0, tcp().unexpectedFrames());
        }
    }

    private double refusals() {
        return server.metrics().registry().find("itdd.wire.handshake.refusals").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
