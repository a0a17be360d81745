package io.itddsim.wire.tcp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.EventCode;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A client that stops reading loses only status samples, and slows neither the pump nor others. */
class SlowClientTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long QUARTER_HOUR_US = 900_000_000L;

    private PumpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("a client that stops reading loses only conflated samples, never log events, and others are served")
    void slowClientLosesOnlySamples() throws Exception {
        server = PumpServer.builder(
                        Pumps.config(Pacing.lockstep(), true).withSampleIntervalUs(1_000), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
        AtomicReference<TcpClientLink> slowLink = new AtomicReference<>();
        // not a CopyOnWriteArrayList: the slow client reads megabytes of samples when it resumes, and a
        // copy per envelope made that quadratic (tens of seconds on a loaded machine)
        List<Envelope> slowReceived = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (PumpClient slow = PumpClient.connect(
                        listener -> {
                            slowLink.set(TcpClientLink.connect(server.tcpAddress(), listener));
                            return slowLink.get();
                        },
                        ClientOptions.of(WireFixture.BENCH, Role.ROLE_BENCH, "slow"));
                PumpClient other =
                        WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "other")) {
            slow.onStream(slowReceived::add);
            call(
                    slow,
                    Request.newBuilder()
                            .setSubscribe(Subscribe.newBuilder()
                                    .addKinds(StreamKind.STREAM_KIND_STATUS)
                                    .addKinds(StreamKind.STREAM_KIND_LOG)));
            call(slow, Pumps.bolus(0, 10_000, 600_000_000L).toBuilder());

            call(
                    slow,
                    Request.newBuilder()
                            .setPace(io.itddsim.proto.v1.Pace.newBuilder()
                                    .setMode(io.itddsim.proto.v1.PaceMode.PACE_MODE_FREE_RUN)));
            slowLink.get().setReading(false);
            await().atMost(PATIENCE).until(() -> server.host().simTimeUs() > QUARTER_HOUR_US);
            Reply interrogated = call(other, Pumps.interrogate(0).toBuilder());

            assertTrue(interrogated.hasInterrogationReport(), "another client is served while one does not read");
            assertTrue(server.metrics().transport("tcp").framesOut(Envelope.BodyCase.STATUS_SAMPLE) > 0);
            await().atMost(PATIENCE).until(() -> conflated() > 1_000);
            assertEquals(0.0, closedForBacklog());

            slowLink.get().setReading(true);
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertTrue(hasLog(slowReceived, EventCode.EVENT_CODE_BOLUS_STARTED), "bolus started");
                assertTrue(
                        hasLog(slowReceived, EventCode.EVENT_CODE_BOLUS_COMPLETED),
                        "bolus completed; frames rejected by the client: " + slow.rejectedFrames() + ", log events: "
                                + List.copyOf(slowReceived).stream()
                                        .filter(Envelope::hasLogEvent)
                                        .map(e -> e.getLogEvent().getEntry().getCode())
                                        .toList());
                synchronized (slowReceived) {
                    assertTrue(
                            slowReceived.stream()
                                    .anyMatch(e -> e.hasStatusSample()
                                            && e.getStatusSample().getSamplesConflated() > 0),
                            "the samples say how many were conflated");
                }
            });
        }
    }

    private static Reply call(PumpClient client, Request.Builder request) throws Exception {
        return client.call(request).get(30, TimeUnit.SECONDS);
    }

    private static boolean hasLog(List<Envelope> received, EventCode code) {
        synchronized (received) {
            return received.stream()
                    .anyMatch(e -> e.hasLogEvent() && e.getLogEvent().getEntry().getCode() == code);
        }
    }

    private double conflated() {
        return server.metrics()
                .registry()
                .get("itdd.wire.samples.conflated")
                .counter()
                .count();
    }

    private double closedForBacklog() {
        return server.metrics()
                .registry()
                .get("itdd.wire.sessions.closed.backlog")
                .counter()
                .count();
    }
}
