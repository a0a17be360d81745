package io.itddsim.perf.jmh;

import io.itddsim.sim.engine.PumpSimulator;
import io.itddsim.sim.firmware.PumpCommand;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The state hash of a pump with a long event log. A pump host hashes the whole state after every
 * input it answers in test mode or journals, on the sim thread, so this is a cost every such input
 * pays (docs/PERFORMANCE.md, "Wire"). {@code alarmTests} alarm tests are applied first: two events
 * each, one alarm tone each.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class StateHashBenchmark {

    @Param({"0", "5000", "50000"})
    public int alarmTests;

    private PumpSimulator pump;

    @Setup
    public void logAlarmTests() {
        pump = BenchScenario.fullPump(500_000);
        for (int i = 0; i < alarmTests; i++) {
            pump.applyNow(new PumpCommand.AlarmTest());
            pump.runUntil(pump.nowUs() + BenchScenario.MINUTE_US);
        }
    }

    @Benchmark
    public String stateHash() {
        return pump.stateHash();
    }
}
