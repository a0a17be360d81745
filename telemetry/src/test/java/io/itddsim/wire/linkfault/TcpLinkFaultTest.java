package io.itddsim.wire.linkfault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Link faults on TCP: added latency, and a disconnect that cuts connections while it lasts. */
class TcpLinkFaultTest {

    private PumpServer server;
    private PumpClient bench;

    @BeforeEach
    void start() throws Exception {
        server = PumpServer.builder(Pumps.config(Pacing.lockstep(), true), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
        bench = WireFixture.connect(server.tcpAddress(), WireFixture.BENCH, Role.ROLE_BENCH, "bench");
    }

    @AfterEach
    void stop() {
        bench.close();
        server.close();
    }

    private Reply arm(PumpClient client, FaultArm.Builder arm) throws Exception {
        return client.call(Request.newBuilder().setFaultArm(arm)).get(20, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("latency on replies delays them by at least the latency, and shows in the status as armed")
    void latencyDelaysReplies() throws Exception {
        Reply armed = arm(
                bench,
                FaultArm.newBuilder()
                        .setFault(LinkFaults.LATENCY)
                        .putParameters("latency_us", "150000")
                        .putParameters("direction", "from_pump")
                        .putParameters("transport", "tcp"));
        long start = System.nanoTime();
        Reply reply = bench.call(Pumps.interrogate(0).toBuilder()).get(20, TimeUnit.SECONDS);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(armed.hasAck(), armed.toString());
        assertTrue(reply.hasInterrogationReport());
        assertTrue(elapsedMs >= 150, "round trip " + elapsedMs + " ms");
    }

    @Test
    @DisplayName("a disconnect cuts every TCP connection and refuses new ones until it ends")
    void disconnectCutsConnections() throws Exception {
        PumpClient other = WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "other");

        bench.call(Request.newBuilder()
                .setFaultArm(
                        FaultArm.newBuilder().setFault(LinkFaults.DISCONNECT).putParameters("duration_us", "400000")));

        other.closed().get(20, TimeUnit.SECONDS);
        bench.closed().get(20, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThrows(
                        Exception.class,
                        () -> WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "x")
                                .close()));
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            try (PumpClient again =
                    WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "again")) {
                return again.call(Pumps.interrogate(0).toBuilder())
                        .get(5, TimeUnit.SECONDS)
                        .hasInterrogationReport();
            }
        });
        other.close();
    }

    @Test
    @DisplayName("link faults are bench commands: a clinician's FaultArm is NOT_PERMITTED")
    void onlyTheBenchArms() throws Exception {
        try (PumpClient clinician =
                WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "c")) {
            Reply reply = arm(
                    clinician,
                    FaultArm.newBuilder().setFault(LinkFaults.BYTE_LOSS).putParameters("rate_ppm", "1"));

            assertEquals(NackReason.NACK_REASON_NOT_PERMITTED, reply.getNack().getReason());
        }
    }
}
