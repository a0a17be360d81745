package io.itddsim.wire.linkfault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.FaultClear;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.sim.firmware.PumpCommand;
import io.itddsim.sim.firmware.Therapy;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.SerialClientLink;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.serial.JsscSerialLink;
import io.itddsim.wire.serial.SerialPortSettings;
import io.itddsim.wire.serial.pty.PseudoTerminalPair;
import io.itddsim.wire.server.PumpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A bench on TCP damages the serial line under a client on a PTY pair: damaged frames are dropped
 * and counted, retries get every request through, and each is applied exactly once.
 */
class SerialLinkFaultPtyTest {

    private PseudoTerminalPair ptys;
    private PumpServer server;
    private PumpClient bench;
    private PumpClient serialClient;

    @BeforeEach
    void start() throws Exception {
        ptys = PseudoTerminalPair.open();
        server = PumpServer.builder(Pumps.config(Pacing.lockstep(), true), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .serial(SerialPortSettings.of(ptys.a().toString(), 115_200))
                .start();
        await().atMost(Duration.ofSeconds(20)).until(() -> server.serialPort().connected());
        bench = WireFixture.connect(server.tcpAddress(), WireFixture.BENCH, Role.ROLE_BENCH, "bench");
        serialClient = PumpClient.connect(
                SerialClientLink.over(new JsscSerialLink(ptys.b().toString(), 115_200)),
                ClientOptions.of(WireFixture.CLINIC, Role.ROLE_CLINICIAN, "serial-programmer"));
    }

    @AfterEach
    void stop() throws Exception {
        serialClient.close();
        bench.close();
        server.close();
        ptys.close();
    }

    @Test
    @DisplayName("under byte loss and bit errors every program gets through once, and the damage is counted")
    void damagedLineAppliesEachRequestOnce() throws Exception {
        arm("link.byte_loss", "rate_ppm", "3000");
        arm("link.bit_errors", "rate_ppm", "300");

        List<Long> rates = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long rate = Pumps.RATE_NL_PER_DAY + 1_000 * i;
            rates.add(rate);
            Reply reply =
                    serialClient.callReliably(Pumps.programContinuous(0, rate).toBuilder(), Duration.ofMillis(300), 40);
            assertTrue(reply.hasAck(), reply.toString());
        }

        List<Long> applied = server.host()
                .read(s -> s.appliedCommands().stream()
                        .filter(c -> c.command() instanceof PumpCommand.Program)
                        .map(c -> ((Therapy.Continuous) ((PumpCommand.Program) c.command())
                                        .prescription()
                                        .therapy())
                                .rateNlPerDay())
                        .toList())
                .get();
        assertEquals(rates, applied, "each program applied once, in order, none of them damaged");
        assertTrue(
                server.metrics().transport("serial").drops().total() > 0,
                "damaged frames were dropped and counted: "
                        + server.metrics().transport("serial").drops());
        assertTrue(server.metrics()
                        .registry()
                        .get("itdd.wire.link.fault.bytes.lost")
                        .functionCounter()
                        .count()
                > 0);

        clear("link.byte_loss");
        clear("link.bit_errors");
        // a clean line again: one try is enough, and the pump shows the last program
        Reply clean = serialClient.call(Pumps.interrogate(0).toBuilder()).get(20, TimeUnit.SECONDS);
        assertEquals(
                rates.get(rates.size() - 1),
                clean.getInterrogationReport().getPrescription().getRateNlPerDay());
    }

    private void arm(String fault, String parameter, String value) throws Exception {
        Reply reply = bench.call(Request.newBuilder()
                        .setFaultArm(FaultArm.newBuilder()
                                .setFault(fault)
                                .putParameters(parameter, value)
                                .putParameters("transport", "serial")))
                .get(20, TimeUnit.SECONDS);
        assertTrue(reply.hasAck(), reply.toString());
    }

    private void clear(String fault) throws Exception {
        Reply reply = bench.call(Request.newBuilder()
                        .setFaultClear(FaultClear.newBuilder().setFault(fault)))
                .get(20, TimeUnit.SECONDS);
        assertTrue(reply.hasAck(), reply.toString());
    }
}
