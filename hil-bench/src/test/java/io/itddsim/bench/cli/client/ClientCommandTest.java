package io.itddsim.bench.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.cli.ItddCommand;
import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.Credentials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code itdd client} against a pump on loopback, as a user types it. */
class ClientCommandTest {

    private static final String KEYS = """
            keys:
              clinic:
                secret: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
                roles: [observer, patient, clinician]
              bench:
                secret: 1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100
                roles: [bench]
            """;

    record Run(int exit, String out, String err) {}

    @TempDir
    Path dir;

    private Path keyFile;
    private PumpServer server;
    private String target;

    @BeforeEach
    void startPump() throws Exception {
        keyFile = dir.resolve("keys.yaml");
        Files.writeString(keyFile, KEYS);
        Files.setPosixFilePermissions(keyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        var scenario = ScenarioLoader.load(Path.of("..", "scenarios", "bolus-day.yaml"));
        HostConfig config = HostConfig.of(
                scenario.setup(),
                PumpIdentity.newBuilder()
                        .setSerialNumber("CLI-TEST")
                        .setTestMode(true)
                        .build(),
                Pacing.lockstep());
        server = PumpServer.builder(config, Credentials.load(keyFile))
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
        target = "tcp://127.0.0.1:" + server.tcpAddress().getPort();
    }

    @AfterEach
    void stopPump() {
        server.close();
    }

    private Run client(String... args) {
        CommandLine cl = ItddCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 5];
        all[0] = "client";
        all[1] = "--target";
        all[2] = target;
        all[3] = "--key-file";
        all[4] = keyFile.toString();
        System.arraycopy(args, 0, all, 5, args.length);
        int exit = cl.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    @DisplayName("interrogate prints the report: the scenario's morphine prescription")
    void interrogatePrintsTheReport() {
        Run run = client("interrogate", "--log-max", "3");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("name: \"morphine\""), run.out());
        assertTrue(run.out().contains("reservoir_estimate_nl: 18000000"), run.out());
    }

    @Test
    @DisplayName("a bench steps the lockstep pump and is told the new sim time")
    void benchSteps() {
        Run run = client("--role", "bench", "step", "--ticks", "1500");

        assertEquals(0, run.exit(), run.err());
        assertEquals("sim_time_us 1500000 ticks_run 1500", run.out().strip());
    }

    @Test
    @DisplayName("bolus with units is accepted; a second while it runs is refused with the pump's reason, exit 1")
    void bolusAndRefusal() {
        Run first = client("bolus", "--volume", "40uL", "--duration", "30m");
        Run second = client("bolus", "--volume", "40uL", "--duration", "30m");

        assertEquals(0, first.exit(), first.err());
        assertEquals("ok", first.out().strip());
        assertEquals(1, second.exit());
        assertTrue(second.err().contains("NACK_REASON_PUMP_STATE"), second.err());
    }

    @Test
    @DisplayName("a clinician cannot arm faults (exit 1, NOT_PERMITTED); a bench can arm a link fault")
    void faultsNeedTheBench() {
        Run clinician = client("fault", "arm", "link.latency", "latency_us=1000");
        Run bench = client("--role", "bench", "fault", "arm", "link.latency", "latency_us=1000", "transport=serial");

        assertEquals(1, clinician.exit());
        assertTrue(clinician.err().contains("NOT_PERMITTED"), clinician.err());
        assertEquals(0, bench.exit(), bench.err());
    }

    @Test
    @DisplayName("bad input exits 2 with a message: units, roles, targets, key files, fault parameters")
    void badInputExitsTwo() {
        Run unit = client("bolus", "--volume", "40 ox", "--duration", "30m");
        Run role = client("--role", "surgeon", "interrogate");
        Run parameter = client("--role", "bench", "fault", "arm", "link.latency", "latency_us");

        assertEquals(2, unit.exit());
        assertTrue(unit.err().contains("--volume"), unit.err());
        assertEquals(2, role.exit());
        assertTrue(role.err().contains("surgeon"), role.err());
        assertEquals(2, parameter.exit());
        assertTrue(parameter.err().contains("PARAM=VALUE"), parameter.err());

        target = "udp://x";
        Run badTarget = client("interrogate");
        assertEquals(2, badTarget.exit());
        assertTrue(badTarget.err().contains("tcp://HOST:PORT"), badTarget.err());
        keyFile = dir.resolve("missing.yaml");
        Run missingKeys = client("interrogate");
        assertEquals(2, missingKeys.exit());
        assertTrue(missingKeys.err().contains("missing.yaml"), missingKeys.err());
    }

    @Test
    @DisplayName("watch prints the requested number of streamed envelopes, one a line")
    void watchPrintsStreams() throws Exception {
        Thread stepper = new Thread(() -> client("--role", "bench", "step", "--ticks", "5000"));
        Run[] watched = new Run[1];
        Thread watcher = new Thread(() -> watched[0] =
                client("--role", "observer", "watch", "--streams", "status", "--interval", "1s", "--count", "3"));
        watcher.start();
        // the watcher subscribes before it waits; step until it has its three samples
        while (watcher.isAlive()) {
            stepper.run();
            watcher.join(200);
        }

        assertEquals(0, watched[0].exit(), watched[0].err());
        assertEquals(
                3,
                watched[0]
                        .out()
                        .lines()
                        .filter(l -> l.contains("status_sample"))
                        .count(),
                watched[0].out());
    }
}
