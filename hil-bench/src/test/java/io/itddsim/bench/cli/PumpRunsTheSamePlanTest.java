package io.itddsim.bench.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.run.RunOptions;
import io.itddsim.bench.run.RunResult;
import io.itddsim.bench.run.ScenarioRunner;
import io.itddsim.proto.v1.AlarmCode;
import io.itddsim.proto.v1.AlarmEvent;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.sim.alarm.AlarmRecord;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.Credentials;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itdd pump SCENARIO} and {@code itdd simulate SCENARIO} run one run plan: the same file
 * behaves the same under both, faults included.
 */
class PumpRunsTheSamePlanTest {
    private static final String KEYS = """
            keys:
              watcher:
                secret: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
                roles: [observer]
            """;

    @TempDir
    Path dir;

    @Test
    @DisplayName(
            "the pump host arms a scenario's faults: a watching client sees MOTOR_STALL raised at the sim time simulate reports")
    void pumpArmsTheScenarioFaultAndRaisesTheAlarmWhenSimulateDoes() throws Exception {
        Path scenario = Path.of("..", "scenarios", "faults", "motor-stall-day-30-hydromorphone.yaml");
        PumpSetups.Start start = PumpSetups.resolve(scenario.toString(), null);
        RunResult simulated = ScenarioRunner.run(
                start.plan(), new RunOptions(OptionalLong.empty(), true), io.itddsim.bench.run.ProgressListener.NONE);
        long simulatedRaiseUs = simulated.alarms().stream()
                .filter(a -> a.type() == AlarmType.MOTOR_STALL)
                .mapToLong(AlarmRecord::raisedUs)
                .findFirst()
                .orElseThrow();

        Path keys = dir.resolve("keys.yaml");
        Files.writeString(keys, KEYS);
        Files.setPosixFilePermissions(keys, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        HostConfig config = HostConfig.of(
                start.plan(), PumpIdentities.of(start.plan().setup().profile(), "PLAN-TEST", false), Pacing.freeRun());
        List<AlarmEvent> stalls = new CopyOnWriteArrayList<>();
        try (PumpServer server = PumpServer.builder(config, Credentials.load(keys))
                        .tcp(new InetSocketAddress("127.0.0.1", 0))
                        .start();
                PumpClient watcher = PumpClient.connect(
                        TcpClientLink.to(server.tcpAddress()),
                        ClientOptions.of(
                                Credentials.load(keys).key("watcher").orElseThrow(), Role.ROLE_OBSERVER, "watcher"))) {
            watcher.onStream(e -> motorStall(e).ifPresent(stalls::add));
            watcher.call(Request.newBuilder()
                            .setSubscribe(Subscribe.newBuilder().addKinds(StreamKind.STREAM_KIND_ALARMS)))
                    .get(20, TimeUnit.SECONDS);
            // free run: the pump may be past day 30 before the watcher subscribes; every repeat of the
            // critical tone names the time the alarm was first raised, so a late watcher sees it too
            await().atMost(Duration.ofSeconds(60)).until(() -> !stalls.isEmpty());
        }
        assertEquals(
                simulatedRaiseUs,
                stalls.get(0).getRaisedAtUs(),
                "MOTOR_STALL raised at the same sim time under itdd pump and itdd simulate");
        assertTrue(simulatedRaiseUs >= 30L * 86_400_000_000L, "raised after the fault's start at day 30");
    }

    private static Optional<AlarmEvent> motorStall(Envelope e) {
        return e.hasAlarmEvent() && e.getAlarmEvent().getCode() == AlarmCode.ALARM_CODE_MOTOR_STALL
                ? Optional.of(e.getAlarmEvent())
                : Optional.empty();
    }
}
