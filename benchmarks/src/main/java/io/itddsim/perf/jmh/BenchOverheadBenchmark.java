package io.itddsim.perf.jmh;

import io.itddsim.bench.expect.BenchScenarioLoader;
import io.itddsim.bench.run.EmbeddedTarget;
import io.itddsim.bench.run.ProgressListener;
import io.itddsim.bench.run.RunOptions;
import io.itddsim.bench.run.RunResult;
import io.itddsim.bench.run.ScenarioRunner;
import io.itddsim.bench.suite.BenchProgress;
import io.itddsim.bench.suite.BenchRunner;
import io.itddsim.bench.suite.ScenarioResult;
import io.itddsim.bench.target.FrameTap;
import io.itddsim.bench.target.PumpScenarios;
import io.itddsim.bench.target.TargetSpec;
import io.itddsim.bench.target.WireTarget;
import io.itddsim.proto.v1.Role;
import io.itddsim.sim.engine.RunPlan;
import io.itddsim.sim.engine.SimulationSetup;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.Credentials;
import io.itddsim.wire.session.PreSharedKey;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the bench costs per scenario against a plain {@code simulate} of the same scenario: the
 * same bundled fault scenario run (1) as {@code itdd simulate} runs it, (2) by the bench on the
 * embedded target (sampled on its grid, expectations judged), and (3) by the bench over loopback
 * TCP against an emulated pump in lockstep (the pump started over from the scenario, the faults
 * and timeline sent as requests, a Step per 16 samples). Run from the repository root, which holds
 * {@code scenarios/faults/} (docs/PERFORMANCE.md, "The bench").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class BenchOverheadBenchmark {
    private static final PreSharedKey KEY =
            new PreSharedKey("bench", new byte[32], Set.of(Role.ROLE_CLINICIAN, Role.ROLE_BENCH));

    /** The longest and the shortest bundled fault scenario. */
    @Param({"motor-stall-day-30-hydromorphone", "mri-delayed-recovery"})
    public String scenario;

    private io.itddsim.bench.expect.BenchScenario bench;
    private RunPlan plan;
    private PumpServer pump;
    private WireTarget tcp;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path file = Path.of(System.getProperty("itdd.scenarios", "scenarios/faults"), scenario + ".yaml");
        bench = BenchScenarioLoader.builtIn().load(file);
        plan = bench.plan();
        PumpProfile profile = PumpProfile.synchroMed20ml();
        SimulationSetup empty =
                new SimulationSetup(profile, 1, 0, 1, 0, false, Prescription.stopped("unprogrammed", 1), 0, 0);
        HostConfig config = HostConfig.of(
                        RunPlan.of("bench pump", empty, 0),
                        PumpIdentities.of(profile, "PERF-0001", true),
                        Pacing.lockstep())
                .withSampleIntervalUs(60_000_000L);
        pump = PumpServer.builder(config, Credentials.of(KEY))
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .scenarios(PumpScenarios.reader())
                .start();
        tcp = new WireTarget(
                TargetSpec.parse("tcp://127.0.0.1:" + pump.tcpAddress().getPort()), KEY, s -> FrameTap.NONE);
    }

    @TearDown(Level.Trial)
    public void stop() {
        pump.close();
    }

    @Benchmark
    public RunResult simulate() {
        return ScenarioRunner.run(plan, RunOptions.DEFAULT, ProgressListener.NONE);
    }

    @Benchmark
    public ScenarioResult benchEmbedded() {
        return checked(new BenchRunner(new EmbeddedTarget(), 1, BenchProgress.NONE).runOne(bench));
    }

    @Benchmark
    public ScenarioResult benchTcp() {
        return checked(new BenchRunner(tcp, 1, BenchProgress.NONE).runOne(bench));
    }

    /** A figure for a run that failed would measure nothing useful. */
    private static ScenarioResult checked(ScenarioResult r) {
        if (!r.passed()) {
            throw new IllegalStateException("the scenario did not pass: " + r.error() + " " + r.verdicts());
        }
        return r;
    }
}
