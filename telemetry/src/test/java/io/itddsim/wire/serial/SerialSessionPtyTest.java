package io.itddsim.wire.serial;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.SerialClientLink;
import io.itddsim.wire.frame.FrameDropReason;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.serial.pty.PseudoTerminalPair;
import io.itddsim.wire.server.PumpServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A pump host on one end of a real PTY pair, a client on the other. */
class SerialSessionPtyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration PER_ATTEMPT = Duration.ofSeconds(2);

    private Path folder;
    private PseudoTerminalPair ptys;
    private PumpServer server;
    private JsscSerialLink clientPort;
    private PumpClient client;

    @BeforeEach
    void start() throws Exception {
        folder = Path.of("target", "pty", UUID.randomUUID().toString());
        ptys = PseudoTerminalPair.openLinked(folder.resolve("ttyA"), folder.resolve("ttyB"));
        SerialPortSettings settings =
                SerialPortSettings.of(ptys.a().toString(), 115_200).withReconnectEvery(Duration.ofMillis(100));
        server = PumpServer.builder(Pumps.config(Pacing.lockstep(), true), WireFixture.CREDENTIALS)
                .serial(settings)
                .start();
        await().atMost(PATIENCE).until(() -> server.serialPort().connected());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        if (ptys != null) {
            ptys.close();
        }
    }

    private PumpClient connectClient() throws Exception {
        clientPort = new JsscSerialLink(ptys.b().toString(), 115_200);
        return PumpClient.connect(
                SerialClientLink.over(clientPort),
                ClientOptions.of(WireFixture.BENCH, Role.ROLE_BENCH, "serial-bench"));
    }

    private Reply call(Request.Builder request) throws Exception {
        return client.callReliably(request, PER_ATTEMPT, 5);
    }

    @Test
    @DisplayName("over a PTY pair: handshake, interrogate, program and step in lockstep, with status streamed")
    void sessionOverSerial() throws Exception {
        client = connectClient();
        List<Envelope> streamed = new CopyOnWriteArrayList<>();
        client.onStream(streamed::add);

        Reply subscribed =
                call(Request.newBuilder().setSubscribe(Subscribe.newBuilder().addKinds(StreamKind.STREAM_KIND_STATUS)));
        Reply programmed = call(Pumps.programContinuous(0, Pumps.RATE_NL_PER_DAY * 2).toBuilder());
        Reply stepped = call(Pumps.step(0, 1_000).toBuilder());
        Reply report = call(Pumps.interrogate(0).toBuilder());

        assertTrue(subscribed.hasAck() && programmed.hasAck(), programmed.toString());
        assertEquals(1_000_000, stepped.getStepDone().getSimTimeUs());
        assertEquals(
                Pumps.RATE_NL_PER_DAY * 2,
                report.getInterrogationReport().getPrescription().getRateNlPerDay());
        await().atMost(PATIENCE).until(() -> streamed.stream().anyMatch(Envelope::hasStatusSample));
    }

    @Test
    @DisplayName("garbage on the line is dropped and counted, and the session goes on")
    void garbageIsDroppedAndCounted() throws Exception {
        client = connectClient();

        clientPort.write(
                new byte[] {0x55, 0x13, (byte) 0xAA, 0x00, 0x03, 0x01, 0x00, 0x05, 0x01, 0x02, 0x03, 0x04, 0x00});
        Reply report = call(Pumps.interrogate(0).toBuilder());

        assertTrue(report.hasInterrogationReport());
        long dropped = server.metrics().transport("serial").drops().total();
        assertTrue(
                dropped >= 2, "dropped " + server.metrics().transport("serial").drops());
        assertTrue(server.metrics().transport("serial").drops().count(FrameDropReason.BAD_CRC)
                        + server.metrics().transport("serial").drops().count(FrameDropReason.TOO_SHORT)
                >= 1);
    }

    @Test
    @DisplayName("when the port goes away and comes back, the pump reopens it and a client can start again")
    void reconnectsWhenThePortComesBack() throws Exception {
        client = connectClient();
        assertTrue(call(Pumps.interrogate(0).toBuilder()).hasInterrogationReport());

        // the cable is pulled (both sides hang up), then a new one is plugged in on the same paths
        ptys.close();
        await().atMost(PATIENCE).until(() -> !server.serialPort().connected());
        client.close();
        ptys = PseudoTerminalPair.openLinked(folder.resolve("ttyA"), folder.resolve("ttyB"));
        await().atMost(PATIENCE)
                .until(() ->
                        server.serialPort().connected() && server.serialPort().opens() == 2);
        client = connectClient();

        assertTrue(call(Pumps.interrogate(0).toBuilder()).hasInterrogationReport());
    }
}
