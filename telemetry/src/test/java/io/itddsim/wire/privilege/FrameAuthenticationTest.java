package io.itddsim.wire.privilege;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Role;
import io.itddsim.sim.event.EventType;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.RawTcpClient;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * After the handshake every envelope is authenticated (issue 10, F7): someone who can write into
 * the connection (an on-path relay that passed the handshake through) can neither inject nor
 * replay a request.
 */
class FrameAuthenticationTest {

    private PumpServer server;

    @BeforeEach
    void start() throws Exception {
        server = PumpServer.builder(Pumps.config(Pacing.lockstep(), false), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long bolusesStarted() throws Exception {
        return server.host()
                .read(s -> s.events().stream()
                        .filter(e -> e.type() == EventType.BOLUS_STARTED)
                        .count())
                .get();
    }

    private double rejected(String reason) {
        return server.metrics().transport("tcp").rejectedFrames(reason);
    }

    @Test
    @DisplayName("F7: a bolus injected after a clinician's handshake, with seq 99 and no valid MAC, is refused")
    void injectedBolusIsRefused() throws Exception {
        try (RawTcpClient relay = new RawTcpClient(server.tcpAddress())) {
            assertTrue(relay.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN).hasWelcome());

            relay.sendUnsealed(Envelope.newBuilder()
                    .setSeq(99)
                    .setRequest(Pumps.bolus(1, 40_000, 1_800_000_000L))
                    .build());

            assertTrue(relay.closedByPump(), "a stream carrying a forged frame is closed");
        }
        assertEquals(1.0, rejected("bad_mac"));
        assertEquals(0, bolusesStarted());
    }

    @Test
    @DisplayName("F7: an authentic frame sent again (a replay) is refused and not applied twice")
    void replayedFrameIsRefused() throws Exception {
        try (RawTcpClient client = new RawTcpClient(server.tcpAddress())) {
            assertTrue(client.handshake(WireFixture.CLINIC, Role.ROLE_CLINICIAN).hasWelcome());
            long seq = client.nextSeq();
            client.send(Envelope.newBuilder().setRequest(Pumps.bolus(7, 40_000, 1_800_000_000L)));
            Envelope ack = client.read();
            assertTrue(ack.getReply().hasAck(), ack.toString());
            assertTrue(client.authentic(ack), "the pump's reply carries the session's MAC");

            // the same bytes once more: same seq, same MAC (a new request id, so the retry ledger is no help)
            Envelope replay = Envelope.newBuilder()
                    .setSeq(seq)
                    .setRequest(Pumps.bolus(7, 40_000, 1_800_000_000L))
                    .build();
            client.sendUnsealed(sealedCopy(client, replay));

            assertTrue(client.closedByPump());
        }
        assertEquals(1.0, rejected("replayed"));
        assertEquals(1, bolusesStarted());
    }

    /** The envelope sealed as the client sealed it the first time (its MAC does not depend on time). */
    private static Envelope sealedCopy(RawTcpClient client, Envelope envelope) {
        return client.seal(envelope);
    }
}
