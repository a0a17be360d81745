package io.itddsim.bench.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.expect.BenchScenario;
import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.expect.StallScenario;
import io.itddsim.bench.expect.Verdict;
import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.TargetException;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.ScenarioResult;
import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a bench does with pumps that offer less than the emulator in test mode. */
class WireTargetTest {
    @TempDir
    Path dir;

    private BenchScenario stall(String expectations) throws Exception {
        return BenchScenarioLoader.builtIn().load(StallScenario.write(dir, "stall.yaml", expectations));
    }

    @Test
    @DisplayName("a pump that does not report ground truth: expectations about it are not observable over the wire")
    void noGroundTruth() throws Exception {
        PumpProfile profile = PumpProfile.byName("synchromed2-20ml");
        PumpIdentity device = PumpIdentities.of(profile, "HW-0001", true).toBuilder()
                .setReportsGroundTruth(false)
                .build();
        try (BenchPumps pump = BenchPumps.start(
                RunPlan.of("device", BenchPumps.newPump(profile), 0), device, Pacing.lockstep(), false, true)) {
            ScenarioResult r = new BenchRunner(pump.target(pump.tcp()), 1, BenchProgress.NONE).runOne(stall("""
                              - alarm: MOTOR_STALL
                                within: 10m
                                after: fault jam
                              - signal: reservoir_actual
                                min: 17 mL
                                after: fault jam
                              - signal: motor
                                is: STALLED
                                during: fault jam
                            """));
            assertEquals(
                    Verdict.Outcome.PASSED,
                    r.verdicts().get(0).outcome(),
                    r.verdicts().toString());
            assertEquals(Verdict.Outcome.NOT_OBSERVABLE, r.verdicts().get(1).outcome());
            assertTrue(r.verdicts().get(1).evidence().contains("reservoir_actual is ground truth, which tcp://"));
            assertEquals(Verdict.Outcome.NOT_OBSERVABLE, r.verdicts().get(2).outcome());
        }
    }

    @Test
    @DisplayName(
            "a pump that cannot load scenarios runs one that starts where it stands, and refuses one it has moved past")
    void noLoadScenario() throws Exception {
        BenchScenario scenario = stall(io.itddsim.bench.cli.BenchRunCommandTestSupport.RIGHT);
        RunPlan startingState =
                scenario.plan().withTimeline(java.util.List.of()).withFaults(java.util.List.of());
        PumpIdentity identity = PumpIdentities.of(startingState.setup().profile(), "HW-0002", true);
        try (BenchPumps pump = BenchPumps.start(startingState, identity, Pacing.lockstep(), false, false)) {
            ScenarioResult first = new BenchRunner(pump.target(pump.tcp()), 1, BenchProgress.NONE).runOne(scenario);
            assertTrue(first.passed(), first.error() + " " + first.verdicts());
            assertTrue(first.observations().notes().get(0).contains("cannot load scenarios"));

            TargetException e = assertThrows(
                    TargetException.class, () -> pump.target(pump.tcp()).run(scenario, ProgressListener.NONE));
            assertTrue(e.getMessage().contains("is at sim time 1d, not at the start"), e.getMessage());
        }
    }

    @Test
    @DisplayName("a pump not in test mode is followed in real time: its clock, no faults")
    void realTime() throws Exception {
        Path file = dir.resolve("bolus.yaml");
        Files.writeString(file, """
                version: 1
                name: A bolus in real time
                duration: 1h
                pump:
                  profile: synchromed2-20ml
                reservoir:
                  volume: 18 mL
                  drug: morphine
                  concentration: 10 mg/mL
                prescription:
                  mode: continuous
                  dose: 3 mg/day
                timeline:
                  - at: 15m
                    bolus: {volume: 20 uL, duration: 10m}
                bench:
                  sample_every: 1m
                expect:
                  - event: BOLUS_STARTED
                    after: timeline[0]
                    within: 30m
                  - event: BOLUS_COMPLETED
                  - no_alarm: any
                """);
        BenchScenario scenario = BenchScenarioLoader.builtIn().load(file);
        RunPlan startingState = scenario.plan().withTimeline(java.util.List.of());
        PumpIdentity identity = PumpIdentities.of(startingState.setup().profile(), "HW-0003", false);
        // six minutes of sim time a wall second: the hour takes about ten seconds, and a host too busy
        // to poll for a few seconds still sends the bolus within the expectation's half hour
        try (BenchPumps pump = BenchPumps.start(startingState, identity, Pacing.realTime(360_000), false, false)) {
            ScenarioResult r = new BenchRunner(pump.target(pump.tcp()), 1, BenchProgress.NONE).runOne(scenario);
            assertTrue(r.passed(), r.error() + " " + r.verdicts());
            assertTrue(
                    r.observations().notes().get(0).startsWith("real time:"),
                    r.observations().notes().toString());

            BenchScenario withFault = stall(io.itddsim.bench.cli.BenchRunCommandTestSupport.RIGHT);
            TargetException faults = assertThrows(
                    TargetException.class, () -> pump.target(pump.tcp()).run(withFault, ProgressListener.NONE));
            assertTrue(faults.getMessage().contains("is not in test mode"), faults.getMessage());
        }
    }

    @Test
    @DisplayName("targets are named embedded, tcp://HOST:PORT or serial:DEVICE[?baud=N]; anything else says so")
    void targetSpecs() {
        assertEquals(TargetSpec.Kind.EMBEDDED, TargetSpec.parse("embedded").kind());
        TargetSpec tcp = TargetSpec.parse("tcp://127.0.0.1:7700");
        assertEquals(7700, tcp.tcp().getPort());
        TargetSpec serial = TargetSpec.parse("serial:/dev/ttyUSB0?baud=57600");
        assertEquals("/dev/ttyUSB0", serial.device());
        assertEquals(57_600, serial.baud());
        assertEquals(
                TargetSpec.DEFAULT_BAUD, TargetSpec.parse("serial:/dev/ttyS0").baud());
        for (String bad :
                new String[] {"tcp://host", "tcp://:7700", "serial:", "serial:/dev/x?speed=9600", "udp://x:1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetSpec.parse(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }
}
