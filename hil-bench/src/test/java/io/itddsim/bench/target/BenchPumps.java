package io.itddsim.bench.target;

import static org.awaitility.Awaitility.await;

import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.proto.v1.Role;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;
import io.itddsim.wire.serial.SerialPortSettings;
import io.itddsim.wire.serial.pty.PseudoTerminalPair;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** Emulated pumps for bench tests: `itdd pump` as a bench finds it, on loopback TCP and a real pseudo-terminal pair. */
public final class BenchPumps implements AutoCloseable {
    public static final PreSharedKey KEY = new PreSharedKey(
            "bench",
            Arrays.copyOf("bench-secret-for-tests-only-0123456789".getBytes(StandardCharsets.US_ASCII), 32),
            Set.of(Role.ROLE_OBSERVER, Role.ROLE_PATIENT, Role.ROLE_CLINICIAN, Role.ROLE_BENCH));
    /** Divides every bundled scenario's sampling grid. */
    static final long SAMPLE_INTERVAL_US = 60_000_000L;
    /** A fast line, as USB serial adapters run: the PTY takes any rate, the pump paces itself to it. */
    static final int BAUD = 921_600;

    final PumpServer server;
    final PseudoTerminalPair ptys;

    private BenchPumps(PumpServer server, PseudoTerminalPair ptys) {
        this.server = server;
        this.ptys = ptys;
    }

    /** A new pump that a bench starts over from any scenario, on TCP and, if asked, a serial line. */
    public static BenchPumps start(Pacing pace, boolean testMode, boolean serial) throws Exception {
        PumpProfile profile = PumpProfile.byName("synchromed2-20ml");
        return start(
                RunPlan.of("bench pump", newPump(profile), 0),
                PumpIdentities.of(profile, "BENCH-0001", testMode),
                pace,
                serial,
                true);
    }

    static SimulationSetup newPump(PumpProfile profile) {
        return new SimulationSetup(profile, 1, 0, 1, 0, false, Prescription.stopped("unprogrammed", 1), 0, 0);
    }

    static BenchPumps start(RunPlan plan, PumpIdentity identity, Pacing pace, boolean serial, boolean loadsScenarios)
            throws Exception {
        HostConfig config = HostConfig.of(plan, identity, pace).withSampleIntervalUs(SAMPLE_INTERVAL_US);
        PumpServer.Builder builder =
                PumpServer.builder(config, Credentials.of(KEY)).tcp(new InetSocketAddress("127.0.0.1", 0));
        if (loadsScenarios) {
            builder.scenarios(PumpScenarios.reader());
        }
        PseudoTerminalPair ptys = null;
        if (serial) {
            Path folder = Path.of("target", "pty", UUID.randomUUID().toString());
            ptys = PseudoTerminalPair.openLinked(folder.resolve("pump"), folder.resolve("bench"));
            builder.serial(SerialPortSettings.of(ptys.a().toString(), BAUD).withReconnectEvery(Duration.ofMillis(100)));
        }
        PumpServer server = builder.start();
        if (serial) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> server.serialPort().connected());
        }
        return new BenchPumps(server, ptys);
    }

    public TargetSpec tcp() {
        return TargetSpec.parse("tcp://127.0.0.1:" + server.tcpAddress().getPort());
    }

    public TargetSpec serial() {
        return TargetSpec.parse("serial:" + ptys.b() + "?baud=" + BAUD);
    }

    public WireTarget target(TargetSpec spec) {
        return new WireTarget(spec, KEY, s -> FrameTap.NONE);
    }

    @Override
    public void close() {
        server.close();
        if (ptys != null) {
            ptys.close();
        }
    }
}
