package io.itddsim.bench.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.cli.BenchRunCommandTestSupport;
import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.run.EmbeddedTarget;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.ScenarioResult;
import io.itddsim.bench.target.BenchPumps;
import io.itddsim.bench.target.FrameTap;
import io.itddsim.bench.target.TargetSpec;
import io.itddsim.bench.target.WireTarget;
import io.itddsim.proto.v1.Interrogate;
import io.itddsim.proto.v1.NackReason;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.session.Credentials;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itdd pump --playback}: a captured run played back to a bench as if it were the pump. */
class PlaybackPumpTest {
    static final String WITH_A_WRONG_ONE = BenchRunCommandTestSupport.RIGHT + """
              - alarm: MOTOR_STALL
                within: 10ms
                after: fault jam
            """;

    @TempDir
    static Path dir;

    static BenchScenario scenario;
    static Recording recording;

    @BeforeAll
    static void capture() throws Exception {
        scenario = BenchScenarioLoader.builtIn().load(StallScenario.write(dir, "stall.yaml", WITH_A_WRONG_ONE));
        try (BenchPumps pump = BenchPumps.start(Pacing.lockstep(), true, false)) {
            new BenchRunner(
                            new WireTarget(pump.tcp(), BenchPumps.KEY, RecordingFiles.into(dir.resolve("rec"), "tcp")),
                            1,
                            BenchProgress.NONE)
                    .runOne(scenario);
        }
        recording = Recording.read(RecordingFiles.of(dir.resolve("rec"), scenario));
    }

    private static PlaybackPump play() throws Exception {
        return PlaybackPump.start(recording, Credentials.of(BenchPumps.KEY), new InetSocketAddress("127.0.0.1", 0));
    }

    @Test
    @DisplayName("a bench running the captured scenario against the playback gets the captured verdicts and evidence")
    void benchAgainstPlayback() throws Exception {
        ScenarioResult embedded = new BenchRunner(new EmbeddedTarget(), 1, BenchProgress.NONE).runOne(scenario);
        try (PlaybackPump playback = play()) {
            TargetSpec spec =
                    TargetSpec.parse("tcp://127.0.0.1:" + playback.address().getPort());
            ScenarioResult played = new BenchRunner(
                            new WireTarget(spec, BenchPumps.KEY, s -> FrameTap.NONE), 1, BenchProgress.NONE)
                    .runOne(scenario);
            assertTrue(!played.errored(), played.error());
            assertEquals(embedded.verdicts().size(), played.verdicts().size());
            for (int i = 0; i < played.verdicts().size(); i++) {
                Verdict e = embedded.verdicts().get(i);
                Verdict p = played.verdicts().get(i);
                assertEquals(e.outcome(), p.outcome(), p.toString());
                assertEquals(e.evidence(), p.evidence());
            }
            assertEquals(Verdict.Outcome.FAILED, played.verdicts().get(6).outcome(), "the wrong one still fails");
        }
    }

    @Test
    @DisplayName("a bench that asks for something else is told what the recording holds there")
    void offScript() throws Exception {
        try (PlaybackPump playback = play();
                PumpClient bench = PumpClient.connect(
                        TcpClientLink.to(playback.address()),
                        ClientOptions.of(BenchPumps.KEY, Role.ROLE_BENCH, "off-script"))) {
            assertTrue(bench.pump().getTestMode(), "the recorded pump's identity");
            Reply r = bench.call(Request.newBuilder().setInterrogate(Interrogate.getDefaultInstance()))
                    .get(10, TimeUnit.SECONDS);
            assertEquals(NackReason.NACK_REASON_INVALID_ARGUMENT, r.getNack().getReason());
            assertTrue(
                    r.getNack().getMessage().contains("request 1 of the recording is pace, not interrogate"),
                    r.getNack().getMessage());
        }
    }

    @Test
    @DisplayName("itdd pump --playback refuses a damaged recording with its offset, and a scenario given beside it")
    void badInput() throws Exception {
        byte[] bytes = Files.readAllBytes(RecordingFiles.of(dir.resolve("rec"), scenario));
        bytes[bytes.length / 3] ^= 0x01;
        Path damaged = Files.write(dir.resolve("damaged.itddrec"), bytes);
        var r = BenchRunCommandTestSupport.run("pump", "--playback", damaged.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("damaged at byte offset"), r.err());

        var both = BenchRunCommandTestSupport.run(
                "pump",
                "synchromed2-20ml",
                "--playback",
                RecordingFiles.of(dir.resolve("rec"), scenario).toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("takes no SCENARIO_OR_PROFILE"), both.err());
    }
}
