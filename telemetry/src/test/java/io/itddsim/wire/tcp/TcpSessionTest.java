package io.itddsim.wire.tcp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.EventCode;
import io.itddsim.proto.v1.InterrogationReport;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.RefusalReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.HandshakeException;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.PreSharedKey;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sessions over real loopback TCP: handshake, roles, requests, retries, streams. */
class TcpSessionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final InetSocketAddress LOOPBACK_ANY_PORT = new InetSocketAddress("127.0.0.1", 0);

    private PumpServer server;
    private final List<PumpClient> clients = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(PumpClient::close);
        if (server != null) {
            server.close();
        }
    }

    private void startPump(HostConfig config) throws Exception {
        server = PumpServer.builder(config, WireFixture.CREDENTIALS)
                .tcp(LOOPBACK_ANY_PORT)
                .tcpOptions(TcpServerOptions.defaults().withHeartbeatMillis(100))
                .proofThrottle(WireFixture.QUICK_THROTTLE)
                .start();
    }

    private PumpClient connect(PreSharedKey key, Role role, String name) throws Exception {
        PumpClient client = WireFixture.connect(server.tcpAddress(), key, role, name);
        clients.add(client);
        return client;
    }

    private static Reply reply(PumpClient client, Request.Builder request) throws Exception {
        return client.call(request).get(20, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("a clinician connects, is welcomed with its role and the tick, and reads the pump")
    void clinicianInterrogates() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), false));
        PumpClient clinician = connect(WireFixture.CLINIC, Role.ROLE_CLINICIAN, "programmer");

        InterrogationReport report =
                reply(clinician, Pumps.interrogate(0).toBuilder()).getInterrogationReport();

        assertEquals(Role.ROLE_CLINICIAN, clinician.welcome().getGrantedRole());
        assertEquals(1_000, clinician.welcome().getTickUs());
        assertEquals(Pumps.SERIAL, clinician.pump().getSerialNumber());
        assertEquals("morphine", report.getPrescription().getDrug().getName());
        assertEquals(Pumps.RATE_NL_PER_DAY, report.getPrescription().getRateNlPerDay());
        assertEquals(18_000_000, report.getReservoirEstimateNl());
    }

    @Test
    @DisplayName("in lockstep a bench programs, steps, and sees the new rate accrue in exactly those ticks")
    void benchProgramsAndStepsInLockstep() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), true));
        PumpClient bench = connect(WireFixture.BENCH, Role.ROLE_BENCH, "bench");
        long rate = 8_640_000L; // 100 nL a second, so a minute of ticks is easy to check

        Reply programmed = reply(bench, Pumps.programContinuous(0, rate).toBuilder());
        Reply done = reply(bench, Pumps.step(0, 60_000).toBuilder());

        assertTrue(programmed.hasAck(), programmed.toString());
        assertEquals(60_000_000, done.getStepDone().getSimTimeUs());
        long programmedNl = server.host().read(s -> s.firmware().programmedNl()).get();
        assertEquals(6_000, programmedNl);
        assertEquals(
                0,
                server.host().read(PumpSimulator::appliedCommands).get().get(0).appliedTick());
    }

    @Test
    @DisplayName("a client built from another schema is refused with SCHEMA_MISMATCH, counted, and disconnected")
    void schemaMismatchIsRefused() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), false));
        ClientOptions other =
                ClientOptions.of(WireFixture.CLINIC, Role.ROLE_CLINICIAN, "old").withSchemaFingerprint(new byte[32]);

        HandshakeException e = assertThrows(
                HandshakeException.class, () -> PumpClient.connect(TcpClientLink.to(server.tcpAddress()), other));

        assertEquals(RefusalReason.REFUSAL_REASON_SCHEMA_MISMATCH, e.reason());
        assertEquals(1.0, refusals("schema_mismatch"));
    }

    @Test
    @DisplayName("roles: a key cannot take a role above its own, and a patient cannot program")
    void wrongRolesAreRefused() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), true));

        HandshakeException notAllowed = assertThrows(
                HandshakeException.class, () -> connect(WireFixture.PATIENT, Role.ROLE_CLINICIAN, "patient"));
        PumpClient patient = connect(WireFixture.PATIENT, Role.ROLE_PATIENT, "ptm");
        Reply program = reply(patient, Pumps.programContinuous(0, Pumps.RATE_NL_PER_DAY * 2).toBuilder());

        assertEquals(RefusalReason.REFUSAL_REASON_BAD_PROOF, notAllowed.reason());
        assertEquals(NackReason.NACK_REASON_NOT_PERMITTED, program.getNack().getReason());
        // nothing reached therapy; the refusal itself reaches the pump's event log within a second
        // (and its input log, for replay)
        await().atMost(PATIENCE)
                .until(() -> !server.host().read(s -> s.appliedCommands()).get().isEmpty());
        List<io.itddsim.sim.engine.ScheduledCommand> applied =
                server.host().read(s -> List.copyOf(s.appliedCommands())).get();
        assertEquals(1, applied.size());
        assertTrue(applied.get(0).command() instanceof PumpCommand.LinkRefusal);
        assertFalse(applied.get(0).result().accepted());
        String logged = server.host()
                .read(s -> s.events().get(s.events().size() - 1).toString())
                .get();
        assertTrue(logged.contains("COMMAND_REJECTED") && logged.contains("program_prescription"), logged);
        assertEquals(
                1.0,
                server.metrics()
                        .registry()
                        .get("itdd.wire.nacks")
                        .tag("reason", "not_permitted")
                        .counter()
                        .count());
    }

    @Test
    @DisplayName("a pump not in test mode refuses the bench role, and answers bench commands NOT_TEST_MODE")
    void benchNeedsTestMode() throws Exception {
        startPump(Pumps.config(Pacing.realTime(1000), false));

        HandshakeException bench =
                assertThrows(HandshakeException.class, () -> connect(WireFixture.BENCH, Role.ROLE_BENCH, "b"));
        PumpClient clinician = connect(WireFixture.CLINIC, Role.ROLE_CLINICIAN, "c");
        Reply step = reply(clinician, Pumps.step(0, 10).toBuilder());

        assertEquals(RefusalReason.REFUSAL_REASON_NOT_TEST_MODE, bench.reason());
        assertEquals(NackReason.NACK_REASON_NOT_TEST_MODE, step.getNack().getReason());
    }

    @Test
    @DisplayName("a bolus retried with the same request id is given once, and the retry gets the first reply")
    void retriedBolusIsAppliedOnce() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), false));
        PumpClient clinician = connect(WireFixture.CLINIC, Role.ROLE_CLINICIAN, "programmer");
        Request bolus = Pumps.bolus(4242, 40_000, 1_800_000_000L);

        Reply first = clinician.send(bolus).get(20, TimeUnit.SECONDS);
        Reply retry = clinician.send(bolus).get(20, TimeUnit.SECONDS);

        assertTrue(first.hasAck(), first.toString());
        assertEquals(first, retry);
        assertEquals(1, bolusesGiven());
    }

    @Test
    @DisplayName("a bolus whose reply was lost with the connection is not given again when retried after reconnecting")
    void retryAfterReconnectIsAppliedOnce() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), false));
        Request bolus = Pumps.bolus(777, 40_000, 1_800_000_000L);
        PumpClient first = connect(WireFixture.CLINIC, Role.ROLE_CLINICIAN, "programmer-1");
        // the reply may or may not arrive before the link drops; the client cannot know
        first.send(bolus);
        await().atMost(PATIENCE).until(() -> bolusesGiven() == 1);
        first.close();

        PumpClient again = connect(WireFixture.CLINIC, Role.ROLE_CLINICIAN, "programmer-1");
        Reply retried = again.send(bolus).get(20, TimeUnit.SECONDS);
        Reply reused = again.send(Pumps.bolus(777, 80_000, 1_800_000_000L)).get(20, TimeUnit.SECONDS);

        assertTrue(retried.hasAck(), retried.toString());
        assertEquals(
                NackReason.NACK_REASON_INVALID_ARGUMENT,
                reused.getNack().getReason(),
                "an id reused for another bolus");
        assertEquals(1, bolusesGiven());
    }

    @Test
    @DisplayName("request id 0 is refused and unknown request types are answered UNSUPPORTED; neither changes the pump")
    void invalidRequestsChangeNothing() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), false));
        PumpClient clinician = connect(WireFixture.CLINIC, Role.ROLE_CLINICIAN, "c");
        String before = server.host().read(PumpSimulator::stateHash).get();

        Reply zero = clinician.send(Pumps.bolus(0, 40_000, 1_800_000_000L)).get(20, TimeUnit.SECONDS);
        Reply empty = reply(clinician, Request.newBuilder());

        assertEquals(NackReason.NACK_REASON_INVALID_ARGUMENT, zero.getNack().getReason());
        assertEquals(NackReason.NACK_REASON_UNSUPPORTED, empty.getNack().getReason());
        assertEquals(before, server.host().read(PumpSimulator::stateHash).get());
    }

    @Test
    @DisplayName("a subscriber gets status samples, log events and heartbeats; a client reconnects after closing")
    void streamsAndReconnect() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), true));
        PumpClient bench = connect(WireFixture.BENCH, Role.ROLE_BENCH, "bench");
        List<Envelope> received = new CopyOnWriteArrayList<>();
        bench.onStream(received::add);

        reply(bench, Request.newBuilder().setSubscribe(subscribeAll(0)));
        reply(bench, Pumps.bolus(0, 10_000, 600_000_000L).toBuilder());
        reply(bench, Pumps.step(0, 2_000).toBuilder());

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertTrue(received.stream().anyMatch(Envelope::hasStatusSample), "status samples");
            assertTrue(received.stream().anyMatch(Envelope::hasHeartbeat), "heartbeats");
            assertTrue(
                    received.stream()
                            .anyMatch(e -> e.hasLogEvent()
                                    && e.getLogEvent().getEntry().getCode() == EventCode.EVENT_CODE_BOLUS_STARTED),
                    "log event");
        });
        // one sample per 100 ms of sim time in 2 s, none lost in the burst a Step makes
        await().atMost(PATIENCE)
                .until(() -> received.stream().filter(Envelope::hasStatusSample).count() == 20);
        Envelope last = received.stream()
                .filter(Envelope::hasStatusSample)
                .reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(1_900_000, last.getSimTimeUs());
        assertEquals(0, last.getStatusSample().getSamplesConflated());

        bench.close();
        PumpClient again = connect(WireFixture.BENCH, Role.ROLE_BENCH, "bench");
        assertTrue(reply(again, Pumps.interrogate(0).toBuilder()).hasInterrogationReport());
        await().atMost(PATIENCE).until(() -> server.metrics().transport("tcp").sessions() == 1);
    }

    @Test
    @DisplayName("a second server on a port in use fails with a message, and the first listens on loopback")
    void bindConflictFails() throws Exception {
        startPump(Pumps.config(Pacing.lockstep(), false));
        PumpServer.Builder second = PumpServer.builder(Pumps.config(Pacing.lockstep(), false), WireFixture.CREDENTIALS)
                .tcp(server.tcpAddress());

        Exception e = assertThrows(Exception.class, second::start);

        assertFalse(e.getMessage() == null || e.getMessage().isBlank());
        assertEquals("127.0.0.1", server.tcpAddress().getAddress().getHostAddress());
    }

    private static Subscribe.Builder subscribeAll(long intervalUs) {
        return Subscribe.newBuilder()
                .addKinds(StreamKind.STREAM_KIND_STATUS)
                .addKinds(StreamKind.STREAM_KIND_ALARMS)
                .addKinds(StreamKind.STREAM_KIND_LOG)
                .setStatusMinIntervalUs(intervalUs);
    }

    private long bolusesGiven() throws Exception {
        return server.host()
                .read(s -> s.appliedCommands().stream()
                        .filter(c -> c.command() instanceof PumpCommand.StartBolus)
                        .count())
                .get();
    }

    private double refusals(String reason) {
        return server.metrics()
                .registry()
                .get("itdd.wire.handshake.refusals")
                .tag("reason", reason)
                .counter()
                .count();
    }
}
